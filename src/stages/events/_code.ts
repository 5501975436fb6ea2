/**
 * Codes the verbs of one sentence, left to right. For each verb: (1) the best pattern;
 * (2) no event when the verb is negated and the pattern does not spell the negation;
 * (3) no event for a `to` complement of a verb already coded ("urged X to help");
 * (4) source: the pattern's `$`, else the clause subject (the `by` agent in the passive);
 * (5) target: the pattern's `+`, else the first slot after the verb in its clause or a
 * `that`/`to` clause below it; (6) compounds and `%` give one event per pair.
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
  readonly target: SlotActor;
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
    if (s.actors.every((a) => a.code === null)) continue;
    if (passable(cl, c, cl.of[s.from] ?? -1)) return s;
  }
  return null;
}

function roles(view: View, cl: Clauses, verb: number, m: PatternMatch, speaker: Speaker): [Slot | null, Slot | null] {
  const c = cl.of[verb] ?? 0;
  let source = m.source;
  let target = m.target;
  if (source === null && isPassive(view, verb)) {
    const agent = byAgent(view, cl, verb);
    if (agent) {
      source = agent;
      target ??= subjectOf(view, cl, c);
    }
  }
  source ??= speakerSubject(view, verb, speaker) ?? participleSubject(view, verb);
  if (source === null) {
    source = subjectOf(view, cl, c);
    if (source !== null && source === target) source = subjectOf(view, cl, cl.list[c]?.parent ?? -1);
  }
  target ??= firstSlotAfter(view, cl, verb, source);
  return [source, target];
}

function pairs(
  code: string,
  m: PatternMatch,
  verb: number,
  sources: readonly Slot[],
  targets: readonly Slot[],
  out: RawEvent[],
): void {
  // Without `$`/`+`, "the Taiwanese delegation ... Taiwan" is one country acting on itself: a misreading.
  const explicit = m.source !== null || m.target !== null;
  for (const s of sources) {
    for (const t of targets) {
      if (s === t) continue;
      for (const a of s.actors) {
        for (const b of t.actors) {
          if (a.code === null || b.code === null || a.code === b.code) continue;
          if (!explicit && (a.code.startsWith(b.code) || b.code.startsWith(a.code))) continue;
          out.push({ code, verb, source: a, target: b, pattern: m.pattern });
          if (m.pattern.reverse && EVENT_CODE.test(m.pattern.reverse)) {
            out.push({ code: m.pattern.reverse, verb, source: b, target: a, pattern: m.pattern });
          }
        }
      }
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
    }
    if (out.length > before) coded.add(cl.of[i] ?? 0);
  }
  return { events: out, clauses: cl };
}
