import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { resolveTimes } from './index.js';

const ctx = createContext();

function times(date: string | null, text: string) {
  return resolveTimes(segment({ id: articleId('t'), date, text }, ctx), ctx).times;
}

// [publication date, sentence, expression text, TIMEX3 value, type]
const CASES: readonly (readonly [string | null, string, string, string, string])[] = [
  ['2024-01-05', 'The envoy met party leaders Wednesday to discuss trade.', 'Wednesday', '2024-01-03', 'date'],
  ['2024-01-05', 'The group condemned the visit on Thursday.', 'Thursday', '2024-01-04', 'date'],
  ['2024-01-05', 'On Friday, the ministry praised the tour.', 'Friday', '2024-01-05', 'date'],
  ['2024-01-05', 'The ministers will meet on Monday in Riyadh.', 'Monday', '2024-01-08', 'date'],
  ['2024-01-05', 'The talks resume next Tuesday.', 'next Tuesday', '2024-01-09', 'date'],
  ['2024-01-05', 'Troops withdrew last Saturday.', 'last Saturday', '2023-12-30', 'date'],
  ['2024-01-05', 'The order was given in 2018 by the leader.', '2018', '2018', 'date'],
  ['2024-01-05', 'The plan has run since at least 2017.', '2017', '2017', 'date'],
  ['2024-01-05', 'In 2023 alone, the region received many visitors.', '2023', '2023', 'date'],
  ['2024-01-05', 'The region was annexed in 1949.', '1949', '1949', 'date'],
  ['2024-01-05', 'Mid-2015 saw new protests.', 'Mid-2015', '2015', 'date'],
  ['2024-01-05', 'Unrest grew in the 1990s across the region.', 'the 1990s', '199', 'date'],
  ['2024-01-05', 'Talks collapsed last month.', 'last month', '2023-12', 'date'],
  ['2024-01-05', 'Elections were held in March.', 'March', '2023-03', 'date'],
  ['2024-01-05', 'Voters will go to the polls in March.', 'March', '2024-03', 'date'],
  ['2024-01-05', 'The law was passed earlier this year.', 'earlier this year', '2024', 'date'],
  ['2024-01-05', 'The embassy closed three years ago.', 'three years ago', '2021', 'date'],
  ['2024-01-05', 'Protests spread this week.', 'this week', '2024-W01', 'date'],
  ['2024-01-05', 'Police arrested him yesterday.', 'yesterday', '2024-01-04', 'date'],
  ['2024-01-05', 'The court rules today.', 'today', '2024-01-05', 'date'],
  ['2024-01-05', 'He was jailed for three years.', 'three years', 'P3Y', 'duration'],
  ['2024-01-05', 'Fighting over the past two weeks killed dozens.', 'the past two weeks', 'P2W', 'duration'],
  ['2024-01-05', 'Inspectors visit every week.', 'every week', 'P1W', 'set'],
  ['2024-01-05', 'The report is published annually.', 'annually', 'P1Y', 'set'],
  ['2024-01-05', 'Relations have recently improved.', 'recently', 'PAST_REF', 'date'],
  ['2024-01-05', 'The border is now closed.', 'now', 'PRESENT_REF', 'date'],
  ['2024-01-05', 'More visits are planned in the future.', 'the future', 'FUTURE_REF', 'date'],
  ['2024-01-05', 'The ceasefire was signed on Dec. 7.', 'Dec. 7', '2023-12-07', 'date'],
  ['2024-01-05', 'The accord was signed on March 26, 1996.', 'March 26, 1996', '1996-03-26', 'date'],
  ['2024-01-05', 'Profits fell in the third quarter.', 'the third quarter', '2023-Q3', 'date'],
  ['2024-01-05', 'A new mission started in the 20th century.', 'the 20th century', '19', 'date'],
  ['2024-01-05', 'Talks collapsed last summer.', 'last summer', '2023-SU', 'date'],
  ['2024-01-05', 'The plant closed in June last year.', 'June last year', '2023-06', 'date'],
  ['2024-01-05', 'The dividend is payable Dec. 7 to holders.', 'Dec. 7', '2023-12-07', 'date'],
  ['2024-01-05', 'Prices rose in mid-November.', 'mid-November', '2023-11', 'date'],
  ['2024-01-05', 'Rebels attacked over the weekend.', 'the weekend', '2023-W52-WE', 'date'],
  ['2024-01-05', 'Profit fell from a year earlier in the third quarter.', 'a year earlier', '2022-Q3', 'date'],
  ['2024-01-05', 'Three days later, the bank failed.', 'Three days', 'P3D', 'duration'],
  ['2024-01-05', 'The fourth quarter report is due.', 'The fourth quarter', '2023-Q4', 'date'],
  [null, 'The envoy met party leaders Wednesday.', 'Wednesday', 'XXXX-WXX-3', 'date'],
  [null, 'The order was given in 2018.', '2018', '2018', 'date'],
  [null, 'Talks collapsed last month.', 'last month', 'XXXX-XX', 'date'],
];

describe('resolveTimes', () => {
  it.each(CASES)('%s: %s → %s = %s', (date, sentence, expected, value, type) => {
    const found = times(date, sentence).find((t) => t.text === expected);
    expect(found, JSON.stringify(times(date, sentence))).toBeDefined();
    expect(found?.value).toBe(value);
    expect(found?.type).toBe(type);
    expect(sentence.slice(found?.span.start, found?.span.end)).toBe(expected);
  });

  it('gives article offsets across sentences and numbers items', () => {
    const text = 'Nothing happened. The envoy met leaders Wednesday. They met again on Thursday.';
    const found = times('2024-01-05', text);
    expect(found.map((t) => [t.id, t.text, t.sentence, text.slice(t.span.start, t.span.end)])).toEqual([
      ['t1', 'Wednesday', 1, 'Wednesday'],
      ['t2', 'Thursday', 2, 'Thursday'],
    ]);
  });

  it('keeps provenance: chrono for weekdays, our rule for years', () => {
    const found = times('2024-01-05', 'The envoy met leaders Wednesday, as in 2018.');
    expect(found.map((t) => t.source)).toEqual([
      { kind: 'library', name: 'chrono-node', detail: 'casual' },
      { kind: 'rule', id: 'year' },
    ]);
  });
});
