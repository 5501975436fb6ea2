/**
 * Codes the verbs of one sentence, left to right. For each verb: (1) the best pattern;
 * (2) no event when the verb is negated and the pattern does not spell the negation;
 * (3) no event for a `to` complement of a verb already coded ("urged X to help");
 * (4) source: the pattern's `$`, else the clause subject (the `by` agent in the passive);
 * (5) target: the pattern's `+`, else the first slot after the verb in its clause or a
 * `that`/`to` clause below it; (6) compounds and `%` give one event per pair; (7) a verb with a
 * source and no target gives a target-less event, only in a sentence that codes no dyad.
 */
import { lowerBound } from '../../core/search.js';
import type { VerbPattern } from '../../dictionaries/types.js';
import { verbLemmas, verbLike } from '../mentions/words.js';
import {
  type Clauses,
  clauseRunEnd,
  clauseStart,
  clauses,
  clauseWalls,
  conjunctAfter,
  firstVerbOf,
  objectRelative,
  subjectOf,
} from './_clauses.js';
import { negatedCode } from './_negation.js';
import { attributiveParticiple, hypothetical, nameWord, shareOf, yesNoQuestion } from './_non-acts.js';
import { bestPattern, type PatternMatch } from './_pattern.js';
import { bareStatement } from './_statement.js';
import { participleSubject, type Speaker, speakerSubject } from './_subjects.js';
import { isNegated, isPassive } from './_verb-group.js';
import { patternsFor, type VerbIndex } from './_verbs.js';
import { firstSlotFrom, type Slot, type SlotActor, slotsEndingAt, type View } from './_view.js';

/** An event before dates, places and quotes are added. */
export interface RawEvent {
  readonly code: string;
  readonly verb: number;
  readonly source: SlotActor;
  /** Null for an event with no target ("the opposition protested"). */
  readonly target: SlotActor | null;
  readonly pattern: VerbPattern;
}

/** How many live words after its verb a default target may start (24: best of 16/24/40 on the dev sets). */
const TARGET_REACH = 24;
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

/** Per view: the live positions of "by", ascending. */
const bys = new WeakMap<View, readonly number[]>();

/** The first "by" after the verb in its clause: the slot after it is the agent. */
function byAgent(view: View, cl: Clauses, verb: number): Slot | null {
  let list = bys.get(view);
  if (!list) {
    list = view.live.flatMap((w, i) => (w.normal === 'by' ? [i] : []));
    bys.set(view, list);
  }
  const by = list;
  const i = by[lowerBound(by.length, (k) => (by[k] ?? 0) <= verb)];
  if (i === undefined || i >= clauseRunEnd(view, cl, verb)) return null;
  // "who was accused of molesting a boy ... was arrested by state police": a "by" after another
  // finite verb ("was arrested") is that verb's agent.
  for (let j = verb + 1; j < i; j++) if (view.live[j]?.pos === 'AUX' && verbLike(view.live, j + 1)) return null;
  return view.slotAt.get(i + 1) ?? view.slotAt.get(i + 2) ?? null;
}

/** "Sam ... whether he": a slot naming the source again is not its target. */
function sameActors(a: Slot, b: Slot | null): boolean {
  return b !== null && a.actors.every((x) => b.actors.some((y) => y.actorId === x.actorId));
}

/** Whether a slot after the verb is only words its pattern matched ("* on _ {twitter}"). */
function spelledBy(view: View, m: PatternMatch, verb: number, s: Slot): boolean {
  if (s.from <= verb || s.from >= m.end) return false;
  const words = new Set(m.pattern.pattern.flatMap((x) => (x.kind === 'word' ? x.words : [])));
  // "expelled Peruvian diplomats": a phrase with words of its own is the target the word names.
  for (let j = s.from; j < s.to; j++)
    if (!words.has(view.live[j]?.normal ?? '') && view.live[j]?.pos !== 'DET') return false;
  return true;
}

/** Whether the slot comes before the next conjunct verb ("... and mentioned the Court"). */
function reachable(view: View, verb: number, s: Slot): boolean {
  return s.from <= nextConjunctVerb(view, verb);
}

