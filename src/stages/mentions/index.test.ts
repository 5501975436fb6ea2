import { describe, expect, it } from 'vitest';
import type { DictionaryKind } from '../../config.js';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { expectItem } from '../../testing/expect-item.js';
import { segment } from '../segment/index.js';
import { findActors } from './index.js';

const FIXTURES = new URL('../../../test/fixtures/coder/', import.meta.url).pathname;
const KINDS: readonly DictionaryKind[] = ['verbs', 'actors', 'agents', 'discards'];
const ctx = createContext({ dictionaries: KINDS.map((kind) => ({ kind, path: `${FIXTURES}${kind}.txt` })) });

function run(text: string, date = '1995-03-01') {
  const doc = findActors(segment({ id: articleId('t'), date, text }, ctx), ctx);
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const coded = doc.mentions.map((m) => [m.text, byId.get(m.actorId)?.code ?? null] as const);
  return { doc, byId, coded };
}

describe('findActors', () => {
  it.each([
    [
      'Arnor condemned Gondor on Friday.',
      [
        ['Arnor', 'ARN'],
        ['Gondor', 'GON'],
      ],
    ],
    [
      'The Arnor government met Rohan.',
      [
        ['The Arnor government', 'ARNGOV'],
        ['Rohan', 'ROH'],
      ],
    ],
    [
      "Gondor's foreign minister praised Ithilen.",
      [
        ["Gondor's foreign minister", 'GONGOV'],
        ['Ithilen', 'ITH'],
      ],
    ],
    [
      'Soldiers from Gondor attacked Rohan.',
      [
        ['Soldiers from Gondor', 'GONMIL'],
        ['Rohan', 'ROH'],
      ],
    ],
    [
      'An MSF Arnor spokesman praised Rohan.',
      [
        ['An MSF Arnor spokesman', 'NGOARNGOV'],
        ['Rohan', 'ROH'],
      ],
    ],
    [
      'The government of Ithilen met Minas Tirith.',
      [
        ['The government of Ithilen', 'ITHGOV'],
        ['Minas Tirith', 'GON'],
      ],
    ],
  ])('codes the actors of "%s"', (text, expected) => {
    expect(run(text).coded).toEqual(expected);
  });

  it('gives a compound code one actor per code', () => {
    const { coded } = run('The Shire met Rohan.');
    expect(coded).toEqual([
      ['The Shire', 'FRO'],
      ['The Shire', 'SAM'],
      ['Rohan', 'ROH'],
    ]);
  });

  it.each([
    ['1995-01-15', 'HOB'],
    ['1996-01-15', 'HOBREB'],
  ])('picks the dated code of Gollum on %s', (date, code) => {
    expect(run('Gollum met Rohan.', date).coded[0]).toEqual(['Gollum', code]);
  });

  it('shares the agents of "the spokesmen of A, B and C" among the conjuncts', () => {
    const { coded } = run('The spokesmen of Arnor, Rohan and Gondor met in Ithilen.');
    expect(coded.map((c) => c[1])).toEqual(['ARNGOV', 'ROHGOV', 'GONGOV', 'ITH']);
  });

  it('codes a titled person and finds the surname and pronoun later', () => {
    const { doc, byId } = run('Arnor foreign minister Tarannon Falastur praised Rohan. Falastur said he was pleased.');
    const person = doc.actors.find((a) => a.type === 'person');
    expect(person).toMatchObject({ name: 'Tarannon Falastur', code: 'ARNGOV' });
    const refs = doc.mentions.filter((m) => m.actorId === person?.id).map((m) => [m.text, m.form]);
    expect(refs).toEqual([
      ['Arnor foreign minister Tarannon Falastur', 'name'],
      ['Falastur', 'name'],
      ['he', 'pronoun'],
    ]);
    for (const m of doc.mentions) expectItem(doc, m, m.text);
    expect(byId.size).toBe(doc.actors.length);
  });

  it('gives a person named in apposition the code of the description', () => {
    const { doc } = run('Arnor sent a delegation of soldiers, Captain Hirgon Beren, to Rohan.');
    expect(doc.actors.find((a) => a.name === 'Captain Hirgon Beren')?.code).toBe('---MIL');
    const text = 'An Arnor spokesman, Hirgon Beren, praised Rohan.';
    const person = run(text).doc.actors.find((a) => a.type === 'person');
    expect(person).toMatchObject({ name: 'Hirgon Beren', code: 'ARNGOV' });
  });

  it('lets a later "Foreign Ministry spokesman" take the country seen with the ministry', () => {
    const { doc } = run(
      'The Gondor foreign ministry praised Rohan. Foreign Ministry spokesman Hurin Ardamir met Ithilen.',
    );
    expect(doc.actors.find((a) => a.name === 'Hurin Ardamir')?.code).toBe('GONGOV');
  });
});

