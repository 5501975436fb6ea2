/**
 * `dyad eval quotes FILE.jsonl [--json]`: the quotes stage against PolNeAR attributions
 * (../shared/data/polnear/dev.jsonl; `annotations[0]` is the gold). A predicted quote
 * is right when it overlaps an attribution's content (see `scoreArticle`). Reported:
 * detection P/R/F1 over all attributions and over direct ones (content in quotation
 * marks), and on matched pairs the share with the right cue (overlapping spans) and the
 * right speaker (overlapping spans or the same last word of the name; null for none).
 */
import type { Command } from 'commander';
import { type Context, createContext } from '../context.js';
import { articleId } from '../core/article.js';
import type { Quote } from '../core/document.js';
import type { Span } from '../core/span.js';
import { findActors } from '../stages/mentions/index.js';
import { findQuotes } from '../stages/quotes/index.js';
import { segment } from '../stages/segment/index.js';
import { formatPrf, type Prf, pct, prf, rate, readJsonl } from './_score.js';

/** One gold attribution, its roles as lists of spans. */
export interface GoldAttribution {
  readonly source: readonly (Span & { readonly text: string })[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
  /** Content in quotation marks. */
  readonly direct: boolean;
}

/** The scores of `dyad eval quotes`. */
export interface QuotesReport {
  readonly articles: number;
  readonly all: Prf;
  readonly direct: Prf;
  readonly cueAccuracy: number;
  readonly speakerAccuracy: number;
  /** On gold direct quotes matched by a quote in quotation marks. */
  readonly speakerAccuracyDirect: number;
  readonly matched: number;
}

/** Precision over predictions (`right` of `predicted`), recall over gold (`found` of `gold`). */
function overlapPrf(right: number, predicted: number, found: number, gold: number): Prf {
  const precision = rate(right, predicted);
  const recall = rate(found, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...prf(right, predicted - right, gold - found), precision, recall, f1 };
}

interface Counts {
  predicted: number;
  predictedDirect: number;
  gold: number;
  goldDirect: number;
  /** Quotes overlapping an attribution. */
  matched: number;
  /** Quotes in quotation marks overlapping an attribution. */
  predictedDirectMatched: number;
  /** Attributions some quote overlaps. */
  goldFound: number;
  /** Direct attributions some quote in quotation marks overlaps. */
  goldDirectFound: number;
  cues: number;
  speakers: number;
  /** Quotes in quotation marks whose best attribution is direct, and those with the right speaker. */
  pairsDirect: number;
  speakersDirect: number;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const overlapAny = (a: Span, list: readonly Span[]): number => list.reduce((n, b) => n + overlap(a, b), 0);
const lastWord = (s: string): string =>
  s
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
    ?.at(-1) ?? '';

function speakerRight(q: Quote, g: GoldAttribution): boolean {
  if (!q.speaker) return g.source.length === 0;
  if (g.source.length === 0) return false;
  const sp = q.speaker;
  return overlapAny(sp.span, g.source) > 0 || g.source.some((s) => lastWord(s.text) === lastWord(sp.name));
}

/**
 * Counts for one article. Overlap matching, many to one: a quote is right when its
 * content overlaps an attribution's (a partial quote inside a reported clause and the
 * clause both count), a gold attribution is found when any quote overlaps it. Cue and
 * speaker are checked against the attribution each quote overlaps most.
 */
export function scoreArticle(quotes: readonly Quote[], gold: readonly GoldAttribution[], c: Counts): void {
  c.predicted += quotes.length;
  c.predictedDirect += quotes.filter((q) => q.kind !== 'indirect').length;
  c.gold += gold.length;
  c.goldDirect += gold.filter((g) => g.direct).length;
  for (const g of gold) {
    const hits = quotes.filter((q) => overlapAny(q.span, g.content) > 0);
    if (hits.length) c.goldFound++;
    if (g.direct && hits.some((q) => q.kind !== 'indirect')) c.goldDirectFound++;
  }
  for (const q of quotes) {
    let g: GoldAttribution | undefined;
    let bestOverlap = 0;
    for (const x of gold) {
      const o = overlapAny(q.span, x.content);
      if (o > bestOverlap) [g, bestOverlap] = [x, o];
    }
    if (!g) continue;
    c.matched++;
    const marked = q.kind !== 'indirect';
    if (marked) c.predictedDirectMatched++;
    if (q.cue && overlapAny(q.cue.span, g.cue) > 0) c.cues++;
    const right = speakerRight(q, g);
    if (right) c.speakers++;
    if (g.direct && marked) c.pairsDirect++;
    if (right && g.direct && marked) c.speakersDirect++;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const spans = (v: unknown): (Span & { text: string })[] =>
  (Array.isArray(v) ? v : [])
    .filter(isObject)
    .map((s) => ({ start: Number(s.start), end: Number(s.end), text: String(s.text ?? '') }));

/** The gold attributions of a record (first annotator); null when it has none. */
export function goldOf(v: Record<string, unknown>, text: string): GoldAttribution[] | null {
  const first = Array.isArray(v.annotations) ? v.annotations.find(isObject) : undefined;
  if (!first || !Array.isArray(first.attributions)) return null;
  return first.attributions.filter(isObject).map((a) => {
    const content = spans(a.content);
    const start = content[0]?.start ?? 0;
    const direct = /["“”]/.test(text.slice(Math.max(0, start - 1), start + 1));
    return { source: spans(a.source), cue: spans(a.cue), content, direct };
  });
}

/** Reads and scores a gold file; problems are unreadable lines. */
export function runQuotesEval(
  file: string,
  ctx: Context = createContext(),
): { report: QuotesReport; problems: string[] } {
  const { rows, problems } = readJsonl(file);
  const c: Counts = {
    predicted: 0,
    predictedDirect: 0,
    gold: 0,
    goldDirect: 0,
    matched: 0,
    predictedDirectMatched: 0,
    goldFound: 0,
    goldDirectFound: 0,
    cues: 0,
    speakers: 0,
    pairsDirect: 0,
    speakersDirect: 0,
  };
  let articles = 0;
  for (const row of rows) {
    const v = row.value;
    const gold = isObject(v) && typeof v.text === 'string' ? goldOf(v, v.text) : null;
    if (!isObject(v) || typeof v.text !== 'string' || !gold) {
      problems.push(`${file} line ${row.line}: not a record with text and annotations`);
      continue;
    }
    const date = typeof v.date === 'string' ? v.date : null;
    const doc = segment({ id: articleId(String(v.id ?? row.line)), date, text: v.text }, ctx);
    scoreArticle(findQuotes(findActors(doc, ctx), ctx).quotes, gold, c);
    articles++;
  }
  const report: QuotesReport = {
    articles,
    all: overlapPrf(c.matched, c.predicted, c.goldFound, c.gold),
    direct: overlapPrf(c.predictedDirectMatched, c.predictedDirect, c.goldDirectFound, c.goldDirect),
    cueAccuracy: rate(c.cues, c.matched),
    speakerAccuracy: rate(c.speakers, c.matched),
    speakerAccuracyDirect: rate(c.speakersDirect, c.pairsDirect),
    matched: c.matched,
  };
  return { report, problems };
}

/** The report as text. */
export function formatQuotesReport(r: QuotesReport): string {
  return [
    `${r.articles} articles`,
    `  ${formatPrf('all attributions', r.all)}`,
    `  ${formatPrf('direct quotes', r.direct)}`,
    `  on ${r.matched} matched: cue ${pct(r.cueAccuracy)}, speaker ${pct(r.speakerAccuracy)}`,
    `  speaker on matched direct quotes: ${pct(r.speakerAccuracyDirect)}`,
  ].join('\n');
}

/** Registers `dyad eval quotes` under the `dyad eval` command. */
export function registerQuotesEval(evalCommand: Command): Command {
  return evalCommand
    .command('quotes')
    .description('score quotes and speakers against PolNeAR attributions')
    .argument('<file>', 'gold JSONL, e.g. ../shared/data/polnear/dev.jsonl')
    .option('--json', 'print the report as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const { report, problems } = runQuotesEval(file);
      for (const p of problems) console.error(`dyad: warning: ${p}`);
      console.log(options.json ? JSON.stringify(report, null, 2) : `quotes ${file}\n\n${formatQuotesReport(report)}`);
    });
}
