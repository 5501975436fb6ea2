/**
 * `dyad eval quotes FILE.jsonl [--json]`: the quotes stage against PolNeAR attributions
 * (../shared/data/polnear/dev.jsonl; `annotations[0]` is the gold). PolNeAR marks every
 * attribution (speech, writing, belief, findings) as source + cue + content spans, the
 * content direct (in quotation marks) or indirect (a paraphrase or reported clause).
 *
 * Matching is by overlap, many to one (see `scoreArticle`). Reported, for all
 * attributions and split into direct and indirect ones:
 * - content: P/R/F1 of detection (a quote is right when it overlaps some attribution's
 *   content; an attribution is found when some quote overlaps it);
 * - on matched pairs (each quote with the attribution it overlaps most): cue accuracy
 *   (overlapping cue spans) and speaker accuracy (see `speakerRight`);
 * - attribution: P/R/F1 where a quote or attribution counts only when the content
 *   overlaps AND the speaker is right.
 * A predicted quote is direct when it sits in quotation marks (kind direct or partial);
 * an attribution is direct when its content opens with a quotation mark (“ " or '').
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

/** Scores of one class of attributions (all, direct or indirect). */
export interface ClassReport {
  /** Content detection by overlap. */
  readonly content: Prf;
  /** Content overlap and the right speaker. */
  readonly attribution: Prf;
  /** Quotes of the class matched to an attribution of the class. */
  readonly matched: number;
  readonly cueAccuracy: number;
  readonly speakerAccuracy: number;
}

/** The scores of `dyad eval quotes`. */
export interface QuotesReport {
  readonly articles: number;
  readonly all: ClassReport;
  readonly direct: ClassReport;
  readonly indirect: ClassReport;
}

/** Counts of one class. */
export interface ClassCounts {
  predicted: number;
  gold: number;
  /** Quotes of the class overlapping some attribution. */
  hit: number;
  /** Those with the right speaker for the attribution they overlap most. */
  hitRight: number;
  /** Pairs (quote, attribution it overlaps most) both of the class. */
  matched: number;
  /** Attributions some quote overlaps. */
  goldFound: number;
  /** Matched pairs with the right speaker. */
  matchedRight: number;
  /** Attributions some overlapping quote gives the right speaker. */
  goldRight: number;
  cues: number;
}

export type Counts = Record<'all' | 'direct' | 'indirect', ClassCounts>;

const emptyClass = (): ClassCounts => ({
  predicted: 0,
  gold: 0,
  hit: 0,
  hitRight: 0,
  matched: 0,
  goldFound: 0,
  matchedRight: 0,
  goldRight: 0,
  cues: 0,
});

/** Zeroed counts. */
export const emptyCounts = (): Counts => ({ all: emptyClass(), direct: emptyClass(), indirect: emptyClass() });

