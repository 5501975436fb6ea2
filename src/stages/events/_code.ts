/**
 * Codes the verbs of one sentence, left to right. For each verb: (1) the best pattern;
 * (2) no event when the verb is negated and the pattern does not spell the negation;
 * (3) no event for a `to` complement of a verb already coded ("urged X to help");
 * (4) source: the pattern's `$`, else the clause subject (the `by` agent in the passive);
 * (5) target: the pattern's `+`, else the first slot after the verb in its clause or a
 * `that`/`to` clause below it; (6) compounds and `%` give one event per pair; (7) a verb with a
 * source and no target gives a target-less event, only in a sentence that codes no dyad.
 */
import type { VerbPattern } from '../../dictionaries/types.js';
import { verbLike } from '../mentions/words.js';
import { type Clauses, clauses, subjectOf } from './_clauses.js';
import { bestPattern, type PatternMatch } from './_pattern.js';
import { participleSubject, type Speaker, speakerSubject } from './_subjects.js';
import { isNegated, isPassive } from './_verb-group.js';
import { patternsFor, type VerbIndex } from './_verbs.js';
import type { Slot, SlotActor, View } from './_view.js';

/** An event before dates, places and quotes are added. */
export interface RawEvent {
  readonly code: string;
  readonly verb: number;
  readonly source: SlotActor;
  /** Null for an event with no target ("the opposition protested"). */
  readonly target: SlotActor | null;
  readonly pattern: VerbPattern;
}

/** How many words after its verb a default target may start. */
const TARGET_REACH = 16;
const EVENT_CODE = /^\d{2,4}[a-zA-Z?]?$/;

function passable(cl: Clauses, from: number, to: number): boolean {
  let c = to;
  while (c !== from) {
    const clause = cl.list[c];
    if (!clause || (clause.kind !== 'that' && clause.kind !== 'to')) return false;
    c = clause.parent;
  }
  return true;
}

function byAgent(view: View, cl: Clauses, verb: number): Slot | null {
  for (let i = verb + 1; i < view.live.length && cl.of[i] === cl.of[verb]; i++) {
    if (view.live[i]?.normal === 'by') return view.slotAt.get(i + 1) ?? view.slotAt.get(i + 2) ?? null;
  }
  return null;
}

/** "Sam ... whether he": a slot naming the source again is not its target. */
function sameActors(a: Slot, b: Slot | null): boolean {
  return b !== null && a.actors.every((x) => b.actors.some((y) => y.actorId === x.actorId));
}

function firstSlotAfter(view: View, cl: Clauses, verb: number, skip: Slot | null): Slot | null {
  const c = cl.of[verb] ?? 0;
  for (const s of view.slots) {
    if (s.from - verb > TARGET_REACH) break;
    if (s.from <= verb || s === skip || skip?.members.includes(s) || sameActors(s, skip)) continue;
    // "ordered his Party to ...": an uncoded direct object is still the object; look no further.
    if (s.actors.every((a) => a.code === null)) {
      if (s.from === verb + 1 && s.actors.every((a) => !a.person)) return null;
      continue;
    }
    // "..., a senior official said": a phrase right before another verb is that verb's subject.
    if (s.from > verb + 1 && verbLike(view.live, s.to) && s.actors.every((a) => a.code?.startsWith('---'))) continue;
    if (passable(cl, c, cl.of[s.from] ?? -1)) return s;
  }
  return null;
}

/** A pattern with no literal word ("kill: * +"): its `+` is only the next actor, as a default target is. */
const bare = (m: PatternMatch): boolean => m.pattern.pattern.every((i) => i.kind !== 'word');

/** "were killed in Israeli shelling", "was fired from Gaza": the actor of a passive without "by". */
function passiveActor(view: View, verb: number): Slot | null {
  let i = verb + 1;
  while (view.live[i]?.pos === 'ADV') i++;
  if (view.live[i]?.pos !== 'ADP') return null;
  i++;
  const slot = view.slotAt.get(i) ?? (view.live[i]?.pos === 'DET' ? view.slotAt.get(i + 1) : undefined);
  return slot?.actors.some((a) => a.code !== null) ? slot : null;
}

