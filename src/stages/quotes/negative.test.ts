import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { findQuotes } from './index.js';

const ctx = createContext();

function quotes(text: string) {
  const doc = segment({ id: articleId('n'), date: '2024-01-05', text }, ctx);
  return findQuotes({ ...doc, mentions: [], actors: [] }, ctx).quotes;
}

// Texts with apostrophes, names and verbs that look like quotes or cues but are not.
const NEGATIVES: readonly (readonly [string, string])[] = [
  ['apostrophes', 'The world’s largest bloc and the Muslims’ leaders didn’t meet.'],
  ['straight apostrophes', "China's envoy and the members' votes weren't counted."],
  ['a name containing a cue word', 'Omar Said met the delegation in Riyadh.'],
  ['"said" as an adjective', 'The party tried to eliminate said population.'],
  ['a speech verb with no clause', 'The minister said nothing.'],
];

describe('findQuotes negatives', () => {
  it.each(NEGATIVES)('finds no quote in %s', (_label, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('never guesses a speaker for a lone quote', () => {
    expect(quotes('The rally ended at noon. “Nobody knows.” Then the crowd left.').map((q) => q.speaker)).toEqual([
      null,
    ]);
  });

  it('returns an empty list for empty or mark-only text', () => {
    expect(quotes('')).toEqual([]);
    expect(quotes('” “ ‘ ’ "')).toEqual([]);
  });
});
