/**
 * Clauses of a sentence from POS tags, in one left-to-right pass: a subordinating
 * conjunction opens a `sub` clause (`that` a `that` clause), a relative pronoun a `rel`
 * clause whose subject is the phrase before it (", which ..." closes at the next comma),
 * `to` + verb a `to` clause sharing its parent's subject, `;`/`:` and "and" + subject + verb
 * a new main clause. A clause's subject is its first slot before its first verb.
 */
import { verbLike } from '../mentions/words.js';
import type { Walls } from './_pattern.js';
import { type Slot, slotIndicesEndingAt, type View } from './_view.js';

export type ClauseKind = 'main' | 'that' | 'to' | 'rel' | 'sub';

/** One clause. */
export interface Clause {
  readonly kind: ClauseKind;
  readonly parent: number;
  /** For `rel`: the phrase the relative pronoun stands for. */
  readonly antecedent: Slot | null;
}

/** Clauses and the clause of every live position. */
export interface Clauses {
  readonly list: readonly Clause[];
  readonly of: readonly number[];
}

const REL = new Set(['who', 'which', 'whom', 'whose']);
const SUBORD = new Set([
  'after',
  'before',
  'because',
  'while',
  'although',
  'though',
  'until',
  'since',
  'unless',
  'whereas',
  'when',
  'as',
]);
const COMPLEMENT = new Set(['that', 'whether']);
const PUNCT = new Set([',', ';', ':', '.']);

/** "after crowds trashed its embassy": a subordinator the tagger called a preposition. */
function opensClause(view: View, i: number): boolean {
  const w = view.live[i];
  if (!w) return false;
  if (w.pos === 'SCONJ') return true;
  if (!SUBORD.has(w.normal) && !COMPLEMENT.has(w.normal)) return false;
  // "sanctions against officers, as well as against banks": no subordinator.
  if (w.normal === 'as' && view.live[i + 1]?.normal === 'well') return false;
  for (let j = i + 1; j <= i + 6; j++) {
    const x = view.live[j];
    if (!x || PUNCT.has(x.normal)) return false;
    if (x.pos === 'AUX' || verbLike(view.live, j)) return true;
  }
  return false;
}
const BREAK = new Set([';', ':', '--', '—', '–']);
const DASHES = new Set(['--', '—', '–', '-']);

/** What closes an aside opened by `open` before a relative pronoun: a comma, a dash, a bracket. */
function closerOf(open: string): ReadonlySet<string> | null {
  if (open === ',') return new Set([',']);
  if (DASHES.has(open)) return DASHES;
  if (open === '(') return new Set([')']);
  return null;
}

/** The last slot (in `slots` order) ending at `pos` or one word before it. */
function lastSlotBefore(view: View, pos: number): Slot | null {
  const last = (end: number): number => slotIndicesEndingAt(view, end).at(-1) ?? -1;
  return view.slots[Math.max(last(pos), last(pos - 1))] ?? null;
}

/**
 * "a way that has damaged the people's trust", "the strike that killed the general": "that"
 * right after a noun and right before a verb is a relative pronoun, the subject of its clause.
 */
function relativeThat(view: View, i: number): boolean {
  if (view.live[i]?.normal !== 'that' || view.live[i - 1]?.pos !== 'NOUN') return false;
  return view.live[i + 1]?.pos === 'AUX' || verbLike(view.live, i + 1);
}

