import { describe, expect, it } from 'vitest';
import { parseInputDate } from './_input-date.js';

describe('parseInputDate', () => {
  it.each([
    ['2024-01-05', '2024-01-05'],
    ['2024-02-29', '2024-02-29'],
    ['2024-01-05T09:30', '2024-01-05'],
    ['2024-01-05T09:30:00Z', '2024-01-05'],
    ['2024-01-05T23:30:00.123-05:00', '2024-01-05'],
    ['2024-01-05 09:30:00+0800', '2024-01-05'],
    [' 2024-01-05 ', '2024-01-05'],
  ])('%s → %s', (input, expected) => {
    expect(parseInputDate(input)).toBe(expected);
  });

  it.each(['2024-13-45', '2023-02-29', '05/01/2024', 'tomorrow', '2024-1-5', '2024-01-05T', '20240105', ''])(
    'refuses %s',
    (input) => {
      expect(parseInputDate(input)).toBeNull();
    },
  );
});
