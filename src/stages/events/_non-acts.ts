/**
 * Verbs and subjects that report no act of a political actor: a participle used as an
 * adjective ("guarding captured fighters", "a banned militant group"), a verb in a conditional
 * or open question ("if Iran attacks", "whether Russia invaded"), and a share of a population
 * as the subject ("57 percent of the public opposes"): what a poll finds is opinion, not an act;
 * a capitalised word inside running text that begins a name ("entered Tell Tamer"); a yes-no
 * question ("Could China invade Taiwan?").
 */

import type { Word } from '../mentions/words.js';
import { type Clauses, clauseStart } from './_clauses.js';
import type { Slot, View } from './_view.js';

/** Relative words the tagger may call determiners ("the strike that killed"). */
const RELATIVE = new Set(['that', 'which', 'what', 'whose', 'who', 'whom']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A past participle form: inflected, not an -ing or a third-person -s form. */
const pastForm = (normal: string, lemma: string): boolean =>
  normal !== lemma && !normal.endsWith('ing') && !normal.endsWith('s');

/**
 * "a banned militant organization", "guarding captured ISIS fighters": a past participle after
 * a determiner, adjective or numeral (or a verb whose object it begins), before the noun it
 * modifies, is an adjective: it names no act of the sentence.
 */
export function attributiveParticiple(view: View, i: number): boolean {
  const w = view.live[i];
  const prev = view.live[i - 1];
  const next = view.live[i + 1];
  if (!w || !prev || !next || !pastForm(w.normal, w.lemma)) return false;
  if (!(NOMINAL.has(next.pos) || view.slotAt.has(i + 1))) return false;
  if (view.slotAt.has(i - 1) || RELATIVE.has(prev.normal)) return false;
  if (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM') return true;
  // Two finite verbs do not touch: after a verb, the participle begins its object ("guard
  // captured fighters"); "got arrested", "remained detained" are passives, not objects.
  return prev.pos === 'VERB' && !LINKING.has(prev.lemma);
}

/** Verbs a participle follows as a complement, not as the start of an object. */
const LINKING = new Set(['get', 'become', 'remain', 'seem', 'appear', 'stay', 'feel', 'keep', 'go', 'look']);

/** Words opening a clause that states no fact: a condition or an open question. */
const OPEN = new Set(['if', 'unless', 'whether']);

/**
 * "If Iran attacks Israel, ...", "warned that if Israel strikes": a verb in a clause opened by
 * "if", "unless" or "whether" (or in one inside it) is a condition or a question, not an act.
 */
export function hypothetical(view: View, cl: Clauses, verb: number): boolean {
  let c = cl.of[verb] ?? -1;
  while (c > 0) {
    const start = clauseStart(view, cl, c);
    if (OPEN.has(view.live[start]?.normal ?? '')) return true;
    c = cl.list[c]?.parent ?? -1;
  }
  return false;
}

/** Heads of a share of a population ("57 percent of", "a majority of", "two-thirds of"). */
const SHARE = new Set([
  'percent',
  'cent',
  '%',
  'majority',
  'minority',
  'plurality',
  'share',
  'proportion',
  'fraction',
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
]);

/**
 * "57 percent of the U.S. public opposes the war": a slot governed by "of" after a share is
 * part of a quantity (what a poll counts), not the actor that acts.
 */
export function shareOf(view: View, slot: Slot): boolean {
  let j = slot.from - 1;
  if (view.live[j]?.pos === 'DET') j--;
  return view.live[j]?.normal === 'of' && SHARE.has(view.live[j - 1]?.normal ?? '');
}

const upper = (text: string | undefined): boolean => /^\p{Lu}/u.test(text ?? '');
const lower = (text: string | undefined): boolean => /^\p{Ll}/u.test(text ?? '');

/**
 * "the army entered Tell Tamer": a capitalised word after a lower-case one and before another
 * capitalised one is part of a name, whatever the tagger says; a headline in title case has no
 * lower-case word before it and is not touched.
 */
export function nameWord(words: readonly Word[], i: number): boolean {
  return lower(words[i - 1]?.text) && upper(words[i]?.text) && upper(words[i + 1]?.text);
}

const MODALS = new Set([
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'did',
  'does',
  'do',
]);

/**
 * "Could China invade Taiwan?": a question opening with an auxiliary asks whether an act
 * happens; it reports none.
 */
export function yesNoQuestion(view: View): boolean {
  const first = view.live[0];
  const last = view.live.at(-1)?.normal === '"' ? view.live.at(-2) : view.live.at(-1);
  return last?.normal === '?' && first !== undefined && (first.pos === 'AUX' || MODALS.has(first.normal));
}
