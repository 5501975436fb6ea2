import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActorEntry } from '../dictionaries/types.js';
import {
  builtinActorEntries,
  builtinAgentEntries,
  exactCaseActorEntries,
  loadOrganisations,
  loadPeople,
  parseAgents,
  parseOrganisations,
} from './actors.js';

const ORG_HEADER = 'code\tname\taliases\ttype\tcountry\tdated\tnote';
const AGENT_HEADER = 'phrase\tcode\tkind\tnote';

function tempFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-actors-')), 't.tsv');
  writeFileSync(path, content);
  return path;
}

function lookup(entries: readonly ActorEntry[], phrase: string): ActorEntry | undefined {
  return entries.find((e) => e.phrase.join(' ') === phrase);
}

describe('builtinActorEntries', () => {
  const entries = builtinActorEntries();

  it.each([
    ['organisation of islamic cooperation', 'IGOMOSOIC', 'igo'],
    ['oic', 'IGOMOSOIC', 'igo'],
    ['u.n. security council', 'IGOUNOSEC', 'igo'],
    ['global times', 'CHNMED', 'media'],
    ['al-qaeda', 'IMGMUSALQ', 'armed-group'],
    ["hay'at tahrir al-sham", 'SYRREBHTS', 'armed-group'],
    ['east turkistan government in exile', 'CHNOPPUIG', 'exile'],
    ['etge', 'CHNOPPUIG', 'exile'],
    ['chinese communist party', 'CHNGOV', 'party'],
    ["kurdistan workers ' party", 'TURREBPKK', 'armed-group'],
    ["people 's liberation army", 'CHNMIL', 'government'],
    ['china', 'CHN', 'country'],
    ['chinese', 'CHN', 'country'],
    ['israelis', 'ISR', 'country'],
    ['beijing', 'CHNGOV', 'government'],
    ['u.s.', 'USA', 'country'],
    ['congolese', 'COD', 'country'],
    // Disputed territories stand for their country.
    ['xinjiang', 'CHN', 'country'],
    ['east turkistan', 'CHN', 'country'],
    ['west bank', 'PSE', 'country'],
    ['gaza strip', 'PSE', 'country'],
  ])('"%s" is %s (%s)', (phrase, code, type) => {
    const entry = lookup(entries, phrase);
    expect(entry?.code).toBe(code);
    expect(entry?.type).toBe(type);
  });

  it('keeps ordinary regions (states, provinces) out of the actors', () => {
    for (const phrase of ['texas', 'ontario', 'victoria', 'sichuan']) expect(lookup(entries, phrase)).toBeUndefined();
  });

  it('gives the Taliban their government code from 15 August 2021', () => {
    const taliban = lookup(entries, 'taliban');
    expect(taliban?.code).toBe('AFGINSTAL');
    expect(taliban?.dated).toEqual([{ code: 'AFGGOVTAL', from: '2021-08-15' }]);
  });

  it('names its dictionary row as provenance', () => {
    expect(lookup(entries, 'unhcr')?.source).toEqual({
      kind: 'dictionary',
      table: 'organisations',
      entry: 'United Nations High Commissioner for Refugees',
    });
    expect(lookup(entries, 'beijing')?.source).toEqual({ kind: 'dictionary', table: 'countries', entry: 'Beijing' });
  });

  it('never matches common words case-blind', () => {
    for (const word of ['us', 'who', 'is', 'let', 'car', 'victoria']) expect(lookup(entries, word)).toBeUndefined();
    const exact = exactCaseActorEntries();
    expect(lookup(exact, 'US')?.code).toBe('USA');
    expect(lookup(exact, 'WHO')?.code).toBe('IGOUNOHLHWHO');
    expect(lookup(exact, 'IS')?.code).toBe('IMGMUSISI');
    expect(lookup(exact, 'CAR')?.code).toBe('CAF');
  });

  it('gives each phrase one code', () => {
    const codes = new Map<string, Set<string>>();
    for (const e of entries) {
      const key = e.phrase.join(' ');
      codes.set(key, (codes.get(key) ?? new Set()).add(e.code));
    }
    const ambiguous = [...codes].filter(([, c]) => c.size > 1).map(([phrase, c]) => `${phrase}: ${[...c].join(' ')}`);
    // The Palestinian Authority is a country alias too; the organisation row (PSEGOV) comes first.
    expect(ambiguous.filter((a) => !a.startsWith('palestinian authority:'))).toEqual([]);
  });

  it('has at least 150 organisations and groups', () => {
    expect(new Set(loadOrganisations().map((o) => o.name)).size).toBeGreaterThanOrEqual(150);
  });
});

