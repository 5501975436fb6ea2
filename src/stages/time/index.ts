/**
 * @module time
 * Reads sentences and the publication date; adds `times`: time expressions normalised
 * TIMEX3-style (`2024-01-03`, `2018`, `199`, `2024-W01`, `P3Y`, `PAST_REF`). chrono-node
 * parses each sentence; our rules (years, decades, relative units, durations, sets,
 * holidays, vague references) run beside it, and on overlap the longer span wins, a rule
 * on ties. "That year" and "the following year" are then read from the last year given.
 */

import type { Context } from '../../context.js';
import type { Segmented, Timed, TimeExpr } from '../../core/document.js';
import { applyRule, type Candidate, mayHaveDate, type RuleInput } from './_candidate.js';
import { chronoCandidates } from './_chrono.js';
import { MONTH_RULES } from './_rules-months.js';
import { REF_RULES } from './_rules-refs.js';
import { RELATIVE_RULES } from './_rules-relative.js';
import { YEAR_RULES } from './_rules-years.js';
import { referenceDay } from './_timex.js';

/** Our rules, in priority order: longer relative patterns, years, months, then vague references. */
const RULES = [...RELATIVE_RULES, ...YEAR_RULES, ...MONTH_RULES, ...REF_RULES] as const;
/** The rules that can match a sentence without a date word (most sentences of news). */
const ANYWHERE_RULES = RULES.filter((r) => r.anywhere === true);

const length = (c: Candidate): number => c.end - c.start;

/** Keeps non-overlapping candidates: longest first; on equal length the earlier (rules before chrono). */
export function pickCandidates(candidates: readonly Candidate[]): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => length(b.c) - length(a.c) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** All time expressions of one sentence, with offsets into the sentence. */
export function findInSentence(input: RuleInput): Candidate[] {
  const rules = mayHaveDate(input.text) ? RULES : ANYWHERE_RULES;
  const lower = input.text.toLowerCase();
  const ours = rules.flatMap((r) => applyRule(r, input, lower));
  return pickCandidates([...ours, ...chronoCandidates(input)]);
}

/** The year of the last dated expression, and the sentence it is in. */
interface Anchor {
  readonly year: number;
  readonly sentence: number;
}

/** The value of an anaphoric candidate ("that year") from the last dated expression, if near enough. */
function anchored(c: Candidate, anchor: Anchor | null, sentence: number): string {
  const a = c.anaphoric;
  if (!a || !anchor || sentence - anchor.sentence > (a.within ?? Number.POSITIVE_INFINITY)) return c.value;
  return String(anchor.year + a.years).padStart(4, '0');
}

/** Finds time expressions and normalises them against the publication date. */
export function resolveTimes<D extends Segmented>(doc: D, _ctx: Context): D & Timed {
  const ref = referenceDay(doc.date);
  const times: TimeExpr[] = [];
  let anchor: Anchor | null = null;
  for (const sentence of doc.sentences) {
    for (const c of findInSentence({ text: sentence.text, ref, article: doc.text })) {
      const start = sentence.span.start + c.start;
      const end = sentence.span.start + c.end;
      const value = anchored(c, anchor, sentence.index);
      const year = /^(\d{4})(?:-|$)/.exec(value);
      if (year) anchor = { year: Number(year[1]), sentence: sentence.index };
      times.push({
        id: `t${times.length + 1}`,
        span: { start, end },
        text: doc.text.slice(start, end),
        value,
        granularity: c.granularity,
        type: c.type,
        sentence: sentence.index,
        source: c.source,
      });
    }
  }
  return { ...doc, times };
}
