/**
 * Matches a verb pattern around the verb at a live position: items left of the verb are
 * matched backwards from it, items right of it forwards; `adjacent` items must touch their
 * neighbour, others may have words between; every placement is tried (backtracking, bounded).
 * The best pattern matches the most items, then lies nearest the verb.
 */
import { lowerBound } from '../../core/search.js';
import type { PatternItem, VerbPattern } from '../../dictionaries/types.js';
import type { Slot, View } from './_view.js';

/** A pattern that matched, with the slots it named. */
export interface PatternMatch {
  readonly pattern: VerbPattern;
  readonly score: number;
  readonly source: Slot | null;
  readonly target: Slot | null;
  readonly compound: Slot | null;
  /** The pattern itself spells a negation ("did n't", "not"). */
  readonly negated: boolean;
  /** First live position the pattern used (the verb, when it uses nothing before it). */
  readonly start: number;
  /** Live position after the last one the pattern used after the verb. */
  readonly end: number;
}

const NEG = new Set(['not', "n't", 'never', 'no']);
const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

interface State {
  pos: number;
  score: number;
  negated: boolean;
  source: Slot | null;
  target: Slot | null;
  compound: Slot | null;
}

/**
 * Ascending live positions where clauses open, after which a pattern's gap may not run: before
 * a word it spells (`words`), before an actor (`actors`).
 */
export interface Walls {
  readonly words: readonly number[];
  readonly actors: readonly number[];
}

const NO_WALLS: Walls = { words: [], actors: [] };
/** The table name of dyad's own verb patterns (`src/tables/verbs.ts`). */
const OWN_TABLE = 'verbs';

/** Most partial matches tried per pattern and verb: a bound on backtracking over long sentences. */
const MAX_TRIES = 256;

function wordsAt(view: View, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (view.live[at + k]?.normal !== words[k]) return false;
  return true;
}

/**
 * Where items can match in one view, computed once per view (and per item) so that finding the
 * nearest placements of an item costs a binary search, not a walk across the sentence: the
 * search for every verb of a long sentence stays linear in its length (issue 7).
 */
interface Where {
  /** Live positions of each normal form, ascending. */
  readonly positions: Map<string, number[]>;
  /** `skipEnd[i]`: where a `^` starting at `i` ends, or -1. */
  readonly skipEnd: readonly number[];
  /** Live positions where a `^` can start, ascending. */
  readonly skipStarts: readonly number[];
  /** Live positions where a `^` of at most 8 words can end, ascending. */
  readonly skipEnds: readonly number[];
  /** Distinct slot starts, ascending (the slot there is `slotAt`'s). */
  readonly slotStarts: readonly number[];
  /** Slots by their end, in `slots` order; ends ascending. */
  readonly slotsEnding: ReadonlyMap<number, Slot[]>;
  readonly slotEnds: readonly number[];
  /** Compound heads by the end of their last member; ends ascending. */
  readonly compoundsEnding: ReadonlyMap<number, Slot[]>;
  readonly compoundEnds: readonly number[];
  /** Per word item: where one of its words starts, and where one ends (ascending). */
  readonly words: Map<PatternItem, { readonly starts: readonly number[]; readonly ends: readonly number[] }>;
}

const wheres = new WeakMap<View, Where>();

const ascending = (xs: Iterable<number>): number[] => [...new Set(xs)].sort((a, b) => a - b);

function whereOf(view: View): Where {
  let w = wheres.get(view);
  if (w) return w;
  const n = view.live.length;
  const positions = new Map<string, number[]>();
  view.live.forEach((word, i) => {
    const list = positions.get(word.normal);
    if (list) list.push(i);
    else positions.set(word.normal, [i]);
  });
  // A `^` is a slot, else a run of noun-phrase words up to the next slot.
  const run: number[] = new Array(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--)
    run[i] = NP.has(view.live[i]?.pos ?? '') && !view.slotAt.has(i) ? (run[i + 1] ?? n) : i;
  const skipEnd: number[] = [];
  for (let i = 0; i < n; i++) {
    const slot = view.slotAt.get(i);
    const end = slot ? slot.to : (run[i] ?? i);
    skipEnd.push(slot || end > i ? end : -1);
  }
  const skipStarts: number[] = [];
  const ends: number[] = [];
  skipEnd.forEach((e, i) => {
    if (e < 0) return;
    skipStarts.push(i);
    if (e - i <= 8) ends.push(e);
  });
  const slotsEnding = new Map<number, Slot[]>();
  const compoundsEnding = new Map<number, Slot[]>();
  const push = (map: Map<number, Slot[]>, key: number, s: Slot): void => {
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  };
  for (const s of view.slots) {
    push(slotsEnding, s.to, s);
    const last = s.members[s.members.length - 1];
    if (s.members[0] === s && s.members.length > 1 && last) push(compoundsEnding, last.to, s);
  }
  w = {
    positions,
    skipEnd,
    skipStarts,
    skipEnds: ascending(ends),
    slotStarts: ascending(view.slots.map((s) => s.from)),
    slotsEnding,
    slotEnds: ascending(slotsEnding.keys()),
    compoundsEnding,
    compoundEnds: ascending(compoundsEnding.keys()),
    words: new Map(),
  };
  wheres.set(view, w);
  return w;
}