describe('pronouns', () => {
  it('resolves "they" to the latest plural group of known country, not to one item of a list', () => {
    const text = 'The Arnor soldiers crossed the river. Gondor, Rohan, Ithilen and Fornost watched. They attacked.';
    const { doc, byId } = run(text);
    const they = doc.mentions.find((m) => m.text === 'They');
    expect(they && byId.get(they.actorId)?.code).toBe('ARNMIL');
  });

  it('falls back to the latest actor that is not a person when no plural group is near', () => {
    const { doc, byId } = run('Gondor crossed the river. They attacked.');
    const they = doc.mentions.find((m) => m.text === 'They');
    expect(they && byId.get(they.actorId)?.code).toBe('GON');
  });
});

describe('findActors with the built-in tables', () => {
  const builtin = createContext();
  const doc = (text: string) => findActors(segment({ id: articleId('b'), date: '2024-01-05', text }, builtin), builtin);

  it('marks a capital speaking for its government as a metonym', () => {
    const d = doc('Beijing said on Friday that the visit went well.');
    const [m] = d.mentions;
    expect(m).toMatchObject({ text: 'Beijing', metonym: true });
    expect(d.actors.find((a) => a.id === m?.actorId)?.code).toBe('CHNGOV');
  });

  const codes = (text: string, date = '2024-01-05') => {
    const d = findActors(segment({ id: articleId('b'), date, text }, builtin), builtin);
    const byId = new Map(d.actors.map((a) => [a.id, a.code]));
    return d.mentions.map((m) => [m.text, byId.get(m.actorId) ?? null]);
  };

  it.each([
    ['The US condemned the attack.', [['The US', 'USA']]],
    ['Tell us what the WHO said.', [['the WHO', 'IGOUNOHLHWHO']]],
    ['WHO IS TO BLAME FOR THE FLOODS', []],
    ['The bush was burning and trump cards were played.', []],
  ])('matches names that are common words only in their exact case: "%s"', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    [
      'Obama met Putin.',
      '2015-06-09',
      [
        ['Obama', 'USAGOV'],
        ['Putin', 'RUSGOV'],
      ],
    ],
    ['Barack Obama spoke.', '2020-01-01', [['Barack Obama', 'USAELI']]],
    ['Former President Barack Obama spoke.', '2020-01-01', [['Former President Barack Obama', 'USAGOV']]],
  ])('codes well-known people by the article date: "%s" on %s', (text, date, expected) => {
    expect(codes(text, date)).toEqual(expected);
  });

  it('codes a disputed territory as its country, alone and before a role', () => {
    expect(codes('Gaza fired rockets.')).toEqual([['Gaza', 'PSE']]);
    expect(codes('Taha met a senior “Xinjiang” communist leader.')).toEqual([
      ['a senior “Xinjiang” communist leader', 'CHNGOV'],
    ]);
  });

  it('reads a title the tagger took for an adjective, before an actor modifying a noun, as no title', () => {
    const found = codes('China has received invitations to premier OIC events.');
    expect(found.some(([, code]) => code?.startsWith('IGO') && code.endsWith('GOV'))).toBe(false);
  });

  it('does not mark a capital that is only a place', () => {
    const d = doc('Delegates arrived in Beijing on Friday.');
    expect(d.mentions.some((m) => m.metonym === true)).toBe(false);
  });
});