/** "using ten drones": a phrase after "using" names an instrument. */
function instrument(view: View, s: Slot): boolean {
  const j = view.live[s.from - 1]?.pos === 'DET' ? s.from - 2 : s.from - 1;
  return view.live[j]?.normal === 'using';
}

function firstSlotAfter(view: View, cl: Clauses, verb: number, skip: Slot | null, after = verb): Slot | null {
  const c = cl.of[verb] ?? 0;
  // Slots are in order of start: those at or before `after` are skipped, so start past them.
  const stop = nextConjunctVerb(view, verb);
  for (let k = firstSlotFrom(view, after + 1); k < view.slots.length; k++) {
    const s = view.slots[k] as Slot;
    if (s.from - verb > TARGET_REACH || s.from > stop) break;
    if (s.from <= after || s === skip || skip?.members.includes(s) || sameActors(s, skip)) continue;
    // "carried out the attack using ten drones": what the act used is no target.
    if (instrument(view, s)) continue;
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

/** The next conjunct verb phrase after the verb, within reach (`_clauses.ts`). */
const nextConjunctVerb = (view: View, verb: number): number => conjunctAfter(view, verb, TARGET_REACH);

/** A pattern with no literal word ("kill: * +"): its `+` is only the next actor, as a default target is. */
const bare = (m: PatternMatch): boolean => m.pattern.pattern.every((i) => i.kind !== 'word');

/** "were killed in Israeli shelling", "was fired from Gaza": the actor of a passive without "by". */
function passiveActor(view: View, verb: number): Slot | null {
  let i = verb + 1;
  while (view.live[i]?.pos === 'ADV') i++;
  if (TAKING.has(view.live[verb]?.lemma ?? '')) return null;
  const from = fromActor(view, i);
  if (from) return from;
  const prep = view.live[i];
  if (prep?.pos !== 'ADP') return null;
  i++;
  const slot = view.slotAt.get(i) ?? (view.live[i]?.pos === 'DET' ? view.slotAt.get(i + 1) : undefined);
  if (!slot?.actors.some((a) => a.code !== null)) return null;
  // "abducted in Syria" names a place; "killed in Israeli shelling" names who shelled.
  return bareplace(view, slot) ? null : slot;
}

const PLACE_PREP = new Set(['in', 'at', 'on', 'near', 'over', 'inside', 'across']);
/** What may follow an actor word that modifies a noun ("Israeli tank shelling"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "in Iraq", "at the Gaza Strip": an actor phrase after a place preposition that modifies no
 * noun. One that ends in a common noun ("an Arnor statement") or has a noun after it ("Israeli
 * shelling") names who acted.
 */
function bareplace(view: View, slot: Slot): boolean {
  let j = slot.from - 1;
  if (view.live[j]?.pos === 'DET') j--;
  const after = view.live[slot.to];
  const modifies =
    view.live[slot.to - 1]?.pos === 'NOUN' ||
    (after !== undefined && (MODIFIED.has(after.pos) || after.normal.endsWith('ing')));
  return PLACE_PREP.has(view.live[j]?.normal ?? '') && !modifies;
}

/**
 * "was handed over to Egypt": a pattern's `+` after "to" names a recipient even in the passive;
 * elsewhere ("was blown up over Eastern Ukraine") a passive verb has no object for it to name.
 */
function toTarget(view: View, target: Slot): boolean {
  let j = target.from - 1;
  if (view.live[j]?.pos === 'DET') j--;
  return view.live[j]?.normal === 'to';
}

/**
 * Verbs of taking something away: in "was recaptured from the Houthis", "were rescued from
 * kidnappers" the actor after the preposition lost it, and did not act.
 */
const TAKING = new Set([
  'capture',
  'recapture',
  'seize',
  'retake',
  'take',
  'wrest',
  'liberate',
  'free',
  'rescue',
  'steal',
  'confiscate',
]);

/** "was fired at it from the Gaza Strip": where a passive act came from, within a few words. */
function fromActor(view: View, at: number): Slot | null {
  for (let j = at; j < at + 6; j++) {
    const w = view.live[j];
    if (!w || w.pos === 'PUNCT' || w.pos === 'VERB') return null;
    if (w.normal !== 'from') continue;
    const slot = view.slotAt.get(j + 1) ?? (view.live[j + 1]?.pos === 'DET' ? view.slotAt.get(j + 2) : undefined);
    return slot?.actors.some((a) => a.code !== null) ? slot : null;
  }
  return null;
}

/**
 * "represents the local communities oppressed by the Chinese regime": a past participle right
 * after a noun, followed by "by", in a clause whose own verb came before it, is a reduced
 * relative passive modifying that noun ("... communities [that were] oppressed by ...").
 */
function reducedPassive(view: View, cl: Clauses, verb: number, patterns: readonly VerbPattern[]): boolean {
  const w = view.live[verb];
  const prev = view.live[verb - 1];
  if (!w || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  if (w.normal.endsWith('ing') || !(w.normal.endsWith('ed') || w.normal.endsWith('en') || w.normal !== w.lemma))
    return false;
  let j = verb + 1;
  while (view.live[j]?.pos === 'ADV') j++;
  const next = view.live[j]?.normal ?? '';
  const first = firstVerbOf(view, cl, cl.of[verb] ?? 0);
  const earlier = first >= 0 && first < verb;
  // "officials accused of ...": the word that follows the object comes at once, so there is none.
  if (next === 'of') return afterObject(patterns, next);
  // "released two priests kidnapped earlier this week", "mourned the soldiers killed in the
  // ambush": a participle of violence (roots 18 to 20) after a noun, after the clause's own
  // verb, with no object of its own, is passive though no "by" names the agent. Not arrests: "a
  // member of the movement jailed a year ago" is background the story does not report.
  if (next !== 'by')
    return earlier && !OBJECT_START.has(view.live[verb + 1]?.pos ?? '') && patterns.some((p) => VIOLENT.test(p.code));
  return earlier;
}

/** Words that open an object noun phrase: a participle followed by one is active ("soldiers killed two men"). */
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'PRON', 'ADJ']);

/**
 * True when a pattern of the verb spells `word` right after its object ("accuse * + of"): the
 * participle followed at once by that word has no object of its own ("officials accused of
 * war crimes" is passive: someone accused them). Used for "of" only: "met on Monday", "attacked
 * with drones" also follow an intransitive use.
 */
function afterObject(patterns: readonly VerbPattern[], word: string): boolean {
  return patterns.some((p) => {
    const v = p.pattern.findIndex((x) => x.kind === 'verb');
    const after = p.pattern[v + 2];
    return p.pattern[v + 1]?.kind === 'target' && after?.kind === 'word' && after.words.includes(word);
  });
}

function roles(
  view: View,
  cl: Clauses,
  verb: number,
  m: PatternMatch,
  speaker: Speaker,
  patterns: readonly VerbPattern[] = [],
): [Slot | null, Slot | null] {
  const c = cl.of[verb] ?? 0;
  // In a reduced relative passive the act is done to the noun it modifies, never to the
  // clause's subject or object elsewhere: the target is the coded actor phrase ending right
  // before the participle, or none (an uncoded noun: "the local communities"); the source is
  // the "by" agent.
  if (reducedPassive(view, cl, verb, patterns)) {
    const head = slotsEndingAt(view, verb).find((s) => s.actors.some((a) => a.code !== null)) ?? null;
    return [m.source ?? byAgent(view, cl, verb), head];
  }
  let source = m.source;
  let target = m.target;
  // "did not ratify the treaty, and mentioned a case at the Court": a bare pattern's `+` is a
  // default target and stops where one does, at a conjunct verb ("threatened a strike unless
  // Israel ...": a subordinate clause may still name whom).
  if (target && bare(m) && target.from > verb && !reachable(view, verb, target)) target = null;
  if (source === null && isPassive(view, verb)) {
    // "was condemned by X": X acts on the subject. Without "by" the subject still undergoes
    // the act ("were killed in Israeli shelling"): the actor named after the verb, if any, did it.
    // An active pattern's `+` after a passive verb names that actor, not the one acted on.
    // Not for a pattern's own `+`, nor "is said to restore": the subject does the complement.
    const agent = byAgent(view, cl, verb);
    const subject = subjectOf(view, cl, c);
    // "was attacked by militiamen with machetes": a pattern's `+` that is the agent names the actor.
    if (agent) target = target === null || target === agent ? subject : target;
    else if (
      subject !== null &&
      (target === null || bare(m) || !toTarget(view, target)) &&
      view.live[verb + 1]?.normal !== 'to'
    ) {
      const after = passiveActor(view, verb);
      target = subject;
      // No actor named: only the one acted on is known ("were killed in a car bombing").
      return [after, target];
    }
    // "a mortar bomb was fired at it from Gaza": no subject actor; where it came from did it.
    source = agent ?? (subject === null ? passiveActor(view, verb) : null);
  }
  source ??= speakerSubject(view, verb, speaker) ?? participleSubject(view, verb);
  if (source === null) {
    source = subjectOf(view, cl, c);
    if (source !== null && source === target) source = subjectOf(view, cl, cl.list[c]?.parent ?? -1);
  }
  const given = target !== null && !bare(m);
  target ??= firstSlotAfter(view, cl, verb, source);
  // "wrote on Twitter": a word the pattern spells is part of the act, not its target.
  if (target && !given && spelledBy(view, m, verb, target))
    target = firstSlotAfter(view, cl, verb, source, target.to - 1);
  // "the ministry touted the visit to Xinjiang a delegation of Pakistani experts": a default
  // target of the source's own state is a place or part of it; the next actor is the target.
  if (source && target && !given && allSameState(source, target)) {
    target = firstSlotAfter(view, cl, verb, source, target.to - 1);
  }
  return [source, target];
}

function allSameState(a: Slot, b: Slot): boolean {
  return a.actors.every((x) => b.actors.every((y) => x.code !== null && y.code !== null && sameState(x.code, y.code)));
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
  // "the Taiwanese delegation ... Taiwan", "the Chinese Foreign Ministry touted the visit to
  // Xinjiang": one state acting on itself is a misreading, with or without `$`/`+`. PETRARCH and
  // TABARI drop only identical codes; measured on the dev sets (upetrarch-gsr, plover, conflibert)
  // dropping the state/government pairs too loses nothing and gains a little; PETRARCH validation
  // is unchanged either way.
  for (const s of sources) {
    for (const t of targets) {
      if (s === t) continue;
      for (const a of s.actors) {
        for (const b of t.actors) {
          if (a.code === null || b.code === null || a.code === b.code) continue;
          if (sameState(a.code, b.code)) continue;
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
function actorAfter(view: View, verb: number, source: Slot | null = null): boolean {
  // An uncoded phrase counts only as the direct object ("condemned Boromir"), not inside a
  // later phrase ("lifted a state of emergency in West Darfur State").
  const object = (s: Slot): boolean => s.actors.some((a) => a.code !== null) || s.from - verb <= 2;
  for (let k = firstSlotFrom(view, verb + 1); k < view.slots.length; k++) {
    const s = view.slots[k] as Slot;
    if (s.from - verb > TARGET_REACH) break;
    // "he was shot by police": the agent of a passive is its source, not its object ("the
    // villages condemned by X" still has one: the noun it modifies).
    if (s === source || source?.members.includes(s)) continue;
    if (object(s)) return true;
  }
  return false;
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

/** Nouns of violence done to someone: "the genocide of", "the persecution of". */
const HARM = new Set(
  'genocide massacre massacres killing killings persecution oppression repression crackdown extermination eradication cleansing slaughter murder murders'.split(
    ' ',
  ),
);
const OF_VICTIM = new Set(['of', 'against', 'on']);

/**
 * "OIC members endorsed the genocide of Muslim communities": a cooperative act (roots 01 to 08)
 * whose object is harm done to the default target is not cooperation with that target.
 */
function victimOf(view: View, verb: number, target: Slot, code: string): boolean {
  if (Number(code.slice(0, 2)) > 8) return false;
  for (let j = Math.max(verb + 1, target.from - 3); j < target.from; j++) {
    if (HARM.has(view.live[j]?.normal ?? '') && OF_VICTIM.has(view.live[j + 1]?.normal ?? '')) return true;
  }
  return false;
}

const AT = new Set(['in', 'at']);

/** "made his remarks in Doha": a statement's default target after "in"/"at" is where it was made. */
function placeOf(view: View, target: Slot, m: PatternMatch): boolean {
  return m.pattern.code.startsWith('01') && AT.has(view.live[target.from - 1]?.normal ?? '');
}

const NP_WORD = new Set(['DET', 'ADJ', 'NUM']);

/**
 * "received the German chancellor": a host (043) receives its direct object; "received
 * invitations from Germany", "received 90 million tourists" (an uncoded object) host no visit
 * of the actor named later.
 */
function hostedGuest(view: View, verb: number, target: Slot, m: PatternMatch): boolean {
  if (m.pattern.code !== '043') return true;
  for (let j = verb + 1; j < target.from; j++) if (!NP_WORD.has(view.live[j]?.pos ?? '')) return false;
  return true;
}

/** Assault, fight and mass violence (CAMEO 18 to 20): coded even when no attacker is named. */
const VIOLENT = /^(?:18|19|20)/;
/**
 * Acts with no named actor that are still events: violence (18 to 20) and arrest (173, "was
 * detained on Friday"): an arrest is made by the authorities whether or not the text names them.
 */
const UNNAMED = /^(?:18|19|20|173)/;

/**
 * "A roadside bomb killed one U.S. soldier", "three Iraqi civilians were killed in a car
 * bombing": violence with no named attacker is still an event (PLOVER gold codes it with an
 * empty or local actor); the source is PETRARCH's unknown actor `---`, with no actor id.
 */
function unnamed(m: PatternMatch, verb: number, targets: readonly Slot[], out: RawEvent[]): void {
  // No words name it: `buildEvent` gives it the verb's span.
  const nobody: SlotActor = {
    actorId: null,
    name: 'unnamed attacker',
    code: '---',
    span: { start: 0, end: 0 },
    person: false,
  };
  for (const t of targets) {
    for (const b of t.actors) {
      if (b.code === null || b.code.startsWith('---')) continue;
      out.push({ code: m.pattern.code, verb, source: nobody, target: b, pattern: m.pattern });
    }
  }
}

const MODALS = new Set(['would', 'could', 'should', 'might', 'may', 'must', 'will', 'shall', "'d", "'ll"]);

/** "hoped they would soon be indicted": a modal in the verb group makes the act not (yet) done. */
function modalBefore(view: View, verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(0, verb - 4); j--) {
    const w = view.live[j];
    if (!w) return false;
    if (MODALS.has(w.normal)) return true;
    if (w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

export type { Speaker } from './_subjects.js';

/**
 * "militiamen armed with machetes attacked", "troops backed by Iran shelled": a past form after
 * a noun, followed by "with"/"by" and then by another verb before any punctuation, is a
 * participle modifying the noun, not the sentence's verb.
 */
function reducedRelative(view: View, i: number): boolean {
  const w = view.live[i];
  const prev = view.live[i - 1];
  if (!w || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || !w.normal.endsWith('ed')) return false;
  const next = view.live[i + 1]?.normal;
  if (next !== 'with' && next !== 'by') return false;
  return verbAhead(view)[i + 2] === true;
}

const POSSESSIVE = new Set(["'s", "'", '’s', '’', 'whose', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NO_OBJECT = new Set(['ADP', 'PUNCT', 'VERB', 'AUX', 'CCONJ']);

/**
 * "killed in Israeli tank shelling", "whose shooting by armed officers", "the killing of":
 * an -ing form after a determiner, adjective, possessive or noun, with no object after it
 * (a preposition, punctuation, a verb or the end follows), is a noun naming an event, not a
 * verb ("troops shelling the town" has an object and stays a verb).
 */
function nominalIng(view: View, i: number): boolean {
  const w = view.live[i];
  const prev = view.live[i - 1];
  if (!w?.normal.endsWith('ing') || !prev) return false;
  // "Kenya's leading opposition party", "the ruling party": after a determiner or a possessive
  // an -ing form is a noun or an adjective, whatever follows it.
  if (prev.pos === 'DET' || POSSESSIVE.has(prev.normal)) return true;
  const next = view.live[i + 1];
  if (next && !NO_OBJECT.has(next.pos)) return false;
  return prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NOUN' || POSSESSIVE.has(prev.normal);
}

/** Per view: whether a verb comes at or after each live position before any punctuation. */
const aheads = new WeakMap<View, readonly boolean[]>();

function verbAhead(view: View): readonly boolean[] {
  let out = aheads.get(view);
  if (out) return out;
  const n = view.live.length;
  const list: boolean[] = new Array(n + 1).fill(false);
  for (let j = n - 1; j >= 0; j--) {
    const x = view.live[j];
    list[j] = !x || x.pos === 'PUNCT' ? false : x.pos === 'AUX' || verbLike(view.live, j) ? true : list[j + 1] === true;
  }
  out = list;
  aheads.set(view, out);
  return out;
}

/**
 * "Qatar pledged to expel ...": a promise (intent to cooperate, root 03) whose pattern ends at the
 * verb or its "to", followed at once by a hostile act (roots 11 to 20) that has a pattern of its
 * own, is not cooperative intent: the event is the act, coded on the complement verb (which takes
 * the same subject). "pledged to protect" (07) stays an intent; "threatened to ban" (13) keeps its
 * own code; a pattern that spells the complement ("pledged to invest") keeps it too.
 */
function complementCarries(view: View, index: VerbIndex, i: number, m: PatternMatch): boolean {
  if (!m.pattern.code.startsWith('03') || m.end > i + 2 || view.live[i + 1]?.normal !== 'to') return false;
  let j = i + 2;
  while (view.live[j]?.pos === 'ADV') j++;
  const next = view.live[j];
  if (!next || !verbLike(view.live, j)) return false;
  for (const lemma of verbLemmas(next)) {
    const ms = bestPattern(view, patternsFor(index, next.normal, lemma), j);
    const root = Number(ms?.pattern.code.slice(0, 2));
    if (ms && EVENT_CODE.test(ms.pattern.code) && root >= 11 && root <= 20) return true;
  }
  return false;
}

const countryOf = (code: string | null): string => (code ?? '').slice(0, 3);

/**
 * "Israel said a mortar bomb was fired at it from Gaza", "the Observatory said eight people were
 * killed in an air strike by government forces": a speaker who reports violence (roots 18 to 20)
 * done by an actor of another country accuses that actor (112), as PETRARCH-style coders read
 * such reports: the violence is the speaker's allegation, and the accusation replaces it. Only a
 * speaker named before the verb: a trailing ", officials said" is attribution, not an accusation.
 */
function accusations(view: View, cl: Clauses, verb: number, m: PatternMatch, speaker: Speaker, out: RawEvent[]): void {
  const subject = speakerSubject(view, verb, speaker) ?? subjectOf(view, cl, cl.of[verb] ?? 0);
  if (!subject || subject.from > verb || view.live[subject.from]?.pos === 'PRON') return;
  const attackers = out.filter((e) => e.verb > verb && VIOLENT.test(e.code) && e.source.actorId !== null);
  const alleged = new Set<RawEvent>();
  for (const e of attackers) {
    for (const s of subject.actors) {
      if (s.code === null || s.code.startsWith('---') || e.source.code === null) continue;
      if (countryOf(s.code) === countryOf(e.source.code)) continue;
      alleged.add(e);
      if (out.some((x) => x.code === '112' && x.source.code === s.code && x.target?.code === e.source.code)) continue;
      out.push({ code: '112', verb, source: s, target: e.source, pattern: m.pattern });
    }
  }
  // The violence is the speaker's allegation: the accusation is the event.
  for (let k = out.length - 1; k >= 0; k--) if (alleged.has(out[k] as RawEvent)) out.splice(k, 1);
}

const CROWD = /\b(?:protesters?|protestors?|rioters?|demonstrators?|mobs?)\b/i;
/** Coerce, assault, fight and mass violence: physical acts (roots 17 to 20). */
const PHYSICAL = /^(?:17|18|19|20)/;

/**
 * CAMEO's codes for violence in street protest: a crowd of protesters or rioters coercing or
 * assaulting riots (145, "the building was demolished by protesters"); force used on such a
 * crowd is violent repression (175, "troops clashed with rioters").
 */
function crowdViolence(e: RawEvent): RawEvent {
  if (!PHYSICAL.test(e.code)) return e;
  // Military means ("demonstrators launched missiles", 191 to 196 and 20) stay what they are.
  if (CROWD.test(e.source.name)) return /^(?:1[78]|190$)/.test(e.code) ? { ...e, code: '145' } : e;
  if (e.target && CROWD.test(e.target.name)) return { ...e, code: '175' };
  return e;
}

/** Verbs of asking and ordering: "A asked B to VERB", where B, not A, is to do the act. */
const APPEAL = new Set([
  'ask',
  'urge',
  'call',
  'press',
  'request',
  'appeal',
  'beg',
  'implore',
  'encourage',
  'invite',
  'tell',
  'order',
  'instruct',
  'demand',
  'petition',
  'pressure',
  'push',
  'exhort',
  'advise',
]);

/**
 * "asked the embassy to waive", "urged Turkey to halt", "asking to waive", "advised her to
 * kill": a `to` clause after an active verb of asking (no punctuation between) is an act asked
 * for, not done, and mostly by the one asked, not the asker; it codes no event of its own (the
 * appeal, where the table codes it, is the event; "asked to meet" is no meeting). "Iran was
 * asked to halt" (passive): the subject is the one asked and does the complement.
 */
function appealed(view: View, cl: Clauses, c: number): boolean {
  const start = cl.of.indexOf(c);
  for (let j = start - 1; j >= 0 && start - j <= 10; j--) {
    const w = view.live[j];
    if (!w || w.pos === 'PUNCT') return false;
    if (!verbLike(view.live, j)) continue;
    return APPEAL.has(w.lemma) && !isPassive(view, j);
  }
  return false;
}

const noCompound = (p: VerbPattern): boolean => p.pattern.every((x) => x.kind !== 'compound');

/**
 * "Egyptian and Greek ministers met on Sunday, after Turkey signed a deal": a compound (`%`)
 * pattern's parties are in the verb's own clause; a compound in another clause ("Egyptian and
 * Greek ministers") did not sign, and the verb takes its best pattern without one.
 */
function ownCompound(cl: Clauses, verb: number, m: PatternMatch | null): PatternMatch | null {
  if (!m?.compound) return m;
  // "gathered in Cairo to discuss": a `to` clause shares the subject of the clause above it.
  let c = cl.of[verb] ?? -1;
  while (cl.list[c]?.kind === 'to' && cl.of[m.compound.from] !== c) c = cl.list[c]?.parent ?? -1;
  return cl.of[m.compound.from] === c ? m : null;
}

/**
 * "a trial in Saudi Arabia in which eleven men were charged": in a relative clause with a
 * subject of its own, an actor the pattern found before the clause is no party to its verb.
 */
function outsideRelative(view: View, cl: Clauses, verb: number, m: PatternMatch): PatternMatch {
  const c = cl.of[verb] ?? 0;
  if (!objectRelative(view, cl, c)) return m;
  const start = clauseStart(view, cl, c);
  const inside = (s: Slot | null): Slot | null => (s && s.from < start ? null : s);
  return { ...m, source: inside(m.source), target: inside(m.target) };
}

/** The raw events of one sentence view, with its clauses. */
export function codeView(
  view: View,
  index: VerbIndex,
  speaker: Speaker = () => null,
): { events: RawEvent[]; clauses: Clauses } {
  const cl = clauses(view);
  const walls = clauseWalls(view, cl);
  const out: RawEvent[] = [];
  if (yesNoQuestion(view)) return { events: out, clauses: cl };
  const coded = new Set<number>();
  const lonely: (() => void)[] = [];
  const reports: { verb: number; match: PatternMatch }[] = [];
  const spelled: { from: number; to: number; words: ReadonlySet<string> }[] = [];
  for (let i = 0; i < view.live.length; i++) {
    const w = view.live[i];
    if (!w || view.slotAt.has(i) || !(verbLike(view.live, i) || w.pos === 'AUX')) continue;
    if (reducedRelative(view, i) || nominalIng(view, i) || attributiveParticiple(view, i) || nameWord(view.live, i))
      continue;
    if (hypothetical(view, cl, i)) continue;
    let patterns: readonly VerbPattern[] = [];
    for (const lemma of verbLemmas(w)) if (patterns.length === 0) patterns = patternsFor(index, w.normal, lemma);
    if (patterns.length === 0) continue;
    const best =
      ownCompound(cl, i, bestPattern(view, patterns, i, walls)) ??
      bestPattern(view, patterns.filter(noCompound), i, walls);
    if (!best || !EVENT_CODE.test(best.pattern.code) || (w.pos === 'AUX' && best.score === 0)) continue;
    // A negated verb whose pattern does not spell the negation: CAMEO's reject code for the act
    // ("did not agree to" 030 → 120), or no event where CAMEO has none ("did not condemn").
    let m = outsideRelative(view, cl, i, best);
    if (!best.negated && isNegated(view, i)) {
      const code = negatedCode(best.pattern.code);
      if (!code) continue;
      m = { ...m, pattern: { ...m.pattern, code } };
    }
    // "accused X of attacking Y": a gerund after a preposition has no subject of its own.
    // ("for fighting": the tagger may call "for" a subordinator.)
    const prev = view.live[i - 1];
    if (!m.source && w.normal.endsWith('ing') && (prev?.pos === 'ADP' || prev?.normal === 'for')) continue;
    if (complementCarries(view, index, i, m)) continue;
    // A bare statement verb ("said") is coded, if at all, after the sentence (`_statement.ts`).
    if (bareStatement(m.pattern)) {
      reports.push({ verb: i, match: m });
      continue;
    }
    // "claimed that ISIL had attacked Iraq" (112): a verb an earlier coded pattern spelled is
    // part of that event (the accusation), not an event of its own.
    if (spelled.some((x) => x.from <= i && i < x.to && x.words.has(w.normal))) continue;
    const clause = cl.list[cl.of[i] ?? 0];
    if (clause?.kind === 'to' && coded.has(clause.parent)) {
      coded.add(cl.of[i] ?? 0);
      continue;
    }
    // "wrote to the embassy asking to waive her immunity": the one asked is to do it, not the asker.
    if (clause?.kind === 'to' && appealed(view, cl, cl.of[i] ?? 0)) continue;
    const before = out.length;
    if (m.compound) pairs(m.pattern.code, m, i, m.compound.members, m.compound.members, out);
    else {
      const [source, found] = roles(view, cl, i, m, speaker, patterns);
      if (source && shareOf(view, source)) continue;
      const own = m.target !== null && !bare(m);
      const target =
        found &&
        !own &&
        (victimOf(view, i, found, m.pattern.code) || placeOf(view, found, m) || !hostedGuest(view, i, found, m))
          ? null
          : found;
      if (source && target) pairs(m.pattern.code, m, i, source.members, target.members, out);
      // A statement needs no target ("spoke at a press conference in Irbil"): it is not its object.
      else if (
        source &&
        !target &&
        (!actorAfter(view, i, reducedPassive(view, cl, i, patterns) ? null : source) || m.pattern.code.startsWith('01'))
      ) {
        lonely.push(() => alone(view, m, i, source.members, out));
        // "threatened to resume protests": the complement is the content of the threat, coded or not.
        coded.add(cl.of[i] ?? 0);
      }
      // "killed in action in Iraq": with no attacker, a default target after "in" is a place.
      else if (
        !source &&
        target &&
        UNNAMED.test(m.pattern.code) &&
        (VIOLENT.test(m.pattern.code) || !modalBefore(view, i)) &&
        (own || !bareplace(view, target))
      )
        unnamed(m, i, target.members, out);
    }
    if (out.length > before) {
      coded.add(cl.of[i] ?? 0);
      const words = m.pattern.pattern.flatMap((x) => (x.kind === 'word' ? x.words : []));
      if (m.end > i + 1 && words.length > 0) spelled.push({ from: i + 1, to: m.end, words: new Set(words) });
    }
  }
  // A verb with a source but no target is an event only in a sentence that codes no dyad: where
  // one was coded, a target-less verb is more often a clause the dyad already covers.
  if (out.length === 0) for (const code of lonely) code();
  for (const r of reports) accusations(view, cl, r.verb, r.match, speaker, out);
  return { events: out.map(crowdViolence), clauses: cl };
}
