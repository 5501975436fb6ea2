/**
 * dyad's built-in English verb patterns (data/cameo/verbs.tsv): which CAMEO event a verb
 * codes in which construction ("accuse * + of" → 112). Validated at first load: every code
 * must be in events.tsv and every pattern must parse.
 *
 * Order: the coder keeps the first of equally good matches, so patterns with more literal
 * words come first (a stable sort): "oppose * _ mediation" (126) beats "oppose * +" (110)
 * when both match one item, because a word the sentence spells is better evidence of the
 * event type than an actor slot the coder would fill anyway. Compound patterns ("% * _ talks",
 * "Israel and Syria held talks") come before all others: they match only a mutual act.
 */

import { dictionary } from '../core/source.js';
import { parsePatternText } from '../dictionaries/pattern-text.js';
import type { VerbPattern } from '../dictionaries/types.js';
import { dataFile, readTsv, tableError } from './_tsv.js';
import { loadCameoCodes } from './cameo.js';

const HEADER = ['code', 'verb', 'pattern', 'note'] as const;
const LEMMA = /^[a-z][a-z-]*$/;

/** Reads and validates a verb-pattern table (throws naming file and line on a bad row). */
export function readVerbPatterns(file: string): readonly VerbPattern[] {
  const codes = loadCameoCodes();
  const seen = new Map<string, number>();
  const patterns: VerbPattern[] = [];
  for (const row of readTsv(file, HEADER, 3)) {
    const [code = '', verb = '', text = ''] = row.cells;
    const fail = (message: string) => tableError(file, row.line, message);
    if (!codes.has(code)) throw fail(`unknown CAMEO code "${code}"`);
    if (!LEMMA.test(verb)) throw fail(`bad verb lemma "${verb}"`);
    const pattern = parsePatternText(text);
    if ('error' in pattern) throw fail(`bad pattern "${text}": ${pattern.error}`);
    const entry = `${verb}: ${text}`;
    const earlier = seen.get(entry);
    if (earlier !== undefined) throw fail(`"${entry}" repeats line ${earlier}`);
    seen.set(entry, row.line);
    patterns.push({ code, verbs: [verb], pattern, source: dictionary('verbs', entry) });
  }
  return bySpecificity(patterns);
}

/** How many literal words a pattern spells (synonym sets count once). */
function literalWords(p: VerbPattern): number {
  return p.pattern.filter((item) => item.kind === 'word').length;
}

/** 1 for a pattern with a `%` compound (a mutual act), else 0. */
function mutual(p: VerbPattern): number {
  return p.pattern.some((item) => item.kind === 'compound') ? 1 : 0;
}

/**
 * Compound (`%`) patterns first, as they only match where two actors act together; then
 * patterns with more literal words; file order otherwise (Array#sort is stable).
 */
function bySpecificity(patterns: readonly VerbPattern[]): VerbPattern[] {
  // Keys computed once per pattern, not once per comparison (this runs at every start-up).
  const keyed = patterns.map((p) => ({ p, rank: mutual(p) * 1000 + literalWords(p) }));
  keyed.sort((a, b) => b.rank - a.rank);
  return keyed.map((k) => k.p);
}

let builtin: readonly VerbPattern[] | undefined;

/** dyad's own verb patterns from data/cameo/verbs.tsv, loaded and validated once. */
export function builtinVerbPatterns(): readonly VerbPattern[] {
  builtin ??= readVerbPatterns(dataFile('cameo', 'verbs.tsv'));
  return builtin;
}