function roles(view: View, cl: Clauses, verb: number, m: PatternMatch, speaker: Speaker): [Slot | null, Slot | null] {
  const c = cl.of[verb] ?? 0;
  let source = m.source;
  let target = m.target;
  if (source === null && isPassive(view, verb)) {
    // "was condemned by X": X acts on the subject. Without "by" the subject still undergoes
    // the act ("were killed in Israeli shelling"): the actor named after the verb, if any, did it.
    // An active pattern's `+` after a passive verb names that actor, not the one acted on.
    // Not for a pattern's own `+`, nor "is said to restore": the subject does the complement.
    const agent = byAgent(view, cl, verb);
    const subject = subjectOf(view, cl, c);
    if (agent) target ??= subject;
    else if (subject !== null && (target === null || bare(m)) && view.live[verb + 1]?.normal !== 'to') {
      const after = passiveActor(view, verb);
      target = subject;
      if (after === null) return [null, null];
      return [after, target];
    }
    source = agent;
  }
  source ??= speakerSubject(view, verb, speaker) ?? participleSubject(view, verb);
  if (source === null) {
    source = subjectOf(view, cl, c);
    if (source !== null && source === target) source = subjectOf(view, cl, cl.list[c]?.parent ?? -1);
  }
  target ??= firstSlotAfter(view, cl, verb, source);
  return [source, target];
}

/** A country and its government are one actor ("TWN", "TWNGOV"); its refugees or rebels are not ("TURREF"). */
function sameState(a: string, b: string): boolean {
  const state = (code: string): string => (code.endsWith('GOV') ? code.slice(0, -3) : code);
  return state(a) === state(b);
}

function pairs(
  code: string,
  m: PatternMatch,
  verb: number,
  sources: readonly Slot[],
  targets: readonly Slot[],
  out: RawEvent[],
): void {
  // Without `$`/`+`, "the Taiwanese delegation ... Taiwan" is one state acting on itself: a misreading.
  const explicit = m.source !== null || m.target !== null;
  for (const s of sources) {
    for (const t of targets) {
      if (s === t) continue;
      for (const a of s.actors) {
        for (const b of t.actors) {
          if (a.code === null || b.code === null || a.code === b.code) continue;
          if (!explicit && sameState(a.code, b.code)) continue;
          out.push({ code, verb, source: a, target: b, pattern: m.pattern });
          if (m.pattern.reverse && EVENT_CODE.test(m.pattern.reverse)) {
            out.push({ code: m.pattern.reverse, verb, source: b, target: a, pattern: m.pattern });
          }
        }
      }
    }
  }
}

/** True when an actor follows the verb within reach: the verb has an object, even one we cannot code or use. */
function actorAfter(view: View, verb: number): boolean {
  return view.slots.some((s) => s.from > verb && s.from - verb <= TARGET_REACH);
}

/**
 * One event per source, with no target ("the opposition protested", "Canada withdrew"). The
 * source alone must say who acted: a known country, not a pronoun ("They visited").
 */
function alone(view: View, m: PatternMatch, verb: number, sources: readonly Slot[], out: RawEvent[]): void {
  for (const s of sources) {
    if (view.live[s.from]?.pos === 'PRON') continue;
    for (const a of s.actors) {
      if (a.code === null || a.code.startsWith('---')) continue;
      out.push({ code: m.pattern.code, verb, source: a, target: null, pattern: m.pattern });
    }
  }
}

export type { Speaker } from './_subjects.js';

/** The raw events of one sentence view, with its clauses. */
export function codeView(
  view: View,
  index: VerbIndex,
  speaker: Speaker = () => null,
): { events: RawEvent[]; clauses: Clauses } {
  const cl = clauses(view);
  const out: RawEvent[] = [];
  const coded = new Set<number>();
  const lonely: (() => void)[] = [];
  for (let i = 0; i < view.live.length; i++) {
    const w = view.live[i];
    if (!w || view.slotAt.has(i) || !(verbLike(view.live, i) || w.pos === 'AUX')) continue;
    const patterns = patternsFor(index, w.normal, w.lemma);
    if (patterns.length === 0) continue;
    const m = bestPattern(view, patterns, i);
    if (!m || !EVENT_CODE.test(m.pattern.code) || (w.pos === 'AUX' && m.score === 0)) continue;
    if (!m.negated && isNegated(view, i)) continue;
    // "accused X of attacking Y": a gerund after a preposition has no subject of its own.
    if (!m.source && w.normal.endsWith('ing') && view.live[i - 1]?.pos === 'ADP') continue;
    const clause = cl.list[cl.of[i] ?? 0];
    if (clause?.kind === 'to' && coded.has(clause.parent)) {
      coded.add(cl.of[i] ?? 0);
      continue;
    }
    const before = out.length;
    if (m.compound) pairs(m.pattern.code, m, i, m.compound.members, m.compound.members, out);
    else {
      const [source, target] = roles(view, cl, i, m, speaker);
      if (source && target) pairs(m.pattern.code, m, i, source.members, target.members, out);
      else if (source && !target && !actorAfter(view, i)) lonely.push(() => alone(view, m, i, source.members, out));
    }
    if (out.length > before) coded.add(cl.of[i] ?? 0);
  }
  // A verb with a source but no target is an event only in a sentence that codes no dyad: where
  // one was coded, a target-less verb is more often a clause the dyad already covers.
  if (out.length === 0) for (const code of lonely) code();
  return { events: out, clauses: cl };
}