/** Splits a view into clauses. */
export function clauses(view: View): Clauses {
  const list: Clause[] = [{ kind: 'main', parent: -1, antecedent: null }];
  const of: number[] = [];
  let current = 0;
  let closeAt: { readonly parent: number; readonly by: ReadonlySet<string> } | null = null;
  const open = (kind: ClauseKind, parent: number, antecedent: Slot | null = null): void => {
    list.push({ kind, parent, antecedent });
    current = list.length - 1;
  };
  // Per clause: whether a verb came in it yet ("Egypt and Greece said": no verb before "and",
  // so "Greece said" continues a compound subject, not a new clause).
  const hasVerb: boolean[] = [];
  const live = view.live;
  for (let i = 0; i < live.length; i++) {
    const w = live[i];
    if (!w) continue;
    if (closeAt?.by.has(w.normal)) {
      of.push(current);
      current = closeAt.parent;
      closeAt = null;
      continue;
    }
    if (i === 0 && introduction(view) > 0) {
      // "In a letter handed to the UN on Monday, Iraq said ...", "Before leaving for Beijing,
      // Bush met ...": an opening prepositional phrase or subordinate clause up to its comma is
      // a clause of its own; its verbs and actors are not the main clause's.
      open('sub', 0);
      closeAt = { parent: 0, by: new Set([',']) };
    } else if (BREAK.has(w.normal) && !(REL.has(live[i + 1]?.normal ?? '') && DASHES.has(w.normal))) open('main', -1);
    else if ((REL.has(w.normal) && (w.pos === 'PRON' || w.pos === 'DET')) || relativeThat(view, i)) {
      const parent = current;
      const by = closerOf(live[i - 1]?.normal ?? '');
      open('rel', parent, lastSlotBefore(view, by ? i - 1 : i));
      if (by) closeAt = { parent, by };
    } else if (opensClause(view, i)) open(COMPLEMENT.has(w.normal) ? 'that' : 'sub', current);
    else if (reportedClause(view, i)) open('that', current);
    else if (w.normal === 'to' && w.pos === 'PART' && nextIsVerb(view, i + 1)) open('to', current);
    else if (w.pos === 'CCONJ' && hasVerb[current] === true && newSubject(view, i + 1)) open('main', -1);
    else if (
      w.normal === ',' &&
      list[current]?.kind === 'sub' &&
      hasVerb[current] === true &&
      newSubject(view, i + 1)
    ) {
      // "A few hours before the jet crashed, Iran launched missiles": a subordinate clause with
      // its verb ends at a comma before a new subject and verb; the clause above goes on.
      of.push(current);
      current = list[current]?.parent ?? 0;
      continue;
    }
    if (verbLike(live, i)) hasVerb[current] = true;
    of.push(current);
  }
  return { list, of };
}

/**
 * The clause of a verbless opening phrase ("On Wednesday, Egypt denounced Turkey", "In a letter
 * to the UN on Monday, Iraq said ..."), or -1: the phrase modifies the clause after its comma,
 * so its time dates that clause's acts. An opening clause with a verb ("After the jet crashed on
 * Monday, ...") has acts and times of its own.
 */
export function openingPhrase(view: View, cl: Clauses): number {
  const c = cl.of[0];
  if (c === undefined || c === 0 || cl.list[c]?.kind !== 'sub') return -1;
  for (let k = 0; k < cl.of.length && cl.of[k] === c; k++) if (verbLike(view.live, k)) return -1;
  return c;
}

/** The position of the comma closing an opening prepositional phrase (at most 15 words), or -1. */
function introduction(view: View): number {
  const first = view.live[0];
  // "Speaking in Berlin, the minister accused ...": an opening participle phrase too.
  const participle = first?.normal.endsWith('ing') === true && verbLike(view.live, 0);
  if (first?.pos !== 'ADP' && !opensClause(view, 0) && !participle) return -1;
  for (let j = 1; j <= 15; j++) {
    const x = view.live[j];
    if (!x || x.normal === ';' || x.normal === ':') return -1;
    if (x.normal === ',') return j;
  }
  return -1;
}

/** Verbs of saying and thinking that take a clause without "that" ("said eight people were killed"). */
const REPORT = new Set(['say', 'claim', 'report', 'announce', 'insist', 'believe', 'think', 'hope', 'fear', 'allege']);
const OPENS = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'PRON', 'ADJ']);

/**
 * "The Observatory said eight people were killed": a subject and verb right after a verb of
 * saying open its complement clause, as "that" would.
 */
function reportedClause(view: View, i: number): boolean {
  const prev = view.live[i - 1];
  const w = view.live[i];
  if (!prev || !w || !REPORT.has(prev.lemma) || !verbLike(view.live, i - 1) || !OPENS.has(w.pos)) return false;
  for (let j = i + 1; j <= i + 8; j++) {
    const x = view.live[j];
    if (x?.normal === ',') return appositiveThenAux(view, j);
    if (!x || PUNCT.has(x.normal)) return false;
    if (x.pos === 'AUX' || verbLike(view.live, j)) return true;
  }
  return false;
}

/** How many words an appositive between a reported subject and its verb may run. */
const APPOSITIVE = 16;

/**
 * "said a man from China, a recent graduate of a top university, was detained": a comma after
 * the reported clause's subject may open an appositive; the clause goes on when an auxiliary
 * follows that comma (the aside was deleted) or the comma closing the appositive.
 */
function appositiveThenAux(view: View, comma: number): boolean {
  if (view.live[comma + 1]?.pos === 'AUX') return true;
  for (let j = comma + 1; j <= comma + APPOSITIVE; j++) {
    const x = view.live[j];
    if (!x || (PUNCT.has(x.normal) && x.normal !== ',') || x.normal === 'that') return false;
    if (x.normal === ',') return view.live[j + 1]?.pos === 'AUX';
    if (verbLike(view.live, j) || x.pos === 'AUX') return false;
  }
  return false;
}

