import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './format-csv.js';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['CHNGOV', 'CHNGOV'],
    ['Beijing, China', '"Beijing, China"'],
    ['He said "no" on Friday', '"He said ""no"" on Friday"'],
    ['line one\nline two', '"line one\nline two"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    [-2.5, '-2.5'],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header record and CRLF after every record', () => {
    const csv = toCsv(
      ['date', 'source', 'sentence'],
      [
        ['2024-01-05', 'CHN', 'China criticized the OIC, calling the report "biased".'],
        [null, 'FRA', 'France spoke.'],
      ],
    );
    expect(csv).toBe(
      'date,source,sentence\r\n' +
        '2024-01-05,CHN,"China criticized the OIC, calling the report ""biased""."\r\n' +
        ',FRA,France spoke.\r\n',
    );
  });
});
