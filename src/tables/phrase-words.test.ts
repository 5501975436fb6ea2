import { describe, expect, it } from 'vitest';
import { createContext } from '../context.js';
import { articleId } from '../core/article.js';
import { sentenceWords } from '../stages/mentions/words.js';
import { segment } from '../stages/segment/index.js';
import { phraseWords } from './_phrase-words.js';
import { loadAgents, loadOrganisations, loadPeople } from './actors.js';
import { loadCountries } from './countries.js';

const ctx = createContext();

/** The words the mentions stage sees when the name stands alone in a text. */
function pipelineWords(name: string): string[] {
  const doc = segment({ id: articleId('t'), date: '2024-01-05', text: name }, ctx);
  return doc.sentences.flatMap((s) => sentenceWords(doc.tokens, s).map((w) => w.normal));
}

describe('phraseWords', () => {
  it.each([
    ["Hay'at Tahrir al-Sham", ["hay'at", 'tahrir', 'al-sham']],
    ['the U.S. State Department', ['the', 'u.s.', 'state', 'department']],
    ["Kurdistan Workers' Party", ['kurdistan', 'workers', "'", 'party']],
    ['People’s Liberation Army', ['people', "'s", 'liberation', 'army']],
    ['Radio Free Europe/Radio Liberty', ['radio', 'free', 'europe', '/', 'radio', 'liberty']],
    ['OPEC+', ['opec', '+']],
    ['Al-Shabab (Mozambique)', ['al-shabab', '(', 'mozambique', ')']],
  ])('splits %s', (name, words) => {
    expect(phraseWords(name)).toEqual(words);
  });

  it('agrees with the segment stage on every name of the built-in tables', () => {
    const names = [
      ...loadOrganisations().flatMap((o) => [o.name, ...o.aliases]),
      ...loadPeople().flatMap((p) => [p.name, ...p.aliases]),
      ...loadAgents().map((a) => a.phrase),
      ...[...loadCountries().values()].flatMap((c) => [c.name, ...c.aliases, ...c.demonyms, c.capital]),
    ];
    const differing = names.filter((n) => phraseWords(n).join(' ') !== pipelineWords(n).join(' '));
    expect(differing).toEqual([]);
  });
});
