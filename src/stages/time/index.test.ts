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
  ['2024-01-23', 'The bloc sanctioned the airline earlier in the month.', 'earlier in the month', '2024-01', 'date'],
  ['2024-01-23', 'Inflation will ease later in the year, the bank said.', 'later in the year', '2024', 'date'],
  ['2024-01-05', 'In 1530, the town was founded.', '1530', '1530', 'date'],
  ['2024-01-05', 'Police arrested him yesterday.', 'yesterday', '2024-01-04', 'date'],
  ['2024-01-05', 'The court rules today.', 'today', '2024-01-05', 'date'],
  ['2024-01-05', 'He was jailed for three years.', 'three years', 'P3Y', 'duration'],
  ['2024-01-05', 'Fighting over the past two weeks killed dozens.', 'the past two weeks', 'P2W', 'duration'],
  // A unit counted from now is a duration in TimeML, not the day it ends on.
  ['2024-01-05', 'The truce must hold within two weeks.', 'two weeks', 'P2W', 'duration'],
  ['2024-01-05', 'The troops left two days later.', 'two days', 'P2D', 'duration'],
  ['2024-01-05', 'Talks resume in 3 days.', '3 days', 'P3D', 'duration'],
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
  ['2024-01-05', 'The swine flu pandemic of 2009-2010 killed many.', '2010', '2010', 'date'],
  ['2024-01-05', 'The expedition of 1957-58 crossed the ice.', '58', '1958', 'date'],
  ['2024-01-05', "Stocks hit their lowest level since '82 today.", "'82", '1982', 'date'],
  ['2024-01-05', 'Atlanta, nineteen ninety-six: a bomb blast.', 'nineteen ninety-six', '1996', 'date'],
  ['2024-01-05', "Net sales for this year's third quarter rose.", "this year's third quarter", '2024-Q3', 'date'],
  ['2024-01-05', 'In the 2022 third quarter, the firm lost money.', 'the 2022 third quarter', '2022-Q3', 'date'],
  [
    '2024-01-05',
    'Sales rose 4% in December compared to the same month a year ago.',
    'the same month a year ago',
    '2022-12',
    'date',
  ],
  ['2024-01-05', 'The index ended the day at 8,017.', 'the day', '2024-01-05', 'date'],
  ['2024-01-05', 'The blast hit the embassy Wednesday morning.', 'Wednesday morning', '2024-01-03TMO', 'time'],
  ['2024-01-05', 'Trading opened at 16:15 UTC on Wednesday.', '16:15 UTC on Wednesday', '2024-01-03T16:15Z', 'time'],
  ['2024-01-05', 'The shop opens from 9 a.m. to 5 p.m. daily.', '9 a.m.', '2024-01-05T09:00', 'time'],
  ['2024-01-05', 'It bought shares from Sept. 14 to Thursday.', 'Thursday', '2024-01-04', 'date'],
  ['2024-01-05', 'He was shot on the night of Friday, Oct. 23.', 'Friday, Oct. 23', '2023-10-23', 'date'],
  ['2024-01-05', 'The year ended March 31 with a loss.', 'March 31', '2023-03-31', 'date'],
  ['2024-01-05', 'The dividend is payable Jan. 22 to holders.', 'Jan. 22', '2024-01-22', 'date'],
  ['2024-01-05', 'Officials have searched since the Oct. 23 attack.', 'Oct. 23', '2023-10-23', 'date'],
  ['2024-01-05', 'Closing is expected in December.', 'December', '2024-12', 'date'],
  ['2024-01-05', 'The bid had been due to expire Monday.', 'Monday', '2024-01-01', 'date'],
  ['2024-01-05', 'The bank gave them until mid-February to pay.', 'mid-February', '2024-02', 'date'],
  ['2024-01-05', 'The family has fought for years.', 'years', 'PXY', 'duration'],
  ['2024-01-05', 'In recent months lenders have pulled back.', 'recent months', 'PXM', 'duration'],
  ['2024-01-05', 'A third flight departs each Thursday.', 'each Thursday', 'XXXX-WXX-4', 'set'],
  ['2024-01-05', 'He was rescued on Thanksgiving Day.', 'Thanksgiving Day', '2023-11-23', 'date'],
  ['2024-01-05', 'Pilgrims will gather at Easter.', 'Easter', '2024-03-31', 'date'],
  ['2024-01-05', 'The answer is coming up in a few minutes.', 'a few minutes', 'PTXM', 'duration'],
  ['2024-01-05', 'Over the next couple of years prices will rise.', 'the next couple of years', 'P2Y', 'duration'],
  ['2024-01-05', 'The party will one day rule again.', 'one day', 'FUTURE_REF', 'date'],
  ['2024-01-05', 'The bonds will mature in five years.', 'five years', 'P5Y', 'duration'],
  ['2024-01-05', 'The index fell 6.43, on Friday, to 437.68.', 'Friday', '2024-01-05', 'date'],
  ['2024-01-05', 'He will leave at 4 in the morning.', '4 in the morning', '2024-01-05T04:00', 'time'],
  ['2024-01-05', 'Earnings for fiscal 2023 rose.', 'fiscal 2023', '2023', 'date'],
  ['2024-01-05', 'He took leave in early 2021.', 'early 2021', '2021', 'date'],
  ['2024-08-19', 'Ford will close ten plants during the fourth quarter.', 'the fourth quarter', '2024-Q4', 'date'],
  ['2024-08-19', 'Ford closed ten plants in the fourth quarter.', 'the fourth quarter', '2023-Q4', 'date'],
  [
    '2024-11-03',
    'It earned $1 billion in the third quarter of this year.',
    'the third quarter of this year',
    '2024-Q3',
    'date',
  ],
  ['2024-11-03', 'It expects to report a third-quarter loss.', 'third-quarter', '2024-Q3', 'date'],
  ['2024-01-05', 'For the final quarter of 2023, Ford made a profit.', 'the final quarter of 2023', '2023-Q4', 'date'],
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

  it('reads "that year" and "the following year" from the last year the text gave', () => {
    const text = 'He was promoted in 1995. The following year he moved to Paris. Sales peaked that year.';
    expect(times('2024-01-05', text).map((t) => [t.text, t.value])).toEqual([
      ['1995', '1995'],
      ['The following year', '1996'],
      ['that year', '1996'],
    ]);
  });

  it('reads "the previous year" from publication when no year came before', () => {
    const found = times('2024-01-05', 'Sales dropped from the previous year.');
    expect(found.map((t) => [t.text, t.value])).toEqual([['the previous year', '2023']]);
  });

  it('keeps provenance: chrono for weekdays, our rule for years', () => {
    const found = times('2024-01-05', 'The envoy met leaders Wednesday, as in 2018.');
    expect(found.map((t) => t.source)).toEqual([
      { kind: 'library', name: 'chrono-node', detail: 'casual' },
      { kind: 'rule', id: 'year' },
    ]);
  });
});
