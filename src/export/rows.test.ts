import { describe, expect, it } from 'vitest';
import { actorParts, dateParts, dayOfYear, daysInMonth, daysInYear } from './rows.js';

describe('actorParts', () => {
  it.each([
    ['USAGOV', { country: 'USA', knownGroup: null, religions: [], types: ['GOV'] }],
    ['USA', { country: 'USA', knownGroup: null, religions: [], types: [] }],
    ['IGOUNODEVWBK', { country: null, knownGroup: 'WBK', religions: [], types: ['IGO', 'DEV'] }],
    ['IGOUNO', { country: null, knownGroup: 'UNO', religions: [], types: ['IGO'] }],
    ['IRNMOSREB', { country: 'IRN', knownGroup: null, religions: ['MOS'], types: ['REB'] }],
    ['---GOV', { country: null, knownGroup: null, religions: [], types: ['GOV'] }],
    ['GOVMILCOPJUD', { country: null, knownGroup: null, religions: [], types: ['GOV', 'MIL', 'COP'] }],
    [null, { country: null, knownGroup: null, religions: [], types: [] }],
  ])('%s', (code, parts) => {
    expect(actorParts(code)).toEqual(parts);
  });
});

describe('dates', () => {
  it.each([
    ['2025-03-03', { year: 2025, month: 3, day: 3 }],
    ['2025-03', { year: 2025, month: 3, day: null }],
    ['1987', { year: 1987, month: null, day: null }],
    ['2025-W10', { year: null, month: null, day: null }],
    [null, { year: null, month: null, day: null }],
  ])('splits %s', (date, parts) => {
    expect(dateParts(date)).toEqual(parts);
  });

  it('counts days by the Gregorian calendar', () => {
    expect([dayOfYear(2025, 1, 1), dayOfYear(2025, 3, 3), dayOfYear(2024, 12, 31)]).toEqual([1, 62, 366]);
    expect([daysInYear(2024), daysInYear(2025), daysInYear(1900), daysInYear(2000)]).toEqual([366, 365, 365, 366]);
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2025, 12)]).toEqual([29, 28, 31]);
  });
});