describe('builtinAgentEntries', () => {
  const agents = builtinAgentEntries();
  const codeOf = (phrase: string) => agents.find((a) => a.phrase.join(' ') === phrase)?.code;

  it.each([
    ['spokesman', 'GOV'],
    ['foreign ministry', 'GOV'],
    ['troops', 'MIL'],
    ['police', 'COP'],
    ['lawmakers', 'LEG'],
    ['prosecutor', 'JUD'],
    ['rebels', 'REB'],
    ['editor', 'MED'],
    ['think tank experts', 'EDU'],
    ['refugees', 'REF'],
    ['students', 'EDU'],
  ])('"%s" adds %s', (phrase, code) => {
    expect(codeOf(phrase)).toBe(code);
  });
});

describe('validation', () => {
  const countries = new Set(['CHN']);

  it('accepts a good row with a dated code', () => {
    const file = tempFile(
      `${ORG_HEADER}\nCHNOPPUIG\tEast Turkistan Government in Exile\tETGE\texile\tCHN\tCHNGOV:2030-01-01:\t\n`,
    );
    const [org] = parseOrganisations(file, countries);
    expect(org?.aliases).toEqual(['ETGE']);
    expect(org?.dated).toEqual([{ code: 'CHNGOV', from: '2030-01-01' }]);
  });

  it.each([
    ['a bad code', 'chnopp\tX\t\texile\tCHN\t\t', 'bad actor code'],
    ['an unknown type', 'CHNOPP\tX\t\trebels\tCHN\t\t', 'bad "type"'],
    ['an unknown country', 'CHNOPP\tX\t\texile\tXXX\t\t', 'unknown country'],
    ['a bad date', 'CHNOPP\tX\t\texile\tCHN\tCHNGOV:2021-02-30:\t', 'bad "dated"'],
    ['an empty name', 'CHNOPP\t\t\texile\tCHN\t\t', 'empty "name"'],
  ])('rejects %s, naming file and line', (_what, row, message) => {
    const file = tempFile(`${ORG_HEADER}\n\n${row}\n`);
    expect(() => parseOrganisations(file, countries)).toThrow(`${file}:3: ${message}`);
  });

  it('rejects a bad agent row, naming file and line', () => {
    const file = tempFile(`${AGENT_HEADER}\npolice\tCOP\tbody\t\nsoldiers\tmilitary\tgroup\t\n`);
    expect(() => parseAgents(file)).toThrow(`${file}:3: bad role code "military"`);
  });
});

describe('people.tsv', () => {
  it('holds people only, each with dated office codes of its own country or group', () => {
    const people = loadPeople();
    expect(people.length).toBeGreaterThan(100);
    expect(people.every((p) => p.type === 'person')).toBe(true);
    expect(people.find((p) => p.name === 'Barack Obama')?.dated).toContainEqual({
      code: 'USAGOV',
      from: '2008-11-16',
      to: '2017-01-20',
    });
  });

  it('matches full names case-blind and one-word surnames only in their exact case', () => {
    expect(lookup(builtinActorEntries(), 'barack obama')).toMatchObject({ code: 'USAELI', type: 'person' });
    expect(lookup(builtinActorEntries(), 'obama')).toBeUndefined();
    expect(lookup(exactCaseActorEntries(), 'Obama')).toMatchObject({ code: 'USAELI', type: 'person' });
    expect(lookup(exactCaseActorEntries(), 'Bush')?.name).toBe('George W. Bush');
  });
});
