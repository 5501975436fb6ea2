import { describe, expect, it } from 'vitest';
import type { PatternItem, VerbPattern } from '../types.js';
import { readVerbs } from './verbs.js';

// A hand-written verb file in the PETRARCH-1 style, with the features the validation file uses.
const PETRARCH1 = `<!-- test verbs -->
&TIETYPES
+MILITARY
+ECONOMIC

&NEGAUX  # negative auxiliaries
+DID N'T
+WILL NOT

--- RESTORE  [064]  ---
RESTORE    # pas 18 Jun 2007
- NOT * RELATIONS  [112]
- * &TIETYPES TIES  [902]
- IN_*  [075]
- + * FROM $  [066]
- % * TALKS [030:030]
- * DIPLXMATIC  [###]  # a special code, not a comment
- *_TALKS  [---]

--- MET  [031:032]  ---
MET
--- MEET  [031:031] ---
MEET

--- DELAY  [120]  ---
DELAY
DOWNPLAY [014]
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}
- &NEGAUX * TALKS [904]
`;

/** A compact rendering of a pattern: `not verb relations`, `in _verb`. */
function render(items: readonly PatternItem[]): string {
  return items.map((i) => (i.adjacent ? '_' : '') + (i.kind === 'word' ? i.words.join('|') : i.kind)).join(' ');
}

function find(patterns: readonly VerbPattern[], entry: string, code: string): VerbPattern | undefined {
  return patterns.find((p) => p.source.kind === 'dictionary' && p.source.entry.startsWith(entry) && p.code === code);
}

describe('readVerbs (PETRARCH-1 style)', () => {
  const { entries, problems } = readVerbs(PETRARCH1, 'test.verbs.txt');

  it('reads the file without problems', () => {
    expect(problems).toEqual([]);
  });

  it.each([
    ['RESTORE', '064', 'verb'],
    ['RESTORE', '112', 'not verb relations'],
    ['RESTORE', '902', 'verb military|militaries|economic|economics ties'],
    ['RESTORE', '075', 'in _verb'],
    ['RESTORE', '066', 'target verb from source'],
    ['RESTORE', '030', 'compound verb talks'],
    ['RESTORE', '###', 'verb diplxmatic'],
    ['DELAY', '904', "did n't|will not verb talks"],
  ])('block %s code %s has the pattern "%s"', (block, code, shape) => {
    const p = find(entries, block, code);
    expect(p).toBeDefined();
    expect(render(p?.pattern ?? [])).toBe(shape);
  });

  it('drops null-coded patterns', () => {
    expect(entries.some((p) => render(p.pattern) === 'verb _talks')).toBe(false);
  });

  it('splits pair codes into code and reverse', () => {
    expect(find(entries, 'RESTORE', '030')?.reverse).toBe('030');
    expect(find(entries, 'MET', '031')?.reverse).toBe('032');
    expect(find(entries, 'MEET', '031')?.reverse).toBe('031');
  });

  it('keeps surface forms apart: MET and MEET are different blocks', () => {
    const met = find(entries, 'MET', '031');
    const meet = find(entries, 'MEET', '031');
    expect(met?.verbs).toEqual(['meet']);
    expect(met?.forms).toContain('met');
    expect(meet?.forms).toEqual(['meet', 'meets', 'meeted', 'meeting']);
  });

  it('gives a verb with its own code its own bare pattern', () => {
    expect(find(entries, 'DELAY', '014')?.verbs).toEqual(['downplay']);
    expect(find(entries, 'DELAY', '120')?.verbs).toEqual(['delay']);
  });

  it('glues the words of a multi-word verb around it, in every block pattern', () => {
    const cordon = entries.filter((p) => p.verbs.includes('cordon')).map((p) => `${p.code} ${render(p.pattern)}`);
    expect(cordon).toEqual(['120 verb _off', "904 did n't|will not verb _off talks"]);
    expect(entries.find((p) => p.verbs.includes('cordon'))?.forms).toContain('cordoned');
  });
});

// The PETRARCH-2 style (CAMEO.2.0.txt): groups in braces and parentheses, transformations.
const PETRARCH2 = `&FOOD
+FOOD
+GRAIN_

---  ACCELERATE   [---]  ---
ACCELERATE
SPEED {SPEEDING SPEEDS SPED }
- * (TO)                                              [042:043]     # RUSH
- * {ARMS SHIPMENT}                                   [072]         # EXPEDITE
- * &FOOD                                             [073]         # RUSH
- * POLICE (TO BORDER)                                [153]         # RUSH

~ a (a b ATTACK) SAY = a b 015
`;

describe('readVerbs (PETRARCH-2 style)', () => {
  const { entries, problems } = readVerbs(PETRARCH2, 'cameo.txt');

  it('reads groups as words and skips transformations', () => {
    expect(problems).toEqual([]);
    expect(entries.map((p) => `${p.code} ${render(p.pattern)}`)).toEqual([
      '042 verb to',
      '072 verb arms shipment',
      '073 verb food|foods|grain',
      '153 verb police to border',
    ]);
  });

  it('drops the bare verb of a null-coded block and keeps irregular forms', () => {
    expect(entries.every((p) => p.pattern.length > 1)).toBe(true);
    expect(entries[0]?.forms).toContain('sped');
    expect(entries[0]?.verbs).toEqual(['accelerate', 'speed']);
  });
});

describe('readVerbs reverse-only codes', () => {
  it('reads PETRARCH-2 [:BBB] as a null forward code with a reverse code', () => {
    const { entries, problems } = readVerbs('--- APPEAR [---] ---\nAPPEAR\n- * (BEFORE COURT) [:173]\n', 'c.txt');
    expect(problems).toEqual([]);
    expect(entries.map((p) => [p.code, p.reverse, render(p.pattern)])).toEqual([['---', '173', 'verb before court']]);
  });
});
