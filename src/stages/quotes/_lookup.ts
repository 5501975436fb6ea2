/**
 * Lookups the quote rules make many times per article, built once per article so that
 * each costs a binary search instead of a scan of the whole document: mentions by
 * offset, actors by id and by name words, quoted offsets, paragraph and sentence
 * starts, tokens by offset. Every lookup returns what the scan it replaces returned:
 * mentions come in text order (the order of `doc.mentions`, which the mentions stage sorts).
 */

import type { Actor, Mention, Segmented, Token, WithActors } from '../../core/document.js';
import { lowerBound, tokenAtOrAfter } from '../../core/search.js';
import type { Span } from '../../core/span.js';
import { endsSentence } from './_tokens.js';

/** `[start, end)` ranges merged into disjoint sorted ones: "is this offset inside any?" by binary search. */
export function coverage(spans: readonly Span[]): (offset: number) => boolean {
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && s.start <= (ends[last] ?? 0)) ends[last] = Math.max(ends[last] ?? 0, s.end);
    else {
      starts.push(s.start);
      ends.push(s.end);
    }
  }
  return (offset) => {
    const i = lowerBound(starts.length, (k) => (starts[k] ?? 0) < offset + 1) - 1;
    return i >= 0 && offset < (ends[i] ?? 0);
  };
}

/** Sorted spans with the running maximum of their ends: the first span (in order) holding a range. */
export class Containers<T extends { readonly span: Span }> {
  readonly items: readonly T[];
  private readonly maxEnd: number[] = [];

  /** `items` must be sorted by start; a copy is sorted when they are not. */
  constructor(items: readonly T[]) {
    const sorted = items.every((x, i) => i === 0 || (items[i - 1]?.span.start ?? 0) <= x.span.start);
    this.items = sorted ? items : [...items].sort((a, b) => a.span.start - b.span.start);
    let max = Number.NEGATIVE_INFINITY;
    for (const x of this.items) {
      max = Math.max(max, x.span.end);
      this.maxEnd.push(max);
    }
  }

  /** The first item with `start ≤ span.start` and `span.end ≤ end`, as `items.find` would give it. */
  holding(span: Span): T | undefined {
    const i = lowerBound(this.maxEnd.length, (k) => (this.maxEnd[k] ?? 0) < span.end);
    const x = this.items[i];
    return x && x.span.start <= span.start ? x : undefined;
  }

  /**
   * The first item starting at or after `lo` that holds the span and passes `test`. Only
   * items from the first whose end reaches the span's end to the last starting before it are read.
   */
  holdingFrom(span: Span, lo: number, test: (x: T) => boolean): T | undefined {
    const reach = lowerBound(this.maxEnd.length, (k) => (this.maxEnd[k] ?? 0) < span.end);
    for (let i = Math.max(reach, this.from(lo)); i < this.items.length; i++) {
      const x = this.items[i] as T;
      if (x.span.start > span.start) return undefined;
      if (span.end <= x.span.end && test(x)) return x;
    }
    return undefined;
  }

  /** Index of the first item starting at or after `offset`. */
  from(offset: number): number {
    return lowerBound(this.items.length, (k) => (this.items[k]?.span.start ?? 0) < offset);
  }
}

export class Lookups {
  readonly quoted: (offset: number) => boolean;
  readonly mentions: Containers<Mention>;
  private readonly names: number[];
  private readonly namesBack: number[];
  private readonly mentionStarts: ReadonlyMap<number, true>;
  private readonly actorsById = new Map<string, Actor>();
  private readonly newlines: number[] = [];
  private readonly verbs: number[];
  /** Per token index: verbs and auxiliaries before it; the next ";" (and ";" or ","), the next sentence end. */
  private readonly verbsBefore: number[] = [0];
  private readonly semicolons: number[];
  private readonly commas: number[];
  private readonly plainCommas: number[];
  private readonly ends: number[];
  /** Tokens neither overlap nor go back (true of segmented text); when false, token ranges are scanned. */
  private readonly disjoint: boolean;
  private namesIndex: { byWords: Map<string, number[]>; long: number[] } | null = null;

  private readonly doc: Segmented & WithActors;

