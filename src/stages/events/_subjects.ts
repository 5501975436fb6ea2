/**
 * Subjects that clause structure misses: a named person right before an -ing verb
 * ("editor Moiz Farooq, complimenting China"), and the speaker of a quote for a first-person
 * verb inside it ("“We condemn Gondor,” Rohan said").
 */
import { type Slot, type SlotActor, slotsEndingAt, type View } from './_view.js';

/** "editor Moiz Farooq, complimenting China": a named person right before an -ing verb is its subject. */
export function participleSubject(view: View, verb: number): Slot | null {
  const w = view.live[verb];
  if (!w?.normal.endsWith('ing') || view.live[verb - 1]?.pos === 'AUX') return null;
  const at = view.live[verb - 1]?.normal === ',' ? verb - 1 : verb;
  return slotsEndingAt(view, at).find((s) => s.actors.some((a) => a.person && a.code !== null)) ?? null;
}

const FIRST_PERSON = new Set(['we', 'i']);

/** "“We condemn Gondor,” the minister said": the speaker of the quote is the source. */
export function speakerSubject(view: View, verb: number, speaker: Speaker): Slot | null {
  let j = verb - 1;
  while (j >= 0 && (view.live[j]?.pos === 'AUX' || view.live[j]?.pos === 'ADV' || view.live[j]?.pos === 'PART')) j--;
  const actor = speaker(verb);
  if (!actor || !FIRST_PERSON.has(view.live[j]?.normal ?? '')) return null;
  const slot: Slot = { from: j, to: j + 1, actors: [actor], members: [] };
  slot.members = [slot];
  return slot;
}

/** The coded speaker of a quote holding the verb at a live position, if any. */
export type Speaker = (verb: number) => SlotActor | null;
