import { describe, expect, it } from 'vitest';
import { codeOnDate } from './actor-codes.js';
import { readActors } from './actors.js';

// Hand-written actor records in the PETRARCH layout (tab-indented code lines).
const ACTORS = `<!-- test actors -->
ARNOR_  [ARN]
+ARNORIAN
GONDOR [GON]
+MINAS_TIRITH
SMEAGOL  # pas 27 Apr 03
+SLINKER
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[ORCHOB 20100109-20100112]
\t[HOBMIL 20080120-20121109]
THE_SHIRE  [FRO/BIL/SAM]
AMINTORE_FANFANI_ [IGOEUREEC 650701-651231]
`;

describe('readActors', () => {
  const { entries, problems } = readActors(ACTORS, 'test.actors.txt');

  it('reads every phrase, aliases included, without problems', () => {
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.phrase.join(' '))).toEqual([
      'arnor',
      'arnorian',
      'gondor',
      'minas tirith',
      'smeagol',
      'slinker',
      'sam gamgee',
      'the shire',
      'amintore fanfani',
    ]);
  });

  it('gives aliases the primary name and code', () => {
    const alias = entries.find((e) => e.phrase.join(' ') === 'minas tirith');
    expect(alias).toMatchObject({ name: 'Gondor', code: 'GON', type: 'country', dated: [] });
  });

  it('reads date restrictions: < and > exclude the day, ranges include both ends', () => {
    const slinker = entries.find((e) => e.phrase[0] === 'slinker');
    expect(slinker?.dated).toEqual([
      { code: 'HOB', to: '1995-05-31' },
      { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' },
      { code: 'HOBREB', from: '1999-08-17' },
    ]);
    expect(slinker?.code).toBe('HOB');
    expect(slinker?.type).toBe('person');
  });

  it.each([
    ['2008-01-19', 'HOBCIV'],
    ['2010-01-10', 'ORCHOB'],
    ['2011-06-01', 'HOBMIL'],
    ['2014-01-01', 'HOB'],
  ])('the first restriction containing %s wins: %s', (date, code) => {
    const sam = entries.find((e) => e.phrase[0] === 'sam');
    expect(codeOnDate(sam?.dated ?? [], date, sam?.code ?? '')).toBe(code);
  });

  it('keeps compound codes and a dated code on the primary line', () => {
    expect(entries.find((e) => e.phrase[0] === 'the')?.code).toBe('FRO/BIL/SAM');
    const fanfani = entries.find((e) => e.phrase[0] === 'amintore');
    expect(fanfani?.code).toBe('IGOEUREEC');
    expect(fanfani?.dated).toEqual([{ code: 'IGOEUREEC', from: '1965-07-01', to: '1965-12-31' }]);
  });
});
