/**
 * Matches a verb pattern around the verb at a live position: items left of the verb are
 * matched backwards from it, items right of it forwards; `adjacent` items must touch their
 * neighbour, others may have words between. The best pattern matches the most items.
 */
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
  /** Last live position the pattern used after the verb. */
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

function wordsAt(view: View, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (view.live[at + k]?.normal !== words[k]) return false;
  return true;
}

/** Forward: finds the item at or after `st.pos` (exactly at it when adjacent); advances. */
function forward(view: View, item: PatternItem, st: State, adjacent: boolean): boolean {
  const limit = adjacent ? st.pos + 1 : view.live.length;
  const actor = item.kind === 'source' || item.kind === 'target';
  for (let at = st.pos; at < limit; at++) {
    // "ordered his Party ... to": an actor slot stops at the first actor phrase, coded or not.
    if (actor && uncodedSlot(view, at)) return false;
    const end = matchAt(view, item, at, st);
    if (end >= 0) {
      st.pos = end;
      return true;
    }
  }
  return false;
}

/** An uncoded role phrase ("his Party"); an uncoded name may be a place or a facility, so it does not count. */
const uncodedSlot = (view: View, at: number): boolean =>
  view.slotAt.get(at)?.actors.every((a) => a.code === null && !a.person) === true;

/** Backward: finds the item ending at or before `st.pos` (exactly at it when adjacent); moves back. */
function backward(view: View, item: PatternItem, st: State, adjacent: boolean): boolean {
  const floor = adjacent ? st.pos - 1 : -1;
  for (let endAt = st.pos; endAt > floor; endAt--) {
    if (item.kind === 'word') {
      for (const alt of item.words) {
        const parts = alt.split(' ');
        const at = endAt - parts.length;
        if (at >= 0 && matchAt(view, { kind: 'word', words: [alt] }, at, st) === endAt) {
          st.pos = at;
          return true;
        }
      }
      continue;
    }
    for (let at = endAt - 1; at >= Math.max(0, endAt - 8); at--) {
      const saved = { ...st };
      const end = matchAt(view, item, at, st);
      if (end === endAt) {
        st.pos = at;
        return true;
      }
      Object.assign(st, saved);
    }
  }
  return false;
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
    case 'skip': {
      const slot = view.slotAt.get(at);
      if (slot) return slot.to;
      let end = at;
      while (NP.has(view.live[end]?.pos ?? '') && !view.slotAt.has(end)) end++;
      return end > at ? end : -1;
    }
    case 'verb':
      return -1;
    default:
      return -1;
  }
}

/** Tries one pattern around the verb at `verb`; null when it does not match. */
export function matchPattern(view: View, pattern: VerbPattern, verb: number): PatternMatch | null {
  const items = pattern.pattern;
  const v = items.findIndex((i) => i.kind === 'verb');
  if (v < 0) return null;
  const st: State = { pos: verb + 1, score: 0, negated: false, source: null, target: null, compound: null };
  for (let k = v + 1; k < items.length; k++) {
    const item = items[k];
    if (!item || !forward(view, item, st, item.adjacent === true)) return null;
  }
  const end = st.pos;
  st.pos = verb;
  for (let k = v - 1; k >= 0; k--) {
    const item = items[k];
    const touching = items[k + 1]?.adjacent === true;
    if (!item || !backward(view, item, st, touching)) return null;
  }
  return {
    pattern,
    score: st.score,
    source: st.source,
    target: st.target,
    compound: st.compound,
    negated: st.negated,
    end,
  };
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

/** The best-matching pattern among `patterns` (most items; the first on a tie). */
export function bestPattern(view: View, patterns: readonly VerbPattern[], verb: number): PatternMatch | null {
  let best: PatternMatch | null = null;
  for (const p of patterns) {
    if (!possible(p, view.present)) continue;
    const m = matchPattern(view, p, verb);
    if (m && (best === null || m.score > best.score)) best = m;
  }
  return best;
}
