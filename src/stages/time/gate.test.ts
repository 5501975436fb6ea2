import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHaveDate, type TimeRule } from './_candidate.js';
import { MONTH_RULES } from './_rules-months.js';
import { REF_RULES } from './_rules-refs.js';
import { RELATIVE_RULES } from './_rules-relative.js';
import { YEAR_RULES } from './_rules-years.js';

const RULES: readonly TimeRule[] = [...RELATIVE_RULES, ...YEAR_RULES, ...MONTH_RULES, ...REF_RULES];
const GATED = RULES.filter((r) => r.anywhere !== true);

/**
 * Words of news prose without a date word, with every word a time rule starts from or needs
 * besides its date word ("the", "last", "early", "same", "every", "ago", "fiscal", "first") and the
 * words of the rules that run anywhere ("recently", "summer", "Christmas", "annually", "nineteen").
 */
const WORDS = [
  'the',
  'The',
  'last',
  'next',
  'this',
  'past',
  'early',
  'late',
  'mid',
  'earlier',
  'later',
  'same',
  'following',
  'every',
  'each',
  'once',
  'a',
  'an',
  'ago',
  'for',
  'in',
  'over',
  'since',
  'by',
  'of',
  'that',
  'fiscal',
  'first',
  'second-half',
  'third',
  'final',
  'current',
  'coming',
  'recently',
  'summer',
  'fall',
  'spring',
  'Christmas',
  'Easter',
  'annually',
  'seventies',
  'period',
  'comparable',
  'corresponding',
  'year-ago',
  'several',
  'few',
  'ministers',
  'met',
  'said',
  'talks',
  'border',
  "'",
  '’',
  '-',
  ',',
  'and',
  'to',
  'was',
  'held',
  'troops',
];

/** Words of dates and times, for sentences where the rules do match. */
const DATE_WORDS = [
  'January',
  'May',
  'march',
  'Monday',
  'Mondays',
  'week',
  'weeks',
  'year',
  'years',
  "year's",
  'year’s',
  'month',
  'quarter',
  'period',
  'day',
  'days',
  'decade',
  'century',
  '21st',
  '1990s',
  '’90s',
  "'90s",
  '2024',
  '1998',
  '2019-20',
  'mid-2023',
  'fiscal',
  'nineteen',
  'ninety-six',
  'ago',
  'three',
  '2',
  'a',
  'every',
  'annually',
  'Christmas',
  'Eve',
  'New',
  'Day',
  'on',
  'weekend',
  'year-ago',
  'year-earlier',
  'same',
  'comparable',
  'now',
  'recently',
  'summer',
  'seventies',
  'hours',
  'minutes',
  'later',
  'earlier',
  'before',
  'coming',
  'current',
  'the',
  'in',
  'of',
  'this',
];

describe('time rules skipped on sentences without a date word', () => {
  it('lists the rules that run anywhere', () => {
    expect(RULES.filter((r) => r.anywhere === true).map((r) => r.id)).toEqual([
      'spoken-year',
      'decade',
      'season',
      'holiday',
      'ref',
      'set',
    ]);
  });

  it('reads date words as such', () => {
    expect(mayHaveDate('The ministers met on Wednesday.')).toBe(true);
    expect(mayHaveDate('Talks resume next week.')).toBe(true);
    expect(mayHaveDate('Troops left in 2023.')).toBe(true);
    expect(mayHaveDate('The ministers met recently this summer.')).toBe(false);
  });

  it('no gated rule matches a sentence of words without a date word', () => {
    const sentence = fc
      .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 })
      .map((words) => words.join(' '))
      .filter((text) => !mayHaveDate(text));
    fc.assert(
      fc.property(sentence, (text) => {
        for (const rule of GATED) expect([...text.matchAll(rule.pattern)].map((m) => [rule.id, m[0]])).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('time rules skipped on sentences without any of their words', () => {
  it('a rule matches only sentences holding one of its words', () => {
    const sentence = fc
      .array(fc.constantFrom(...DATE_WORDS, ...WORDS), { minLength: 1, maxLength: 12 })
      .map((words) => words.join(' '));
    let matched = 0;
    fc.assert(
      fc.property(sentence, (text) => {
        for (const rule of RULES) {
          const matches = [...text.matchAll(rule.pattern)].map((m) => m[0]);
          if (matches.length === 0) continue;
          matched++;
          // The rule's words are looked for in the sentence (a look-behind may hold them).
          const lower = text.toLowerCase();
          expect(rule.words === undefined || rule.words.some((w) => lower.includes(w)), `${rule.id}: ${matches}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 5000 },
    );
    // The sentences do make the rules match, often.
    expect(matched).toBeGreaterThan(2000);
  });

  it('gives every rule a word list', () => {
    expect(RULES.filter((r) => r.words === undefined).map((r) => r.id)).toEqual([]);
  });
});
