/**
 * Who speaks: the mention next to a cue ("Wang Wenbin told reporters", "said the
 * OIC"), a pronoun resolved through its mention ("he claimed"), or, where the
 * mentions stage gave none, a run of proper nouns or a description ("the spokesman")
 * next to the cue, with `actorId` null. Mentions inside quotes never speak.
 */
import type { Mention, Segmented, Speaker, Token, WithActors } from '../../core/document.js';
import { isSpeechVerb } from './_cues.js';
import { DATE_WORD, NAME_LIKE, nameEndingAt, PRONOUNS, plain, subjectPhrase } from './_names.js';

/** What speaker rules read: the document and which offsets are quoted. */
export interface SpeakerScope {
  readonly doc: Segmented & WithActors;
  /** True for an offset inside quoted content. */
  readonly quoted: (offset: number) => boolean;
}

const SKIPPABLE = (t: Token): boolean => t.pos === 'ADV' || t.normal === ',' || t.pos === 'AUX' || t.normal === 'also';

/** The speaker a mention names, with its actor's canonical name and code. */
export function fromMention(scope: SpeakerScope, m: Mention): Speaker {
  const actor = scope.doc.actors.find((a) => a.id === m.actorId);
  return { actorId: m.actorId, name: actor?.name ?? m.text, code: actor?.code ?? null, span: m.span };
}

function actorType(scope: SpeakerScope, m: Mention): string {
  return scope.doc.actors.find((a) => a.id === m.actorId)?.type ?? 'other';
}

/** Mentions lying in `[from, to)` outside quotes, in text order. */
export function mentionsIn(scope: SpeakerScope, from: number, to: number): Mention[] {
  return scope.doc.mentions.filter((m) => m.span.start >= from && m.span.end <= to && !scope.quoted(m.span.start));
}

/** Index of the last token before `i` that is not an adverb, auxiliary or comma; -1 when none. */
function previousWord(tokens: readonly Token[], i: number, lo: number): number {
  let j = i - 1;
  while (j >= 0 && tokens[j] && (tokens[j]?.span.start ?? 0) >= lo && SKIPPABLE(tokens[j] as Token)) j--;
  return j >= 0 && (tokens[j]?.span.start ?? -1) >= lo ? j : -1;
}

/** A pronoun before the cue: through its mention, else the paragraph's first named mention, else `previous`. */
function pronounSpeaker(
  scope: SpeakerScope,
  j: number,
  paragraphStart: number,
  previous: Speaker | null,
): Speaker | null {
  const t = scope.doc.tokens[j];
  if (!t || !PRONOUNS.has(t.normal)) return null;
  const own = scope.doc.mentions.find((m) => m.span.start <= t.span.start && t.span.end <= m.span.end);
  if (own) return fromMention(scope, own);
  // The speaker's span stays on the pronoun: the words that name the speaker next to the quote.
  const subject = mentionsIn(scope, paragraphStart, t.span.start).find((m) => m.form === 'name');
  if (subject) return { ...fromMention(scope, subject), span: t.span };
  return previous ? { ...previous, span: t.span } : plain(scope, t.span);
}

/**
 * The speaker left of the cue starting at token `cue`, looking back to offset `lo`, in
 * order: a chained cue's speaker, a pronoun right before the cue, a mention or proper
 * nouns right before it ("Xi ordered"), the nearest person mention, the nearest mention,
 * a description ("the spokesman said").
 */
export function speakerBefore(
  scope: SpeakerScope,
  cue: number,
  lo: number,
  paragraphStart: number,
  previous: Speaker | null,
): Speaker | null {
  const tokens = scope.doc.tokens;
  const cueStart = tokens[cue]?.span.start ?? 0;
  const j = previousWord(tokens, cue, lo);
  const before = tokens[j];
  // Chained cues: "he claimed, maligning the evidence as" — the speaker of the first.
  if (before && isSpeechVerb(before)) return speakerBefore(scope, j, lo, paragraphStart, previous);
  const pronoun = j >= 0 ? pronounSpeaker(scope, j, paragraphStart, previous) : null;
  if (pronoun) return pronoun;
  const found = mentionsIn(scope, lo, cueStart).filter((m) => m.form !== 'pronoun');
  // "Clinton attacked Trump, saying …": a participle after a comma belongs to the clause's subject.
  const participle = /ing$/i.test(tokens[cue]?.text ?? '') && tokens[cue - 1]?.text === ',';
  if (participle && found[0]) return fromMention(scope, found[0]);
  const adjacent = before ? found.find((m) => m.span.end === before.span.end) : undefined;
  if (adjacent) return fromMention(scope, adjacent);
  const dateWord = before !== undefined && DATE_WORD.test(before.text);
  if (!dateWord && (before?.pos === 'PROPN' || (before && NAME_LIKE.test(before.text) && !found.length)))
    return nameEndingAt(scope, j, true);
  const person = found.filter((m) => actorType(scope, m) === 'person').at(-1);
  const nearest = person ?? found.at(-1);
  if (nearest) return fromMention(scope, nearest);
  return (j >= 0 && !dateWord ? nameEndingAt(scope, j) : null) ?? subjectPhrase(scope, lo, j);
}

/** The speaker right after the cue ending at token `cueEnd` ("said the OIC"), before offset `hi`. */
export function speakerAfter(scope: SpeakerScope, cueEnd: number, hi: number): Speaker | null {
  const tokens = scope.doc.tokens;
  const from = tokens[cueEnd]?.span.start ?? hi;
  const limit = tokens[Math.min(cueEnd + 4, tokens.length - 1)]?.span.end ?? hi;
  const m = mentionsIn(scope, from, Math.min(hi, limit))[0];
  if (m) return fromMention(scope, m);
  let k = cueEnd;
  if (tokens[k]?.pos === 'DET') k++;
  let end = k;
  while (tokens[end]?.pos === 'PROPN' && (tokens[end]?.span.end ?? hi) <= hi) end++;
  const first = tokens[k];
  const last = tokens[end - 1];
  if (end > k && first && last) return plain(scope, { start: first.span.start, end: last.span.end });
  return null;
}
