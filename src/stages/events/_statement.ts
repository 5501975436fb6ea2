/**
 * Statements (CAMEO 010, make a public statement) from attribution: "X said ...", "..., X said".
 * A bare speech verb reports speech; it is an event of its own only when the sentence codes
 * nothing else (where the content is an event, "said it would impose sanctions", that event is
 * what the sentence reports), when its speaker is a coded actor with a country (not "police
 * said", `---COP`), when the sentence names no coded actor of another country, and when the verb
 * table gives the cue verb a bare statement pattern ("say: *" coded 010): user dictionaries
 * without one code no statements. See data/cameo/README.md for the measurements behind it.
 */
import type { Actor, Mention, Quote, Segmented, WithActors } from '../../core/document.js';
import type { VerbPattern } from '../../dictionaries/types.js';
import { verbLemmas, type Word } from '../mentions/words.js';
import { type Clauses, clauses } from './_clauses.js';
import type { RawEvent } from './_code.js';
import { nameWord } from './_non-acts.js';
import { patternsFor, type VerbIndex } from './_verbs.js';
import { buildView, type SlotActor, slotsEndingAt, type View } from './_view.js';

/** A bare statement pattern: nothing but the verb, with CAMEO's generic statement code. */
export const bareStatement = (p: VerbPattern): boolean =>
  p.code === '010' && p.pattern.length === 1 && p.pattern[0]?.kind === 'verb';

function statementPattern(index: VerbIndex, w: Word): VerbPattern | null {
  for (const lemma of verbLemmas(w)) {
    const p = patternsFor(index, w.normal, lemma).find(bareStatement);
    if (p) return p;
  }
  return null;
}

/**
 * "Washington said the step enjoyed support from Moscow": a statement about an actor of another
 * country is an act towards it (support, accusation) the verb table did not code; a one-sided
 * 010 would misstate it, so the sentence codes nothing.
 */
function foreign(
  doc: Segmented,
  who: SlotActor,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
): boolean {
  const country = who.code?.slice(0, 3);
  return mentions.some((m) => {
    const code = actors.get(m.actorId)?.code;
    if (m.actorId === who.actorId || !code || code.startsWith('---') || code.slice(0, 3) === country) return false;
    return !placeName(doc, m);
  });
}

const PLACE_PREP = new Set(['in', 'at', 'near', 'inside']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "journalists who were abducted in Syria": a country named after a place preposition, with no
 * noun after it ("in Syrian custody" names an actor), is where something happened, not an actor
 * the statement is about.
 */
function placeName(doc: Segmented, m: Mention): boolean {
  let j = m.firstToken - 1;
  if (doc.tokens[j]?.pos === 'DET') j--;
  const after = doc.tokens[m.endToken];
  return PLACE_PREP.has(doc.tokens[j]?.normal ?? '') && !(after && NOUNISH.has(after.pos));
}

/**
 * The statement of sentence `i`, for a sentence that coded no event: the first of its `cued`
 * quotes (those whose cue starts in it) whose cue is a statement verb, with a coded speaker; else
 * a statement verb with a coded actor next to it. Its view keeps the asides
 * (", officials said" is one).
 */
export function statementOf(
  doc: Segmented & WithActors,
  index: VerbIndex,
  i: number,
  cued: readonly Quote[],
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  words: readonly Word[],
): { view: View; clauses: Clauses; raw: RawEvent } | null {
  let view: View | null = null;
  const raw = (verb: number, who: SlotActor, pattern: VerbPattern) => {
    if (foreign(doc, who, mentions, actors)) return null;
    view ??= buildView(doc, i, mentions, actors, words, true);
    if (!view) return null;
    return { view, clauses: clauses(view), raw: { code: pattern.code, verb, source: who, target: null, pattern } };
  };
  for (const q of cued) {
    const who = q.speaker;
    if (!q.cue || !who?.code || who.code.startsWith('---')) continue;
    const k = words.findIndex((w) => doc.tokens[w.first]?.span.start === q.cue?.span.start);
    const w = words[k];
    const pattern = w && !nameWord(words, k) ? statementPattern(index, w) : null;
    if (!pattern) continue;
    return raw(k, { actorId: who.actorId, name: who.name, code: who.code, span: who.span, person: false }, pattern);
  }
  // "..., US officials said on Wednesday", "..., said the minister": a statement verb with a
  // coded actor right before it, or right after it when a comma comes before the verb.
  view = buildView(doc, i, mentions, actors, words, true);
  if (!view) return null;
  for (let k = 0; k < view.live.length; k++) {
    const w = view.live[k];
    const pattern = w && !view.slotAt.has(k) && !nameWord(view.live, k) ? statementPattern(index, w) : null;
    if (!pattern) continue;
    const after = view.live[k - 1]?.normal === ',' ? view.slotAt.get(k + 1) : undefined;
    const slot = slotsEndingAt(view, k).at(-1) ?? after;
    const who = slot?.actors.find((a) => a.code !== null && !a.code.startsWith('---'));
    if (slot && who && view.live[slot.from]?.pos !== 'PRON') return raw(k, who, pattern);
  }
  return null;
}
