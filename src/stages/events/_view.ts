/**
 * A sentence as the coder sees it: words, actor slots (mentions grouped by span, with
 * compounds "A, B and C"), words deleted as short comma-delimited or bracketed asides
 * (TABARI's comma rule: 2 to 8 words inside or at the end), and live word positions.
 */
import type { Actor, Mention, Segmented, Sentence, WithActors } from '../../core/document.js';
import { lowerBound } from '../../core/search.js';
import type { Span } from '../../core/span.js';
import { sentenceWords, type Word } from '../mentions/words.js';
import { deleted } from './_asides.js';

/** One actor of a slot. */
export interface SlotActor {
  /** Null for PETRARCH's unknown actor `---` (an unnamed attacker), which no words name. */
  readonly actorId: string | null;
  readonly name: string;
  readonly code: string | null;
  readonly span: Span;
  readonly person: boolean;
  /** The first token of the mention, when words name the actor. */
  readonly firstToken?: number;
}

/** Live positions `[from, to)` naming one actor (or a compound-coded one: several actors). */
export interface Slot {
  readonly from: number;
  readonly to: number;
  readonly actors: readonly SlotActor[];
  /** The members of the compound it belongs to ("A, B and C"), itself included. */
  members: readonly Slot[];
}

/** The coder's view of one sentence. */
export interface View {
  readonly sentence: Sentence;
  /** Words that survived deletion, in order. */
  readonly live: readonly Word[];
  readonly slots: readonly Slot[];
  /** Slot starting at a live position. */
  readonly slotAt: ReadonlyMap<number, Slot>;
  /** The normal forms of the live words, for quick pattern filtering. */
  readonly present: ReadonlySet<string>;
}

function slotActor(m: Mention, actors: ReadonlyMap<string, Actor>): SlotActor {
  const a = actors.get(m.actorId);
  return {
    actorId: m.actorId,
    name: a?.name ?? m.text,
    code: a?.code ?? null,
    span: m.span,
    person: a?.type === 'person',
    firstToken: m.firstToken,
  };
}

/** Builds the view of sentence `index`; with `keepAsides`, no word is deleted (a statement's cue may sit in an aside). */
export function buildView(
  doc: Segmented & WithActors,
  index: number,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  given?: readonly Word[],
  keepAsides = false,
): View | null {
  const sentence = doc.sentences[index];
  if (!sentence) return null;
  const words = given ?? sentenceWords(doc.tokens, sentence);
  const wordOfToken = new Map<number, number>();
  words.forEach((w, i) => {
    for (let t = w.first; t < w.end; t++) wordOfToken.set(t, i);
  });
  const groups = new Map<string, { from: number; to: number; actors: SlotActor[] }>();
  for (const m of mentions) {
    const from = wordOfToken.get(m.firstToken);
    const last = wordOfToken.get(m.endToken - 1);
    if (from === undefined || last === undefined) continue;
    const key = `${from}:${last}`;
    const g = groups.get(key);
    if (g) g.actors.push(slotActor(m, actors));
    else groups.set(key, { from, to: last + 1, actors: [slotActor(m, actors)] });
  }
  const startOf = new Map<number, number>();
  const endOf = new Set<number>();
  for (const g of groups.values()) {
    startOf.set(g.from, g.to);
    endOf.add(g.to - 1);
  }
  const gone = keepAsides
    ? words.map(() => false)
    : deleted(
        words,
        (i) => startOf.has(i),
        (c) => endOf.has(c - 1),
      );
  return assemble(sentence, words, gone, [...groups.values()]);
}

function assemble(
  sentence: Sentence,
  words: readonly Word[],
  gone: readonly boolean[],
  groups: readonly { from: number; to: number; actors: SlotActor[] }[],
): View {
  const live: Word[] = [];
  const livePos = new Map<number, number>();
  words.forEach((w, i) => {
    if (gone[i]) return;
    livePos.set(i, live.length);
    live.push(w);
  });
  const slots: Slot[] = [];
  for (const g of [...groups].sort((a, b) => a.from - b.from)) {
    const from = livePos.get(g.from);
    const last = livePos.get(g.to - 1);
    if (from === undefined || last === undefined) continue;
    const slot: Slot = { from, to: last + 1, actors: g.actors, members: [] };
    slot.members = [slot];
    slots.push(slot);
  }
  linkCompounds(live, slots);
  const present = new Set(live.map((w) => w.normal));
  return { sentence, live, slots, slotAt: new Map(slots.map((s) => [s.from, s])), present };
}

const JOIN = new Set([',', 'and', 'or']);

/** Slots joined by commas, "and" or "or" form one compound; commas alone make no list (appositions). */
function linkCompounds(live: readonly Word[], slots: readonly Slot[]): void {
  let run: Slot[] = [];
  let conj = false;
  const close = (): void => {
    if (conj) for (const s of run) s.members = run;
    run = [];
    conj = false;
  };
  for (const slot of slots) {
    const prev = run[run.length - 1];
    if (prev && joined(live, prev.to, slot.from)) {
      run.push(slot);
      for (let i = prev.to; i < slot.from; i++) if (live[i]?.normal !== ',') conj = true;
    } else {
      close();
      run = [slot];
    }
  }
  close();
}

function joined(live: readonly Word[], from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  // ", and" closes a list: "between A and B, and C and D" are two compounds.
  if (to - from === 2 && live[from]?.normal === ',') return false;
  for (let i = from; i < to; i++) if (!JOIN.has(live[i]?.normal ?? '')) return false;
  return true;
}

/** Per view: the indices into `slots` of the slots ending at each live position, in order. */
const ends = new WeakMap<View, ReadonlyMap<number, readonly number[]>>();

/** The slots ending at live position `end` (their `to`), in `slots` order. */
export function slotsEndingAt(view: View, end: number): readonly Slot[] {
  return slotIndicesEndingAt(view, end).map((k) => view.slots[k] as Slot);
}

/** Indices into `slots` of the slots ending at live position `end`, ascending. */
export function slotIndicesEndingAt(view: View, end: number): readonly number[] {
  let map = ends.get(view);
  if (!map) {
    const m = new Map<number, number[]>();
    view.slots.forEach((s, k) => {
      const list = m.get(s.to);
      if (list) list.push(k);
      else m.set(s.to, [k]);
    });
    map = m;
    ends.set(view, map);
  }
  return map.get(end) ?? [];
}

/** Index of the first slot starting at or after live position `pos` (slots are in order of start). */
export function firstSlotFrom(view: View, pos: number): number {
  return lowerBound(view.slots.length, (k) => (view.slots[k]?.from ?? 0) < pos);
}
