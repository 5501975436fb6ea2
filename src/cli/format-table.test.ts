import { describe, expect, it } from 'vitest';
import { fitCell, formatTable } from './format-table.js';

describe('formatTable', () => {
  it('aligns columns under their headers, with no trailing spaces', () => {
    const table = formatTable(
      [{ header: 'date' }, { header: 'source' }, { header: 'event' }],
      [
        ['2024-01-05', 'China [CHN]', '111 Criticize or denounce'],
        ['2024-01-04', 'Organization of Islamic Cooperation [IGOMOSOIC]', '010'],
      ],
    );
    expect(table).toBe(
      [
        'date        source                                           event',
        '----------  -----------------------------------------------  -------------------------',
        '2024-01-05  China [CHN]                                      111 Criticize or denounce',
        '2024-01-04  Organization of Islamic Cooperation [IGOMOSOIC]  010',
      ].join('\n'),
    );
  });

  it('cuts a long cell to its column width with an ellipsis and flattens newlines', () => {
    const table = formatTable(
      [{ header: 'sentence', maxWidth: 20 }],
      [['The minister said on\nFriday that the talks had failed.']],
    );
    expect(table.split('\n')[2]).toBe('The minister said o…');
  });

  it('prints only the header and rule when there are no rows', () => {
    expect(formatTable([{ header: 'id' }, { header: 'date' }], [])).toBe('id  date\n--  ----');
  });
});

describe('fitCell', () => {
  it.each([
    ['Beijing said', 20, 'Beijing said'],
    ['Beijing said on Friday', 10, 'Beijing s…'],
    ['storm \u{1F30A}', 7, 'storm \u{1F30A}'],
    ['storm \u{1F30A} hit', 8, 'storm \u{1F30A}…'],
    ['storm \u{1F30A} hit', 7, 'storm…'],
  ])('fits %j into %i characters', (text, max, expected) => {
    expect(fitCell(text, max)).toBe(expected);
  });
});
