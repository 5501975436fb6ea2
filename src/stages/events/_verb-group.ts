/**
 * What the words before a verb say about it: negated ("did not condemn"), passive ("was
 * condemned"), future or planned ("will meet", "is about to", "plans to").
 */
import type { View } from './_view.js';

const NEG = new Set(['not', "n't", 'never']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', "'s", "'re"]);
const FUTURE = new Set(['will', "'ll", 'shall']);
const PLAN = new Set(['plan', 'plans', 'planned', 'planning', 'intends', 'intend', 'going']);
const GROUP = new Set(['AUX', 'PART', 'ADV']);

/** Live positions of the auxiliaries, particles and adverbs right before the verb (nearest first). */
function group(view: View, verb: number): number[] {
  const out: number[] = [];
  for (let j = verb - 1; j >= 0 && out.length < 6; j--) {
    const w = view.live[j];
    if (!w || !(GROUP.has(w.pos) || w.normal === 'to' || w.normal === 'about')) break;
    out.push(j);
  }
  return out;
}

/** True when the verb is negated by its auxiliaries ("did not", "have not", "won't"). */
export function isNegated(view: View, verb: number): boolean {
  return group(view, verb).some((j) => NEG.has(view.live[j]?.normal ?? ''));
}

/** True when a form of "be" governs the verb ("was condemned", "was heavily criticized"). */
export function isPassive(view: View, verb: number): boolean {
  const w = view.live[verb];
  // A participle, not a progressive: "was condemned", "were shot", but not "is asking".
  if (!w || w.normal.endsWith('ing') || !(w.normal.endsWith('ed') || w.normal.endsWith('en') || w.normal !== w.lemma))
    return false;
  for (let j = verb - 1; j >= 0 && verb - j <= 4; j--) {
    const x = view.live[j];
    if (!x) break;
    if (BE.has(x.normal) && x.pos === 'AUX') return true;
    if (x.pos !== 'ADV' && x.pos !== 'CCONJ') break;
  }
  return false;
}

/** True for future or planned events: "will meet", "is about to sign", "plans to visit", "is to visit". */
export function isFuture(view: View, verb: number): boolean {
  const g = group(view, verb);
  for (const j of g) {
    const w = view.live[j]?.normal ?? '';
    if (FUTURE.has(w)) return true;
    if (w === 'about' && view.live[j + 1]?.normal === 'to') return true;
    if (w === 'to') {
      const before = view.live[j - 1]?.normal ?? '';
      if (PLAN.has(before) || before === 'is' || before === 'are') return true;
    }
  }
  return false;
}
