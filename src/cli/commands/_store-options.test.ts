import { describe, expect, it } from 'vitest';
import { checkFormat, parseCount, parseDatePrefix } from './_store-options.js';

describe('parseDatePrefix', () => {
  it.each(['2024', '2024-01', '2024-12', '2024-02-29', '2024-01-05'])('accepts %s', (value) => {
    expect(parseDatePrefix(value)).toBe(value);
  });
  it.each(['24', '2024-13', '2024-00', '2023-02-29', '2024-1-5', 'Friday', '2024-01-05T10:00'])(
    'rejects %s',
    (value) => {
      expect(() => parseDatePrefix(value)).toThrow(expect.objectContaining({ exitCode: 2 }));
    },
  );
});

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['50', 50],
  ])('reads %s', (value, n) => {
    expect(parseCount(value)).toBe(n);
  });
  it.each(['', '-1', '2.5', 'ten'])('rejects %j', (value) => {
    expect(() => parseCount(value)).toThrow(/whole number/);
  });
});

describe('checkFormat', () => {
  it('returns a known format and rejects others with the list', () => {
    expect(checkFormat('csv', ['table', 'csv'] as const)).toBe('csv');
    expect(() => checkFormat('xml', ['table', 'csv'] as const)).toThrow(
      '--format must be one of table, csv; got "xml"',
    );
  });
});