  constructor(doc: Segmented & WithActors, quoted: readonly Span[]) {
    this.doc = doc;
    this.quoted = coverage(quoted);
    this.mentions = new Containers(doc.mentions);
    const ms = this.mentions.items;
    // next[i]: the first name mention at or after i that no quote holds.
    this.names = new Array(ms.length + 1).fill(ms.length);
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      this.names[i] = m && m.form === 'name' && !this.quoted(m.span.start) ? i : (this.names[i + 1] ?? ms.length);
    }
    // back[i]: the last such mention at or before i (-1 when none).
    this.namesBack = new Array(ms.length).fill(-1);
    for (let i = 0; i < ms.length; i++)
      this.namesBack[i] = this.names[i] === i ? i : i > 0 ? (this.namesBack[i - 1] ?? -1) : -1;
    this.mentionStarts = new Map(ms.map((m) => [m.span.start, true] as const));
    for (const a of doc.actors) if (!this.actorsById.has(a.id)) this.actorsById.set(a.id, a);
    for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) this.newlines.push(i);
    // verbs[i]: the first verb or auxiliary at or after token i that is not inside a compound ("state-run").
    const tokens = doc.tokens;
    this.verbs = new Array(tokens.length + 1).fill(tokens.length);
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i];
      const verb = (t?.pos === 'VERB' || t?.pos === 'AUX') && tokens[i - 1]?.text !== '-';
      this.verbs[i] = verb ? i : (this.verbs[i + 1] ?? tokens.length);
    }
    const n = tokens.length;
    this.semicolons = new Array(n + 1).fill(n);
    this.commas = new Array(n + 1).fill(n);
    this.plainCommas = new Array(n + 1).fill(n);
    this.ends = new Array(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) {
      const t = tokens[i];
      this.semicolons[i] = t?.text === ';' ? i : (this.semicolons[i + 1] ?? n);
      this.commas[i] = t?.text === ';' || t?.text === ',' ? i : (this.commas[i + 1] ?? n);
      this.plainCommas[i] = t?.text === ',' ? i : (this.plainCommas[i + 1] ?? n);
      this.ends[i] = endsSentence(t) ? i : (this.ends[i + 1] ?? n);
    }
    let disjoint = true;
    tokens.forEach((t, i) => {
      const v = t.pos === 'VERB' || t.pos === 'AUX' ? 1 : 0;
      this.verbsBefore.push((this.verbsBefore[i] ?? 0) + v);
      const before = tokens[i - 1];
      if (before && (before.span.end > t.span.start || t.span.start > t.span.end)) disjoint = false;
    });
    this.disjoint = disjoint;
  }

  /** Mentions with `from ≤ start` and `end ≤ to` that no quote holds, in text order. */
  mentionsIn(from: number, to: number, startBefore = Number.POSITIVE_INFINITY): Mention[] {
    const ms = this.mentions.items;
    const out: Mention[] = [];
    for (let i = this.mentions.from(from); i < ms.length; i++) {
      const m = ms[i] as Mention;
      if (m.span.start > to || m.span.start >= startBefore) break;
      if (m.span.end <= to && !this.quoted(m.span.start)) out.push(m);
    }
    return out;
  }

  /** The first mention in `[from, to)` that no quote holds with start before `startBefore`. */
  firstMentionIn(from: number, to: number, startBefore: number): Mention | undefined {
    return this.mentionsIn(from, to, startBefore)[0];
  }

  /** The first (`last` false) or last name mention in `[from, to)` that no quote holds. */
  nameIn(from: number, to: number, last: boolean): Mention | undefined {
    const ms = this.mentions.items;
    if (!last) {
      for (
        let i = this.names[this.mentions.from(from)] ?? ms.length;
        i < ms.length;
        i = this.names[i + 1] ?? ms.length
      ) {
        const m = ms[i] as Mention;
        if (m.span.start > to) return undefined;
        if (m.span.end <= to) return m;
      }
      return undefined;
    }
    // Backwards from the last mention starting at or before `to`; only mentions across `to` are passed over.
    const before = this.mentions.from(to + 1) - 1;
    for (let i = before >= 0 ? (this.namesBack[before] ?? -1) : -1; i >= 0; i = this.namesBack[i - 1] ?? -1) {
      const m = ms[i] as Mention;
      if (m.span.start < from) return undefined;
      if (m.span.end <= to) return m;
    }
    return undefined;
  }

  /** The first mention (text order) holding the span. */
  mentionHolding(span: Span): Mention | undefined {
    return this.mentions.holding(span);
  }

  /** True when a mention starts at the offset. */
  mentionStartsAt(offset: number): boolean {
    return this.mentionStarts.has(offset);
  }

  /** The first actor with the id. */
  actor(id: string): Actor | undefined {
    return this.actorsById.get(id);
  }

  /**
   * Actors whose name, lower-cased and padded with spaces, holds `words` (also padded):
   * the first of them and whether there are others, as `actors.filter` would give them.
   */
  actorsNaming(words: string): { first: Actor | undefined; count: number } {
    const index = this.nameIndex();
    const hits = [...(index.byWords.get(words) ?? [])];
    for (const i of index.long) {
      if (` ${this.doc.actors[i]?.name.toLowerCase()} `.includes(words)) hits.push(i);
    }
    hits.sort((a, b) => a - b);
    return { first: this.doc.actors[hits[0] ?? -1], count: hits.length };
  }

  /** Every substring of each padded name that starts and ends with a space → the actors holding it. */
  private nameIndex(): { byWords: Map<string, number[]>; long: number[] } {
    if (this.namesIndex) return this.namesIndex;
    const byWords = new Map<string, number[]>();
    const long: number[] = [];
    this.doc.actors.forEach((a, i) => {
      const padded = ` ${a.name.toLowerCase()} `;
      const spaces: number[] = [];
      for (let k = padded.indexOf(' '); k >= 0; k = padded.indexOf(' ', k + 1)) spaces.push(k);
      if (spaces.length > 24) {
        long.push(i);
        return;
      }
      const seen = new Map<string, true>();
      for (let p = 0; p < spaces.length; p++)
        for (let q = p + 1; q < spaces.length; q++) {
          const key = padded.slice(spaces[p], (spaces[q] ?? 0) + 1);
          if (seen.has(key)) continue;
          seen.set(key, true);
          const list = byWords.get(key);
          if (list) list.push(i);
          else byWords.set(key, [i]);
        }
    });
    this.namesIndex = { byWords, long };
    return this.namesIndex;
  }

  /** Start of the paragraph holding the offset: just after the last newline at or before it. */
  paragraphStart(offset: number): number {
    const i = lowerBound(this.newlines.length, (k) => (this.newlines[k] ?? 0) < offset + 1) - 1;
    return i >= 0 ? (this.newlines[i] ?? -1) + 1 : 0;
  }

  /** Index of the sentence holding the offset; -1 when none. */
  sentenceAt(offset: number): number {
    const ss = this.doc.sentences;
    const i = lowerBound(ss.length, (k) => (ss[k]?.span.start ?? 0) < offset + 1) - 1;
    const s = ss[i];
    return s && offset < s.span.end ? i : -1;
  }

  /** The first token starting exactly at the offset. */
  tokenStarting(offset: number): Token | undefined {
    const t = this.doc.tokens[tokenAtOrAfter(this.doc.tokens, offset)];
    return t?.span.start === offset ? t : undefined;
  }

  /** Tokens lying inside the span, in order. */
  tokensIn(span: Span): Token[] {
    const tokens = this.doc.tokens;
    const out: Token[] = [];
    for (let i = tokenAtOrAfter(tokens, span.start); i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.span.start > span.end) break;
      if (t.span.end <= span.end) out.push(t);
    }
    return out;
  }

  /** True when a verb or auxiliary lies inside the span. */
  hasVerb(span: Span): boolean {
    if (!this.disjoint) return this.tokensIn(span).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // Disjoint tokens: those inside the span are the run from the first starting in it to the last ending in it.
    const tokens = this.doc.tokens;
    const from = tokenAtOrAfter(tokens, span.start);
    const to = lowerBound(tokens.length, (k) => (tokens[k]?.span.end ?? 0) <= span.end);
    return to > from && (this.verbsBefore[to] ?? 0) - (this.verbsBefore[from] ?? 0) > 0;
  }

  /** Index of the first ";" (`comma`: or ",") at or after token `from`, or tokens.length. */
  nextBreak(from: number, comma: boolean): number {
    const n = this.doc.tokens.length;
    return (comma ? this.commas : this.semicolons)[Math.max(0, from)] ?? n;
  }

  /** Index of the first "," at or after token `from`, or tokens.length. */
  nextComma(from: number): number {
    return this.plainCommas[Math.max(0, from)] ?? this.doc.tokens.length;
  }

  /** Index of the first token ending a sentence at or after token `from`, or tokens.length. */
  nextEnd(from: number): number {
    return this.ends[Math.max(0, from)] ?? this.doc.tokens.length;
  }

  /** Index of the first verb or auxiliary (not after a hyphen) in tokens `[from, to)`; -1 when none. */
  firstVerb(from: number, to: number): number {
    const v = this.verbs[Math.max(0, from)] ?? this.doc.tokens.length;
    return v < to ? v : -1;
  }
}
