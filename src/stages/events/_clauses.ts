/**
 * Clauses of a sentence from POS tags, in one left-to-right pass: a subordinating
 * conjunction opens a `sub` clause (`that` a `that` clause), a relative pronoun a `rel`
 * clause whose subject is the phrase before it (", which ..." closes at the next comma),
 * `to` + verb a `to` clause sharing its parent's subject, `;`/`:` and "and" + subject + verb
 * a new main clause. A clause's subject is its first slot before its first verb.
 */
import { verbLike } from '../mentions/words.js';
import type { Slot, View } from './_view.js';

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
]);
const COMPLEMENT = new Set(['that', 'whether']);
const PUNCT = new Set([',', ';', ':', '.']);

/** "after crowds trashed its embassy": a subordinator the tagger called a preposition. */
function opensClause(view: View, i: number): boolean {
  const w = view.live[i];
  if (!w) return false;
  if (w.pos === 'SCONJ') return true;
  if (!SUBORD.has(w.normal) && !COMPLEMENT.has(w.normal)) return false;
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

function lastSlotBefore(view: View, pos: number): Slot | null {
  let best: Slot | null = null;
  for (const s of view.slots) if (s.to <= pos && pos - s.to <= 1) best = s;
  return best;
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
    if (BREAK.has(w.normal) && !(REL.has(live[i + 1]?.normal ?? '') && DASHES.has(w.normal))) open('main', -1);
    else if (REL.has(w.normal) && (w.pos === 'PRON' || w.pos === 'DET')) {
      const parent = current;
      const by = closerOf(live[i - 1]?.normal ?? '');
      open('rel', parent, lastSlotBefore(view, by ? i - 1 : i));
      if (by) closeAt = { parent, by };
    } else if (opensClause(view, i)) open(COMPLEMENT.has(w.normal) ? 'that' : 'sub', current);
    else if (w.normal === 'to' && w.pos === 'PART' && nextIsVerb(view, i + 1)) open('to', current);
    else if (w.pos === 'CCONJ' && newSubject(view, i + 1)) open('main', -1);
    of.push(current);
  }
  return { list, of };
}

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

/** The subject of clause `c`: its first slot before its first verb, else the inherited one. */
export function subjectOf(view: View, cl: Clauses, c: number): Slot | null {
  let firstVerb = Number.POSITIVE_INFINITY;
  for (let i = 0; i < view.live.length; i++) {
    if (cl.of[i] === c && verbLike(view.live, i)) {
      firstVerb = i;
      break;
    }
  }
  for (const s of view.slots) if (cl.of[s.from] === c && s.from < firstVerb) return s;
  const clause = cl.list[c];
  if (!clause) return null;
  if (clause.kind === 'rel') return clause.antecedent;
  if (clause.kind === 'to' && clause.parent >= 0) return subjectOf(view, cl, clause.parent);
  return null;
}
