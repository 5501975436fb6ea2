import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { resolveTimes } from './index.js';

const ctx = createContext();

function texts(text: string): string[] {
  return resolveTimes(segment({ id: articleId('n'), date: '2024-01-05', text }, ctx), ctx).times.map((t) => t.text);
}

// Sentences with words that look like times but are not.
const NEGATIVES: readonly (readonly [string, string])[] = [
  ['"may" as a verb', 'Officials may meet the delegation again.'],
  ['"May" as a sentence-initial verb', 'May they find peace, the cleric said.'],
  ['"march" as a noun', 'Thousands joined the march on Washington.'],
  ['"March" as a capitalised noun', 'The March on Washington drew thousands.'],
  ['a count of delegations', 'Xinjiang received nearly 400 delegations.'],
  ['a count with a comma', 'The groups brought over 4,300 visitors.'],
  ['a four-digit count', 'Police said 2000 protesters gathered.'],
  ['a four-digit count after "about"', 'About 1500 troops crossed the border.'],
  ['money', 'The deal is worth $2024 per tonne.'],
  ['a newspaper name', 'The Sun newspaper printed the letter.'],
  ['a fraction', 'Nearly 1/3 of the budget went to the army.'],
  ['a flight number', 'Flight 1549 landed in the river.'],
  ['an age', 'The man, 52 years old, was detained.'],
  ['a hyphenated age', 'A 6-year-old boy was hurt.'],
  ['share prices', 'The stock rose to 1.20 a share.'],
  ['a range of counts', 'Between 1500-2000 people fled.'],
  ['an ordinal "second"', 'A second group of directors resigned.'],
  ['a rate', 'The airline runs four flights a week to Delhi.'],
  ['an acronym chrono reads as a time', 'He denied allegations in the SEC suit.'],
  ['"March of" as a name', 'She led the March of the Mothers.'],
  ['an age in decades', 'Both men are in their 70s.'],
  ['an anchored "the day"', 'He called the day before the vote.'],
  ['a code with a hyphen', 'The rule 2013-45B was cited.'],
  ['a holiday as a modifier', 'Christmas sales rose sharply.'],
  ['a four-digit clock time in GMT', 'The speech starts at 1530 GMT in London.'],
  ['clock times in two zones', 'The Senate votes at 1600 est/2100 gmt on the package.'],
];

describe('resolveTimes negatives', () => {
  it.each(NEGATIVES)('finds no time in %s', (_label, sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it('returns an empty list for empty text and never throws on odd input', () => {
    expect(texts('')).toEqual([]);
    expect(texts('“”‘’ ... — 0000 9999 \u0000')).toEqual([]);
  });
});