/** Where a word item's words (phrases included) match in the view. */
function wordPlaces(
  view: View,
  item: PatternItem & { kind: 'word' },
): { starts: readonly number[]; ends: readonly number[] } {
  const where = whereOf(view);
  let found = where.words.get(item);
  if (found) return found;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const alt of item.words) {
    const parts = alt.split(' ');
    for (const at of where.positions.get(parts[0] ?? '') ?? []) {
      if (!wordsAt(view, at, parts)) continue;
      starts.push(at);
      ends.push(at + parts.length);
    }
  }
  found = { starts: ascending(starts), ends: ascending(ends) };
  where.words.set(item, found);
  return found;
}

/** Index of the first element of ascending `xs` at or above `x`. */
const atOrAbove = (xs: readonly number[], x: number): number => lowerBound(xs.length, (k) => (xs[k] ?? 0) < x);

/** The positions an item may start at (forward search), ascending. */
function forwardCandidates(view: View, item: PatternItem): readonly number[] {
  switch (item.kind) {
    case 'word':
      return wordPlaces(view, item).starts;
    case 'source':
    case 'target':
    case 'compound':
      return whereOf(view).slotStarts;
    case 'skip':
      return whereOf(view).skipStarts;
    default:
      return [];
  }
}

/** The positions an item may end at (backward search), ascending. */
function backwardCandidates(view: View, item: PatternItem): readonly number[] {
  switch (item.kind) {
    case 'word':
      return wordPlaces(view, item).ends;
    case 'source':
    case 'target':
      return whereOf(view).slotEnds;
    case 'compound':
      return whereOf(view).compoundEnds;
    case 'skip':
      return whereOf(view).skipEnds;
    default:
      return [];
  }
}

/**
 * Forward: every way to find the item at or after `st.pos` (exactly at it when adjacent),
 * nearest first, each as the state after it; at most `limit` of them (the caller's remaining
 * tries). Only positions where the item can start are visited.
 */
function forward(view: View, item: PatternItem, st: State, adjacent: boolean, limit: number, walls: Walls): State[] {
  const actor = item.kind === 'source' || item.kind === 'target';
  const out: State[] = [];
  const candidates = forwardCandidates(view, item);
  // "concluded that the agreement between Turkey and Libya is void": a gap before a word the
  // pattern spells does not run into a clause it does not spell; the word may open the clause
  // ("_ if"). An actor may be in a subordinate clause ("threatened a strike unless Israel ...")
  // but not in a relative clause or the next main clause ("spoke with a man who left the Senate").
  const bound = item.kind === 'word' ? walls.words : actor ? walls.actors : [];
  const wall = bound[atOrAbove(bound, st.pos)] ?? view.live.length;
  for (let k = atOrAbove(candidates, st.pos); k < candidates.length && out.length < limit; k++) {
    const at = candidates[k] ?? 0;
    if (adjacent && at !== st.pos) break;
    if (at > wall) break;
    // "ordered his Party ... to": an actor slot stops at the first actor phrase, coded or not.
    if (actor && uncodedSlot(view, at)) break;
    const next = { ...st };
    const end = matchAt(view, item, at, next);
    if (end >= 0) {
      next.pos = end;
      out.push(next);
    }
  }
  return out;
}

/** An uncoded role phrase ("his Party"); an uncoded name may be a place or a facility, so it does not count. */
const uncodedSlot = (view: View, at: number): boolean =>
  view.slotAt.get(at)?.actors.every((a) => a.code === null && !a.person) === true;

/** Where an item ending at `endAt` may start: slots (of any length) and compounds by their end, else up to 8 words back. */
function startsEndingAt(view: View, item: PatternItem, endAt: number): number[] {
  const where = whereOf(view);
  if (item.kind === 'source' || item.kind === 'target') return (where.slotsEnding.get(endAt) ?? []).map((s) => s.from);
  if (item.kind === 'compound') return (where.compoundsEnding.get(endAt) ?? []).map((s) => s.from);
  const out: number[] = [];
  for (let at = endAt - 1; at >= Math.max(0, endAt - 8); at--) out.push(at);
  return out;
}

/**
 * Backward: every way to find the item ending at or before `st.pos` (exactly at it when
 * adjacent), nearest first; at most `limit` of them. Only positions where the item can end are visited.
 */
function backward(view: View, item: PatternItem, st: State, adjacent: boolean, limit: number): State[] {
  const out: State[] = [];
  const candidates = backwardCandidates(view, item);
  for (let k = atOrAbove(candidates, st.pos + 1) - 1; k >= 0 && out.length < limit; k--) {
    const endAt = candidates[k] ?? 0;
    if (adjacent && endAt !== st.pos) break;
    if (item.kind === 'word') {
      for (const alt of item.words) {
        const at = endAt - alt.split(' ').length;
        const next = { ...st };
        if (at >= 0 && matchAt(view, { kind: 'word', words: [alt] }, at, next) === endAt) {
          next.pos = at;
          out.push(next);
          break;
        }
      }
      continue;
    }
    for (const at of startsEndingAt(view, item, endAt)) {
      const next = { ...st };
      if (matchAt(view, item, at, next) === endAt) {
        next.pos = at;
        out.push(next);
        break;
      }
    }
  }
  return out;
}

