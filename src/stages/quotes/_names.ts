/**
 * Speaker names no mention covers: a run of proper nouns next to the cue ("Maria Lopez
 * said"), a description ("the spokesman"), the noun phrase opening the clause ("Some
 * advocates … said"), or the phrase after "according to". All have `actorId` null unless
 * exactly one actor's name holds the words ("Xi" → "Xi Jinping").
 */
import type { Speaker } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { SpeakerScope } from './_speaker.js';

const TITLE_WORDS: ReadonlyMap<string, true> = new Map(
  [
    'affairs',
    'minister',
    'ministry',
    'secretary',
    'general',
    'president',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'chairman',
    'director',
    'ambassador',
    'envoy',
    'rep.',
    'sen.',
    'senator',
    'governor',
    'mayor',
    'chief',
    'editor',
    'deputy',
    'premier',
    'king',
    'prince',
    'gen.',
    'dr.',
    'mr.',
    'ms.',
    'mrs.',
  ].map((w) => [w, true] as const),
);
/** Weekday and month names: a capitalised word before a cue that is a date, not a speaker. */
export const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;
const SUBJECT_START: ReadonlyMap<string, true> = new Map(
  ['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].map((p) => [p, true] as const),
);
/** A capitalised word, as names are written. */
export const NAME_LIKE = /^\p{Lu}\p{Ll}+$/u;
/** Personal pronouns that can speak. */
export const PRONOUNS: ReadonlyMap<string, true> = new Map(
  ['he', 'she', 'they', 'it', 'we', 'i'].map((w) => [w, true] as const),
);

/** Words not covered by a mention: linked to the one actor whose name holds them as words ("Xi" → "Xi Jinping"). */
export function plain(scope: SpeakerScope, span: Span): Speaker {
  const name = scope.doc.text.slice(span.start, span.end);
  const words = ` ${name.toLowerCase()} `;
  const owners = /^[A-Z]/.test(name) ? scope.find.actorsNaming(words) : { first: undefined, count: 0 };
  const actor = owners.first;
  if (actor && owners.count === 1) return { actorId: actor.id, name: actor.name, code: actor.code, span };
  return { actorId: null, name, code: null, span };
}

/** A run of proper nouns ending at token `j`, or "the spokesman" (DET + NOUN); null when neither. */
export function nameEndingAt(scope: SpeakerScope, j: number, capitalised = false): Speaker | null {
  const tokens = scope.doc.tokens;
  const last = tokens[j];
  if (!last) return null;
  // "Cook said": a capitalised word the tagger misread still names the speaker.
  if (last.pos === 'PROPN' || (capitalised && NAME_LIKE.test(last.text) && !PRONOUNS.has(last.normal))) {
    let k = j;
    // "Religious Affairs Adil Ablimit": a title word ends the run of proper nouns.
    while (tokens[k - 1]?.pos === 'PROPN' && !TITLE_WORDS.has(tokens[k - 1]?.normal ?? '')) k--;
    return plain(scope, { start: tokens[k]?.span.start ?? last.span.start, end: last.span.end });
  }
  const det = tokens[j - 1];
  if (last.pos === 'NOUN' && det?.normal === 'the') return plain(scope, { start: det.span.start, end: last.span.end });
  return null;
}

/** "Some advocates for stem cell research said": a short noun phrase opening the clause, up to the cue. */
export function subjectPhrase(scope: SpeakerScope, lo: number, j: number): Speaker | null {
  const tokens = scope.doc.tokens;
  let k = j;
  while (k > 0 && (tokens[k - 1]?.span.start ?? -1) >= lo && tokens[k - 1]?.pos !== 'PUNCT' && j - k < 8) k--;
  const first = tokens[k];
  const last = tokens[j];
  if (!first || !last || j - k >= 8 || !SUBJECT_START.has(first.pos)) return null;
  // "The economy is slowing, said …": a clause, not a noun phrase.
  if (last.pos !== 'NOUN' && last.pos !== 'PROPN' && last.pos !== 'NUM') return null;
  const words = tokens.slice(k, j + 1);
  if (!words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return null;
  if (words.some((t) => t.pos === 'VERB' && t !== last && /^(?:is|are|was|were)$/i.test(t.text))) return null;
  return plain(scope, { start: first.span.start, end: last.span.end });
}

/** "according to a recent poll of Indiana voters, …": the phrase after the cue, up to a comma or `hi`. */
export function phraseAfter(scope: SpeakerScope, cueEnd: number, hi: number): Speaker | null {
  const tokens = scope.doc.tokens;
  let end = cueEnd;
  while (end < cueEnd + 12 && tokens[end] && tokens[end]?.pos !== 'PUNCT' && (tokens[end]?.span.end ?? hi) <= hi) end++;
  const first = tokens[cueEnd];
  const last = tokens[end - 1];
  return end > cueEnd && first && last ? plain(scope, { start: first.span.start, end: last.span.end }) : null;
}