const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

function nextIsVerb(view: View, i: number): boolean {
  let j = i;
  while (view.live[j]?.pos === 'ADV') j++;
  return verbLike(view.live, j) || view.live[j]?.pos === 'AUX';
}

function newSubject(view: View, i: number): boolean {
  const slot = view.slotAt.get(i) ?? (view.live[i]?.pos === 'DET' ? view.slotAt.get(i + 1) : undefined);
  if (!slot) return false;
  const next = view.live[slot.to];
  return next !== undefined && (next.pos === 'AUX' || verbLike(view.live, slot.to));
}

/**
 * "In a letter to the United Nations, Iraq said ...", "In the United Kingdom, the virus has
 * killed ...": an actor inside a prepositional phrase is not the subject. "of" is kept: "the
 * leader of Iran said" names Iran when "the leader" is no actor.
 */
function inPhrase(view: View, s: Slot): boolean {
  let j = s.from - 1;
  while (view.live[j]?.pos === 'DET' || view.live[j]?.pos === 'ADJ' || view.live[j]?.pos === 'NUM') j--;
  const w = view.live[j];
  // "Up to 100 Albanians", "more than 200 protesters": a number after it makes it a quantity.
  if (view.live[j + 1]?.pos === 'NUM') return false;
  return w?.pos === 'ADP' && w.normal !== 'of' && !opensClause(view, j);
}

/** Nouns for texts and arrangements: things that do not act, whoever made them. */
const DOCUMENT = new Set(
  'memorandum memorandums deal deals agreement agreements accord accords treaty treaties pact pacts law laws bill bills decree contract contracts resolution'.split(
    ' ',
  ),
);

/**
 * "the memorandum between Turkey and Libya infringes upon ...": a compound inside a
 * prepositional phrase after a document noun names the document's parties; the document is the
 * subject, and a thing performs no act (the compound's later members are not the subject either).
 */
function ofDocument(view: View, s: Slot): boolean {
  if (!inPhrase(view, s)) return false;
  let j = s.from - 1;
  while (view.live[j]?.pos === 'DET' || view.live[j]?.pos === 'ADJ' || view.live[j]?.pos === 'NUM') j--;
  return DOCUMENT.has(view.live[j - 1]?.normal ?? '');
}

/** Per clause: its first verb and its first slot before that verb (computed once per sentence). */
interface Heads {
  readonly firstVerb: ReadonlyMap<number, number>;
  readonly firstSlot: ReadonlyMap<number, Slot>;
  /** Live position after the run of words sharing each position's clause. */
  readonly runEnd: readonly number[];
  /** Each clause's first live position. */
  readonly start: ReadonlyMap<number, number>;
}

const heads = new WeakMap<Clauses, Heads>();

function headsOf(view: View, cl: Clauses): Heads {
  let h = heads.get(cl);
  if (h) return h;
  const firstVerb = new Map<number, number>();
  for (let i = 0; i < view.live.length; i++) {
    const c = cl.of[i] ?? -1;
    if (!firstVerb.has(c) && verbLike(view.live, i)) firstVerb.set(c, i);
  }
  const firstSlot = new Map<number, Slot>();
  for (const s of view.slots) {
    const c = cl.of[s.from] ?? -1;
    if (inPhrase(view, s) || s.members.some((m) => m.from < s.from && ofDocument(view, m))) continue;
    if (!firstSlot.has(c) && s.from < (firstVerb.get(c) ?? Number.POSITIVE_INFINITY)) firstSlot.set(c, s);
  }
  const n = view.live.length;
  const start = new Map<number, number>();
  for (let i = n - 1; i >= 0; i--) start.set(cl.of[i] ?? -1, i);
  const runEnd: number[] = new Array(n).fill(n);
  for (let i = n - 2; i >= 0; i--) runEnd[i] = cl.of[i] === cl.of[i + 1] ? (runEnd[i + 1] ?? n) : i + 1;
  h = { firstVerb, firstSlot, runEnd, start };
  heads.set(cl, h);
  return h;
}

/** The first live position after `i` outside the clause of `i` (or the sentence's end). */
export function clauseRunEnd(view: View, cl: Clauses, i: number): number {
  return headsOf(view, cl).runEnd[i] ?? view.live.length;
}