/** Matches one item starting at `at`; returns the position after it, or -1. */
function matchAt(view: View, item: PatternItem, at: number, st: State): number {
  switch (item.kind) {
    case 'word':
      for (const alt of item.words) {
        const parts = alt.split(' ');
        if (wordsAt(view, at, parts)) {
          st.score += parts.length;
          if (parts.some((p) => NEG.has(p))) st.negated = true;
          return at + parts.length;
        }
      }
      return -1;
    case 'source':
    case 'target': {
      const slot = view.slotAt.get(at);
      if (!slot || slot.actors.every((a) => a.code === null)) return -1;
      st[item.kind] = slot;
      st.score += 1;
      return slot.to;
    }
    case 'compound': {
      const slot = view.slotAt.get(at);
      if (!slot || slot.members.length < 2 || slot.members[0] !== slot) return -1;
      st.compound = slot;
      st.score += 1;
      return slot.members[slot.members.length - 1]?.to ?? slot.to;
    }
    case 'skip':
      return whereOf(view).skipEnd[at] ?? -1;
    case 'verb':
      return -1;
    default:
      return -1;
  }
}

/** How far a match reaches from its verb, in live words: the smaller, the nearer (a tie-break). */
const reach = (m: PatternMatch): number => m.end - m.start;

/** True when `a` is a better match than `b`: more items, then nearer the verb. */
function better(a: PatternMatch, b: PatternMatch | null): boolean {
  return b === null || a.score > b.score || (a.score === b.score && reach(a) < reach(b));
}

/**
 * Tries one pattern around the verb at `verb`; null when it does not match. When an item can
 * be found in several places ("issued arrest warrants for": the first "for" may be the wrong
 * one), every way is tried, nearest first, and the best complete match is kept.
 */
export function matchPattern(
  view: View,
  pattern: VerbPattern,
  verb: number,
  walls: Walls = NO_WALLS,
): PatternMatch | null {
  const items = pattern.pattern;
  // PETRARCH/TABARI files are written for matching across the whole sentence ("ALLOW - *
  // THE_NEATEST_PLACE" past "that"): only dyad's own table's gaps stop at a clause.
  const bound = pattern.source.kind === 'dictionary' && pattern.source.table === OWN_TABLE ? walls : NO_WALLS;
  const v = items.findIndex((i) => i.kind === 'verb');
  if (v < 0) return null;
  let best: PatternMatch | null = null;
  let tries = 0;
  const left = (k: number, st: State, end: number): void => {
    if (k < 0) {
      const m: PatternMatch = { pattern, ...st, start: st.pos, end };
      if (better(m, best)) best = m;
      return;
    }
    const item = items[k];
    if (!item) return;
    for (const next of backward(view, item, st, items[k + 1]?.adjacent === true, MAX_TRIES - tries + 1)) {
      if (++tries > MAX_TRIES) return;
      left(k - 1, next, end);
    }
  };
  const right = (k: number, st: State): void => {
    if (k >= items.length) {
      left(v - 1, { ...st, pos: verb }, st.pos);
      return;
    }
    const item = items[k];
    if (!item) return;
    for (const next of forward(view, item, st, item.adjacent === true, MAX_TRIES - tries + 1, bound)) {
      if (++tries > MAX_TRIES) return;
      right(k + 1, next);
    }
  };
  right(v + 1, { pos: verb + 1, score: 0, negated: false, source: null, target: null, compound: null });
  return best;
}

/** For each pattern, the first words its literal items may start with (compiled once). */
const needs = new WeakMap<VerbPattern, readonly (readonly string[])[]>();

function needed(pattern: VerbPattern): readonly (readonly string[])[] {
  let list = needs.get(pattern);
  if (list === undefined) {
    list = pattern.pattern.flatMap((i) => (i.kind === 'word' ? [i.words.map((w) => w.split(' ')[0] ?? '')] : []));
    needs.set(pattern, list);
  }
  return list;
}

/** Cheap test: every literal item of the pattern has a first word somewhere in the sentence. */
function possible(pattern: VerbPattern, present: ReadonlySet<string>): boolean {
  for (const alts of needed(pattern)) if (!alts.some((w) => present.has(w))) return false;
  return true;
}

/**
 * The best-matching pattern among `patterns`: most items, then the match nearest the verb, then
 * the first. `walls` (where clauses open) bound the gaps after the verb.
 */
export function bestPattern(
  view: View,
  patterns: readonly VerbPattern[],
  verb: number,
  walls: Walls = NO_WALLS,
): PatternMatch | null {
  let best: PatternMatch | null = null;
  for (const p of patterns) {
    if (!possible(p, view.present)) continue;
    const m = matchPattern(view, p, verb, walls);
    if (m && better(m, best)) best = m;
  }
  return best;
}
