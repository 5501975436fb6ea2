/**
 * Look-ups the events stage makes for every verb, sentence or event, prepared once per document
 * so that coding stays linear (or n·log n) in the article's length (issue 7): the quotes holding
 * each token, whether a sentence overlaps a quote with a coded speaker, and the times and place
 * mentions of each sentence. Every answer is the one the plain scan over the document gives.
 */

import type { Placed, PlaceMention, Quote, Quoted, Segmented, Timed, TimeExpr } from '../../core/document.js';
import { tokenAtOrAfter } from '../../core/search.js';
import { contains, overlapTest, type Span } from '../../core/span.js';

/** A place mention with its place's index (the order the plain scan visits them in). */
export interface SentencePlace {
  readonly place: number;
  readonly mention: PlaceMention;
}

export interface Lookup {
  /** The first quote (in `doc.quotes` order) whose span holds the start of token `t`. */
  quoteAt(t: number): Quote | undefined;
  /** The first quote holding a span that starts with token `t`. */
  quoteHolding(t: number, span: Span): Quote | undefined;
  /** True when a quote with a coded speaker overlaps the span. */
  spokenIn(span: Span): boolean;
  /** The time expressions of a sentence, in `doc.times` order. */
  timesOf(sentence: number): readonly TimeExpr[];
  /** The place mentions of a sentence, in `doc.places` then `mentions` order. */
  placesOf(sentence: number): readonly SentencePlace[];
}

const NONE: readonly never[] = [];

function bySentence<T>(items: Iterable<[number, T]>): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const [k, v] of items) {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  }
  return map;
}

/**
 * For each token, the first quote (in `doc.quotes` order) holding its start. Quotes may nest
 * deeply (an indirect quote per clause of one long sentence), so each token is painted once, by
 * the first quote to reach it: unpainted tokens are found through "next unpainted" links.
 */
function firstQuoteOfTokens(doc: Segmented & Quoted): (Quote | undefined)[] {
  const n = doc.tokens.length;
  const out: (Quote | undefined)[] = new Array(n).fill(undefined);
  const next = Array.from({ length: n + 1 }, (_, i) => i);
  const unpainted = (i: number): number => {
    let root = i;
    while ((next[root] ?? n) !== root) root = next[root] ?? n;
    for (let j = i; j !== root; ) {
      const up = next[j] ?? n;
      next[j] = root;
      j = up;
    }
    return root;
  };
  const firstAt = (x: number): number => tokenAtOrAfter(doc.tokens, x);
  for (const q of doc.quotes) {
    const end = firstAt(q.span.end);
    for (let t = unpainted(firstAt(q.span.start)); t < end; t = unpainted(t + 1)) {
      out[t] = q;
      next[t] = t + 1;
    }
  }
  return out;
}

/** Prepares the look-ups of one document. */
export function lookup(doc: Segmented & Timed & Placed & Quoted): Lookup {
  const atToken = firstQuoteOfTokens(doc);
  const spoken = overlapTest(doc.quotes.filter((q) => q.speaker?.code).map((q) => q.span));
  const times = bySentence(doc.times.map((t) => [t.sentence, t]));
  const places = bySentence(
    doc.places.flatMap((p, place) =>
      p.mentions.map((mention): [number, SentencePlace] => [mention.sentence, { place, mention }]),
    ),
  );
  return {
    quoteAt: (t) => atToken[t],
    quoteHolding: (t, span) => {
      // A quote holding the span holds its start: the first such quote is the answer when it
      // holds the whole span; else (a quote ending inside a word) the plain scan decides.
      const q = atToken[t];
      return q === undefined || contains(q.span, span) ? q : doc.quotes.find((x) => contains(x.span, span));
    },
    spokenIn: (span) => spoken(span),
    timesOf: (s) => times.get(s) ?? NONE,
    placesOf: (s) => places.get(s) ?? NONE,
  };
}
