/**
 * What surrounds an amount: the noun it counts ("400 delegations", "hundreds of
 * thousands of women"), the year of its clause ("In 2023 alone") and who asserts it
 * (the speaker of the quote it sits in).
 */

import type { Quote, Segmented, Speaker, Token } from '../../core/document.js';
import { lowerBound, tokenAtOrAfter } from '../../core/search.js';
import type { Span } from '../../core/span.js';

const TIME_UNITS: ReadonlyMap<string, true> = new Map(
  ['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'night', 'time', 'times']
    .flatMap((w) => [w, `${w}s`])
    .map((w) => [w, true] as const),
);
const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(?:centuries|a\.m\.|p\.m\.|am|pm|gmt|utc)$/i;
const SKIP: ReadonlyMap<string, true> = new Map(['ADJ', 'ADV', 'NUM', 'DET'].map((p) => [p, true] as const));

/** The counted noun right after `end` (skipping adjectives, "of"): its token, or null. */
export function countedNoun(doc: Segmented, from: number, sentenceEnd: number): Token | null {
  let i = tokenAtOrAfter(doc.tokens, from);
  for (let n = 0; n < 4 && i < doc.tokens.length; n++, i++) {
    const t = doc.tokens[i];
    if (!t || t.span.start >= sentenceEnd) return null;
    const compound = t.pos === 'PROPN' && (n > 0 || doc.tokens[i + 1]?.pos === 'NOUN');
    if (t.pos === 'NOUN' || compound || (t.pos === 'VERB' && /s$/.test(t.text) && n === 0)) {
      return compoundHead(doc.tokens, i, sentenceEnd);
    }
    if (!SKIP.has(t.pos) && t.normal !== 'of') return null;
  }
  return null;
}

/** The last noun of a compound starting at `i`: "Republican candidates", "percentage points". */
function compoundHead(tokens: readonly Token[], i: number, sentenceEnd: number): Token | null {
  let j = i;
  const next = (k: number) => tokens[k + 1];
  while ((next(j)?.pos === 'NOUN' || next(j)?.pos === 'PROPN') && (next(j)?.span.end ?? sentenceEnd) <= sentenceEnd)
    j++;
  return tokens[j] ?? null;
}

/** True for nouns that make the amount a time, a date or an age, not a claim. */
export function isTimeWord(t: Token): boolean {
  return TIME_UNITS.has(t.normal) || MONTHS.test(t.text);
}

const YEAR_IN_CLAUSE = /\b(?:in|during|since|by|for|of|through)\s+(1[5-9]\d\d|20\d\d)(?![\w,])/gi;

export interface TimeLike {
  readonly span: Span;
  readonly value: string;
  readonly granularity?: string;
}

/** The year a sentence sets for its numbers: a year time expression there, else "in 2023". */
export function periodOf(doc: Segmented, sentence: Span, times: Spans<TimeLike> | null): string | undefined {
  if (times) {
    // Only a year the sentence writes out ("In 2023 alone"), not one inferred from "December".
    const written = (x: TimeLike) =>
      /^\d{4}$/.test(x.value) && doc.text.slice(x.span.start, x.span.end).includes(x.value);
    return times.inside(sentence, written)?.value;
  }
  const m = [...doc.text.slice(sentence.start, sentence.end).matchAll(YEAR_IN_CLAUSE)][0];
  return m?.[1];
}

/** The quote an amount sits in (the first of `quotes` holding it), and its speaker as the claimant. */
export function claimantOf(quotes: Spans<Quote>, s: Span): { speaker: Speaker | null; quoteId?: string } {
  const q = quotes.holding(s);
  return q ? { speaker: q.speaker, quoteId: q.id } : { speaker: null };
}

/**
 * Items with spans, for lookups by span that answer as `items.find` would. When the
 * items are sorted by start (as every stage writes them), each lookup is a binary
 * search (over starts, or over the running maximum of ends); otherwise a plain scan.
 */
export class Spans<T extends { readonly span: Span }> {
  private readonly items: readonly T[];
  private readonly maxEnd: number[] | null;

  constructor(items: readonly T[]) {
    this.items = items;
    const sorted = items.every((x, i) => i === 0 || (items[i - 1]?.span.start ?? 0) <= x.span.start);
    const maxEnd: number[] = [];
    for (const x of sorted ? items : []) maxEnd.push(Math.max(maxEnd.at(-1) ?? Number.NEGATIVE_INFINITY, x.span.end));
    this.maxEnd = sorted ? maxEnd : null;
  }

  /** The first item holding `s` (`start ≤ s.start`, `s.end ≤ end`) and passing `test`. */
  holding(s: Span, test: (x: T) => boolean = () => true): T | undefined {
    const maxEnd = this.maxEnd;
    const holds = (x: T) => x.span.start <= s.start && s.end <= x.span.end && test(x);
    if (!maxEnd) return this.items.find(holds);
    // Items before the first ending at or after s.end end too early; items from the first starting after s.start start too late.
    const from = lowerBound(maxEnd.length, (k) => (maxEnd[k] ?? 0) < s.end);
    const to = lowerBound(this.items.length, (k) => (this.items[k]?.span.start ?? 0) <= s.start);
    for (let i = from; i < to; i++) {
      const x = this.items[i] as T;
      if (holds(x)) return x;
    }
    return undefined;
  }

  /** The first item lying inside `s` (`s.start ≤ start`, `end ≤ s.end`) and passing `test`. */
  inside(s: Span, test: (x: T) => boolean = () => true): T | undefined {
    const within = (x: T) => x.span.start >= s.start && x.span.end <= s.end && test(x);
    if (!this.maxEnd) return this.items.find(within);
    for (
      let i = lowerBound(this.items.length, (k) => (this.items[k]?.span.start ?? 0) < s.start);
      i < this.items.length;
      i++
    ) {
      const x = this.items[i] as T;
      if (x.span.start > s.end) return undefined;
      if (within(x)) return x;
    }
    return undefined;
  }
}
