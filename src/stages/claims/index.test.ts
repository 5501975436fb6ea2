import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import type { Quote } from '../../core/document.js';
import { rule } from '../../core/source.js';
import { segment } from '../segment/index.js';
import { findClaims } from './index.js';

const ctx = createContext();

function claims(text: string, quotes: readonly Quote[] = []) {
  const doc = segment({ id: articleId('c'), date: '2024-01-05', text }, ctx);
  return findClaims({ ...doc, mentions: [], actors: [], quotes }, ctx).claims;
}

// [sentence, claim text, value, unit, qualifier, period]
const CASES: readonly (readonly [string, string, number, string, string | null, string | null])[] = [
  ['Camps held up to 3 million people.', 'up to 3 million people', 3_000_000, 'people', 'up to', null],
  [
    'The policy targeted hundreds of thousands of women.',
    'hundreds of thousands of women',
    200_000,
    'women',
    null,
    null,
  ],
  [
    'In 2023 alone, the region received nearly 400 delegations.',
    'nearly 400 delegations',
    400,
    'delegations',
    'nearly',
    '2023',
  ],
  ['The tour drew over 4,300 visitors.', 'over 4,300 visitors', 4300, 'visitors', 'over', null],
  ['The bank approved a $2.5bn loan.', '$2.5bn', 2.5e9, 'USD', null, null],
  ['Exports fell 12 percent in 2022.', '12 percent', 12, 'percent', null, '2022'],
  ['Police detained dozens of protesters.', 'dozens of protesters', 24, 'protesters', null, null],
  ['Tens of thousands of refugees fled.', 'Tens of thousands of refugees', 20_000, 'refugees', null, null],
  ['At least 45 civilians were killed.', 'At least 45 civilians', 45, 'civilians', 'at least', null],
  ['About two hundred soldiers crossed the river.', 'About two hundred soldiers', 200, 'soldiers', 'about', null],
  ['Police said 2000 protesters gathered.', '2000 protesters', 2000, 'protesters', null, null],
  ['The rebels freed twelve hostages.', 'twelve hostages', 12, 'hostages', null, null],
  ['Support fell 5.5 percentage points in a week.', '5.5 percentage points', 5.5, 'percentage points', null, null],
  ['Five Republican candidates debated on Monday.', 'Five Republican candidates', 5, 'candidates', null, null],
];

describe('findClaims', () => {
  it.each(CASES)('%s → %s', (sentence, text, value, unit, qualifier, period) => {
    const found = claims(sentence);
    expect(found.map((c) => [c.text, c.value, c.unit, c.qualifier, c.period ?? null])).toEqual([
      [text, value, unit, qualifier, period],
    ]);
    expect(sentence.slice(found[0]?.span.start, found[0]?.span.end)).toBe(text);
  });

  it('gives a number inside a quote to the quote’s speaker', () => {
    const text = '“We received nearly 400 delegations,” the spokesman said.';
    const speaker = { actorId: 'a1', name: 'Wang Wenbin', code: null, span: { start: 38, end: 51 } };
    const quote: Quote = {
      id: 'q1',
      span: { start: 1, end: 35 },
      text: text.slice(1, 35),
      kind: 'direct',
      cue: null,
      speaker,
      source: rule('test'),
    };
    const [claim] = claims(text, [quote]);
    expect(claim?.claimant).toEqual(speaker);
    expect(claim?.quoteId).toBe('q1');
    expect(claim?.id).toBe('c1');
  });

  it('leaves the claimant null outside quotes (the article asserts it)', () => {
    expect(claims('Camps held up to 3 million people.')[0]?.claimant).toBeNull();
  });
});