/** The first live position of clause `c` (its opening word: "that"), or -1. */
export function clauseStart(view: View, cl: Clauses, c: number): number {
  return headsOf(view, cl).start.get(c) ?? -1;
}

/** The live position of the first verb of clause `c`, or -1. */
export function firstVerbOf(view: View, cl: Clauses, c: number): number {
  return headsOf(view, cl).firstVerb.get(c) ?? -1;
}

/** The subject of clause `c`: its first slot before its first verb, else the inherited one. */
export function subjectOf(view: View, cl: Clauses, c: number): Slot | null {
  const own = headsOf(view, cl).firstSlot.get(c);
  if (own) return own;
  const clause = cl.list[c];
  if (!clause) return null;
  // A relative "that" (read from its place only, `relativeThat`) lends its clause no subject.
  if (clause.kind === 'rel')
    return objectRelative(view, cl, c) || view.live[clauseStart(view, cl, c)]?.normal === 'that'
      ? null
      : clause.antecedent;
  if (clause.kind === 'to' && clause.parent >= 0) return subjectOf(view, cl, clause.parent);
  // "Annan announced that he will withdraw ...": a personal pronoun opening a `that` clause
  // stands for the subject of the clause above (the speaker), as coders read reported speech.
  if (clause.kind !== 'that' || clause.parent < 0) return null;
  const start = clauseStart(view, cl, c);
  const opener = view.live[start]?.normal === 'that' ? start + 1 : start;
  if (PERSONAL.has(view.live[opener]?.normal ?? '')) return subjectOf(view, cl, clause.parent);
  return null;
}

const wallsOf = new WeakMap<Clauses, Walls>();

/**
 * Where a clause other than a `to` clause opens: a verb pattern's gap does not run past one
 * ("concluded that the agreement ..." concluded no agreement). A clause the words go back to
 * (the rest of a clause after a comma-closed aside) is no wall, nor a noun's `that` clause
 * ("accepted demands from the rebels that it initiate reforms": the demands are the object), nor
 * a reported clause without "that". An actor may stand in a subordinate or `that` clause
 * ("threatened a strike unless Israel ...", "claimed that ISIL attacked"), not in a relative or
 * a new main clause.
 */
export function clauseWalls(view: View, cl: Clauses): Walls {
  let walls = wallsOf.get(cl);
  if (walls) return walls;
  const words: number[] = [];
  const actors: number[] = [];
  for (let j = 1; j < cl.of.length; j++) {
    const c = cl.of[j] ?? 0;
    const kind = cl.list[c]?.kind;
    if (c <= (cl.of[j - 1] ?? 0) || kind === 'to') continue;
    if (kind === 'rel' || kind === 'main') actors.push(j);
    // A reported clause with no "that" may be a misread object ("announced asset freezes").
    if (kind === 'that' && (view.live[j - 1]?.pos === 'NOUN' || !COMPLEMENT.has(view.live[j]?.normal ?? ''))) continue;
    words.push(j);
  }
  walls = { words, actors };
  wallsOf.set(cl, walls);
  return walls;
}

/**
 * "give a speech on relations with Asia and meet with exiled dissidents": a conjunction and a
 * verb start a conjunct verb phrase; the actors and places after it are that verb's. The position
 * of such a conjunction after the verb (within `reach` words), or the end of the sentence.
 */
export function conjunctAfter(view: View, verb: number, reach = view.live.length): number {
  const end = Math.min(view.live.length, verb + reach + 1);
  for (let j = verb + 1; j < end; j++) {
    if (view.live[j]?.pos !== 'CCONJ') continue;
    let k = j + 1;
    while (view.live[k]?.pos === 'ADV' || view.live[k]?.pos === 'AUX') k++;
    if (!view.slotAt.has(k) && verbLike(view.live, k)) return j;
  }
  return view.live.length;
}

const NAMING = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "fighters which European nations have refused to repatriate", "a trial in which eleven men
 * were charged": a relative clause with a subject of its own before its verb; the phrase the
 * pronoun stands for is its object (or a circumstance), not its subject. "whose" opens its own
 * subject ("whose commander is ...").
 */
export function objectRelative(view: View, cl: Clauses, c: number): boolean {
  if (cl.list[c]?.kind !== 'rel') return false;
  const start = clauseStart(view, cl, c);
  const verb = firstVerbOf(view, cl, c);
  if (start < 0 || verb < 0 || view.live[start]?.normal === 'whose') return false;
  for (let j = start + 1; j < verb; j++) {
    const w = view.live[j];
    if (w && cl.of[j] === c && NAMING.has(w.pos)) return true;
  }
  return false;
}
