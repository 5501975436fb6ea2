import { describe, expect, it } from 'vitest';
import { parseInterval } from './_watch-interval.js';

describe('parseInterval', () => {
  it.each([
    ['10s', 10_000],
    ['30s', 30_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    [' 2H ', 7_200_000],
    ['168h', 604_800_000],
  ])('%s → %i ms', (value, ms) => {
    expect(parseInterval(value)).toBe(ms);
  });

  it.each([
    ['9s', 'at least 10s'],
    ['0m', 'at least 10s'],
    ['169h', 'at most 168h'],
    ['15', 'a number and a unit'],
    ['1d', 'a number and a unit'],
    ['1.5h', 'a number and a unit'],
    ['1h30m', 'a number and a unit'],
    ['', 'a number and a unit'],
  ])('refuses "%s" (%s)', (value, reason) => {
    expect(() => parseInterval(value)).toThrow(reason);
  });
});
