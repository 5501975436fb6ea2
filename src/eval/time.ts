/**
 * `dyad eval time FILE.jsonl [--json]`: the time stage against TimeML gold
 * (../shared/data/tempeval3-timex, meantime-en `dev.jsonl`), TempEval-3 style:
 * detection F1 with strict (same span) and relaxed (overlapping) matching, then on
 * relaxed matches the accuracy of `value` and `type`, and value F1 (a match counts
 * only with the right value). MEANTIME is scored up to its last annotated item.
 */
import type { Command } from 'commander';
import { type Context, createContext } from '../context.js';
import { articleId } from '../core/article.js';
import type { Span } from '../core/span.js';
import { segment } from '../stages/segment/index.js';
import { resolveTimes } from '../stages/time/index.js';
import { formatPrf, type Prf, pct, prf, rate, readJsonl } from './_score.js';

/** A gold or predicted time expression. */
export interface TimexItem {
  readonly span: Span;
  readonly text: string;
  readonly value: string;
  /** Lower case: date, time, duration, set. */
  readonly type: string;
}

/** The scores of `dyad eval time`. */
export interface TimeReport {
  readonly documents: number;
  readonly strict: Prf;
  readonly relaxed: Prf;
  readonly valueAccuracy: number;
  readonly typeAccuracy: number;
  readonly value: Prf;
  /** A sample of wrong values on matched spans: `text: gold → predicted`. */
  readonly wrongValues: readonly string[];
}

interface DocScore {
  readonly strict: number;
  readonly relaxed: number;
  readonly values: number;
  readonly types: number;
  readonly gold: number;
  readonly predicted: number;
  readonly wrong: string[];
}

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** One-to-one matching of one document: exact spans first, then overlaps. */
export function scoreDocument(gold: readonly TimexItem[], predicted: readonly TimexItem[]): DocScore {
  const used = new Set<number>();
  const pairs: [TimexItem, TimexItem][] = [];
  let strict = 0;
  for (const exact of [true, false]) {
    for (const g of gold) {
      if (pairs.some(([x]) => x === g)) continue;
      const i = predicted.findIndex(
        (p, k) =>
          !used.has(k) &&
          (exact ? p.span.start === g.span.start && p.span.end === g.span.end : overlap(p.span, g.span)),
      );
      const p = predicted[i];
      if (!p) continue;
      used.add(i);
      pairs.push([g, p]);
      if (exact) strict++;
    }
  }
  const wrong = pairs.filter(([g, p]) => g.value !== p.value).map(([g, p]) => `${g.text}: ${g.value} → ${p.value}`);
  return {
    strict,
    relaxed: pairs.length,
    values: pairs.length - wrong.length,
    types: pairs.filter(([g, p]) => g.type === p.type).length,
    gold: gold.length,
    predicted: predicted.length,
    wrong,
  };
}

/** Sums document scores into a report. */
export function timeReport(scores: readonly DocScore[]): TimeReport {
  const sum = (f: (s: DocScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const [gold, predicted, strict, relaxed, values] = [
    sum((s) => s.gold),
    sum((s) => s.predicted),
    sum((s) => s.strict),
    sum((s) => s.relaxed),
    sum((s) => s.values),
  ];
  return {
    documents: scores.length,
    strict: prf(strict, predicted - strict, gold - strict),
    relaxed: prf(relaxed, predicted - relaxed, gold - relaxed),
    valueAccuracy: rate(values, relaxed),
    typeAccuracy: rate(
      sum((s) => s.types),
      relaxed,
    ),
    value: prf(values, predicted - values, gold - values),
    wrongValues: scores.flatMap((s) => s.wrong).slice(0, 40),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function goldItems(v: Record<string, unknown>): TimexItem[] {
  const list = Array.isArray(v.timexes) ? v.timexes : [];
  return list.filter(isObject).map((t) => ({
    span: { start: Number(t.start), end: Number(t.end) },
    text: String(t.text ?? ''),
    value: String(t.value ?? ''),
    type: String(t.type ?? '').toLowerCase(),
  }));
}

/**
 * Where annotation stops. MEANTIME annotates only the first sentences of each article,
 * so predictions after its last annotated event or time are not counted as errors.
 */
function annotatedEnd(v: Record<string, unknown>): number {
  if (!Array.isArray(v.event_mentions)) return Number.POSITIVE_INFINITY;
  const ends = [...v.event_mentions, ...(Array.isArray(v.timexes) ? v.timexes : [])]
    .filter(isObject)
    .map((x) => Number(x.end));
  return Math.max(0, ...ends.filter(Number.isFinite));
}

/** Scores one gold record (TempEval-3 `dct` or MEANTIME `date`); null when it is not one. */
export function scoreRecord(v: unknown, ctx: Context): DocScore | null {
  if (!isObject(v) || typeof v.text !== 'string') return null;
  const date = typeof v.dct === 'string' ? v.dct : typeof v.date === 'string' ? v.date : null;
  const article = { id: articleId(String(v.id ?? 'doc')), date, text: v.text };
  const { times } = resolveTimes(segment(article, ctx), ctx);
  const limit = annotatedEnd(v);
  return scoreDocument(
    goldItems(v),
    times.filter((t) => t.span.start < limit),
  );
}

/** Reads and scores a gold file; problems are unreadable lines. */
export function runTimeEval(file: string, ctx: Context = createContext()): { report: TimeReport; problems: string[] } {
  const { rows, problems } = readJsonl(file);
  const scores: DocScore[] = [];
  for (const row of rows) {
    const s = scoreRecord(row.value, ctx);
    if (s) scores.push(s);
    else problems.push(`${file} line ${row.line}: not a record with text and timexes`);
  }
  return { report: timeReport(scores), problems };
}

/** The report as text. */
export function formatTimeReport(r: TimeReport): string {
  return [
    `${r.documents} documents`,
    `  ${formatPrf('detection, strict', r.strict)}`,
    `  ${formatPrf('detection, relaxed', r.relaxed)}`,
    `  value accuracy (matched)  ${pct(r.valueAccuracy)}   type accuracy (matched)  ${pct(r.typeAccuracy)}`,
    `  ${formatPrf('value', r.value)}`,
    '',
    'wrong values (sample):',
    ...r.wrongValues.map((w) => `  ${w}`),
  ].join('\n');
}

/** Registers `dyad eval time` under the `dyad eval` command. */
export function registerTimeEval(evalCommand: Command): Command {
  return evalCommand
    .command('time')
    .description('score time expressions against TimeML gold (TempEval-3, MEANTIME)')
    .argument('<file>', 'gold JSONL, e.g. ../shared/data/tempeval3-timex/dev.jsonl')
    .option('--json', 'print the report as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const { report, problems } = runTimeEval(file);
      for (const p of problems) console.error(`dyad: warning: ${p}`);
      console.log(options.json ? JSON.stringify(report, null, 2) : `time ${file}\n\n${formatTimeReport(report)}`);
    });
}