/** Precision over predictions (`right` of `predicted`), recall over gold (`found` of `gold`). */
function overlapPrf(right: number, predicted: number, found: number, gold: number): Prf {
  const precision = rate(right, predicted);
  const recall = rate(found, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...prf(found, predicted - right, gold - found), precision, recall, f1 };
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const overlapAny = (a: Span, list: readonly Span[]): number => list.reduce((n, b) => n + overlap(a, b), 0);
/** The last word, less a possessive ending ("Clinton’s" → "clinton"). */
const lastWord = (s: string): string =>
  s
    .toLowerCase()
    .replace(/['’]s?\s*$/u, '')
    .match(/[\p{L}\p{N}]+/gu)
    ?.at(-1) ?? '';
const RELATIVE = /^(?:who|which|that)$/i;

/**
 * The speaker is right when its span overlaps the gold source, or its name ends with the
 * source's last word ("Hillary Clinton" for "Mrs. Clinton"), or the source is a relative
 * pronoun ("Trump, who said") and the speaker is the phrase right before it. With no
 * gold source, only "no speaker" is right.
 */
export function speakerRight(q: Quote, g: GoldAttribution, text: string): boolean {
  if (!q.speaker) return g.source.length === 0;
  if (g.source.length === 0) return false;
  const sp = q.speaker;
  if (overlapAny(sp.span, g.source) > 0) return true;
  if (g.source.some((s) => lastWord(s.text) === lastWord(sp.name))) return true;
  return g.source.some(
    (s) => RELATIVE.test(s.text) && sp.span.end <= s.start && /^[\s,]*$/.test(text.slice(sp.span.end, s.start)),
  );
}

const isDirect = (q: Quote): boolean => q.kind !== 'indirect';

/**
 * The attribution a quote reports: among those whose content it overlaps, one whose cue
 * its cue overlaps ("X said Y believes Z": the quote of "believes" pairs with the belief,
 * not the saying around it), else the one it overlaps most; undefined when none.
 */
export function pairOf(q: Quote, gold: readonly GoldAttribution[]): GoldAttribution | undefined {
  let best: GoldAttribution | undefined;
  let bestScore = 0;
  for (const x of gold) {
    const o = overlapAny(q.span, x.content);
    if (o === 0) continue;
    const cue = q.cue !== null && overlapAny(q.cue.span, x.cue) > 0;
    const score = (cue ? 1e9 : 0) + o;
    if (score > bestScore) [best, bestScore] = [x, score];
  }
  return best;
}

/**
 * Counts for one article. Overlap matching, many to one: a quote is right when its
 * content overlaps an attribution's (a partial quote inside a reported clause and the
 * clause both count), an attribution is found when any quote overlaps it. Cue and
 * speaker are checked against the attribution each quote reports (`pairOf`). Split classes:
 * precision over the quotes of the class, recall over the attributions of the class (a
 * direct one found only by a quote in quotation marks, an indirect one by any quote),
 * cue and speaker accuracy over pairs whose quote and attribution are both of the class.
 */
export function scoreArticle(quotes: readonly Quote[], gold: readonly GoldAttribution[], c: Counts, text = ''): void {
  const classOf = (direct: boolean) => (direct ? c.direct : c.indirect);
  for (const q of quotes) {
    c.all.predicted++;
    classOf(isDirect(q)).predicted++;
  }
  for (const g of gold) {
    c.all.gold++;
    const k = classOf(g.direct);
    k.gold++;
    const hits = quotes.filter((q) => overlapAny(q.span, g.content) > 0);
    const right = hits.filter((q) => speakerRight(q, g, text));
    if (hits.length) c.all.goldFound++;
    if (right.length) c.all.goldRight++;
    const own = (q: Quote) => !g.direct || isDirect(q);
    if (hits.some(own)) k.goldFound++;
    if (right.some(own)) k.goldRight++;
  }
  for (const q of quotes) {
    const g = pairOf(q, gold);
    if (!g) continue;
    const cue = q.cue !== null && overlapAny(q.cue.span, g.cue) > 0;
    const right = speakerRight(q, g, text);
    for (const k of [c.all, classOf(isDirect(q))]) {
      k.hit++;
      if (right) k.hitRight++;
      if (k !== c.all && g.direct !== isDirect(q)) continue;
      k.matched++;
      if (cue) k.cues++;
      if (right) k.matchedRight++;
    }
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
    const direct = /["“”]|''/.test(text.slice(Math.max(0, start - 2), start + 2));
    return { source: spans(a.source), cue: spans(a.cue), content, direct };
  });
}

/** Rates of one class from its counts. */
export function classReport(k: ClassCounts): ClassReport {
  return {
    content: overlapPrf(k.hit, k.predicted, k.goldFound, k.gold),
    attribution: overlapPrf(k.hitRight, k.predicted, k.goldRight, k.gold),
    matched: k.matched,
    cueAccuracy: rate(k.cues, k.matched),
    speakerAccuracy: rate(k.matchedRight, k.matched),
  };
}

/** Reads and scores a gold file; problems are unreadable lines. */
export function runQuotesEval(
  file: string,
  ctx: Context = createContext(),
): { report: QuotesReport; problems: string[] } {
  const { rows, problems } = readJsonl(file);
  const c = emptyCounts();
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
    scoreArticle(findQuotes(findActors(doc, ctx), ctx).quotes, gold, c, v.text);
    articles++;
  }
  const report: QuotesReport = {
    articles,
    all: classReport(c.all),
    direct: classReport(c.direct),
    indirect: classReport(c.indirect),
  };
  return { report, problems };
}

/** The report as text. */
export function formatQuotesReport(r: QuotesReport): string {
  const lines = [`${r.articles} articles`];
  for (const [label, k] of [
    ['all attributions', r.all],
    ['direct quotes', r.direct],
    ['indirect speech', r.indirect],
  ] as const) {
    lines.push(
      `  ${label}`,
      `    ${formatPrf('content', k.content)}`,
      `    ${formatPrf('content + speaker', k.attribution)}`,
      `    on ${k.matched} matched: cue ${pct(k.cueAccuracy)}, speaker ${pct(k.speakerAccuracy)}`,
    );
  }
  return lines.join('\n');
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
