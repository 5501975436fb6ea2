/**
 * Who speaks: the mention next to a cue ("Wang Wenbin told reporters", "said the
 * OIC"), a pronoun resolved through its mention ("he claimed"), or, where the
 * mentions stage gave none, a run of proper nouns or a description ("the spokesman")
 * next to the cue, with `actorId` null. Mentions inside quotes never speak.
 */

import type { Mention, Segmented, Speaker, Token, WithActors } from '../../core/document.js';
import { tokenAtOrAfter } from '../../core/search.js';
import type { Span } from '../../core/span.js';
import { isSpeechVerb } from './_cues.js';
import type { Lookups } from './_lookup.js';
import { DATE_WORD, NAME_LIKE, nameEndingAt, PRONOUNS, plain, subjectPhrase } from './_names.js';

/** What speaker rules read: the document and which offsets are quoted. */
export interface SpeakerScope {
  readonly doc: Segmented & WithActors;
  /** True for an offset inside quoted content. */
  readonly quoted: (offset: number) => boolean;
  /** Mentions, actors, paragraphs and tokens by offset (see `_lookup.ts`). */
  readonly find: Lookups;
}

/** Function words: a capitalised one opens a sentence ("But", "In"), it names nobody. */
const FUNCTION_POS: ReadonlyMap<string, true> = new Map(
  ['CCONJ', 'SCONJ', 'ADP', 'DET', 'ADV', 'PART', 'PRON', 'AUX', 'INTJ'].map((p) => [p, true] as const),
);
const SKIPPABLE = (t: Token): boolean => t.pos === 'ADV' || t.normal === ',' || t.pos === 'AUX' || t.normal === 'also';

/** The speaker a mention names, with its actor's canonical name and code. */
export function fromMention(scope: SpeakerScope, m: Mention): Speaker {
  const actor = scope.find.actor(m.actorId);
  return { actorId: m.actorId, name: actor?.name ?? m.text, code: actor?.code ?? null, span: m.span };
}

function actorType(scope: SpeakerScope, m: Mention): string {
  return scope.find.actor(m.actorId)?.type ?? 'other';
}

/** The first mention, not a pronoun, starting at or after `lo` and holding the span. */
function nonPronounHolding(scope: SpeakerScope, span: Span, lo: number): Mention | undefined {
  return scope.find.mentions.holdingFrom(span, lo, (x) => x.form !== 'pronoun');
}

/** Mentions lying in `[from, to)` outside quotes, in text order. */
export function mentionsIn(scope: SpeakerScope, from: number, to: number): Mention[] {
  return scope.find.mentionsIn(from, to);
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
  const own = scope.find.mentionHolding(t.span);
  if (own) return fromMention(scope, own);
  // The speaker's span stays on the pronoun: the words that name the speaker next to the quote.
  const subject = scope.find.nameIn(paragraphStart, t.span.start, false);
  if (subject) return { ...fromMention(scope, subject), span: t.span };
  return previous ? { ...previous, span: t.span } : plain(scope, t.span);
}

const SUBJECT_SKIP = (t: Token): boolean =>
  t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || t.normal === 'also' || t.normal === 'not';
const RELATIVE: ReadonlyMap<string, true> = new Map(['who', 'which', 'that'].map((w) => [w, true] as const));
const POSSESSIVE: ReadonlyMap<string, true> = new Map(
  ['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s'].map((w) => [w, true] as const),
);
const NP_WORD: ReadonlyMap<string, true> = new Map(
  ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].map((p) => [p, true] as const),
);
const APPOSITION = /^[,—–(]$/;
/** Time words between a subject and its verb ("Feinstein last week said"). */
const TIME_WORD =
  /^(?:week|month|year|morning|afternoon|evening|night|today|yesterday|tonight|last|this|earlier|later|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Words opening a relative clause after a comma ("the union, which represents growers, said"). */
const RELATIVE_OPENER: ReadonlyMap<string, true> = new Map(
  ['who', 'whom', 'whose', 'which', 'that'].map((w) => [w, true] as const),
);
/** The most tokens an aside may span. */
const ASIDE_MAX = 30;

/**
 * The index of the mark opening the aside that closes at token `j` (`)`, comma or dash),
 * or -1: "(" for ")"; for a comma or dash, the nearest earlier mark, or, further back, a
 * comma before a relative pronoun, so that a relative clause holding commas is one aside
 * ("the union, which represents growers, farmers and ranchers, said").
 */
function asideOpening(tokens: readonly Token[], j: number, inside: (k: number) => boolean): number {
  const paren = tokens[j]?.text === ')';
  const opens = (t: string) => (paren ? t === '(' : APPOSITION.test(t));
  let k = j - 1;
  while (inside(k) && j - k < ASIDE_MAX && !opens(tokens[k]?.text ?? '')) k--;
  if (!inside(k) || j - k >= ASIDE_MAX) return -1;
  if (paren || RELATIVE_OPENER.has(tokens[k + 1]?.normal ?? '')) return k;
  for (let m = k - 1; inside(m) && j - m < ASIDE_MAX; m--) {
    const t = tokens[m]?.text ?? '';
    if (t === '.' || t === ';' || t === ':' || t === '(' || t === ')') break;
    if (t === ',' && RELATIVE_OPENER.has(tokens[m + 1]?.normal ?? '')) return m;
  }
  return k;
}

/**
 * The index of the last word of the cue's subject, skipping adverbs and auxiliaries
 * ("has also said"), asides between commas ("McCain, who has tangled with Cruz, said",
 * "Schilling, through a spokeswoman, declined") and in brackets ("the Northern Farmers
 * Union (NFU) said"), one after another ("the union (NFU), which represents growers,
 * said"); -1 when none.
 */
function subjectEnd(tokens: readonly Token[], cue: number, lo: number): number {
  const inside = (k: number) => k >= 0 && (tokens[k]?.span.start ?? -1) >= lo;
  const skip = (from: number) => {
    let k = from;
    while (inside(k) && (SUBJECT_SKIP(tokens[k] as Token) || TIME_WORD.test(tokens[k]?.text ?? ''))) k--;
    return k;
  };
  let j = skip(cue - 1);
  for (let n = 0; n < 3 && inside(j) && /^[,—–)]$/.test(tokens[j]?.text ?? ''); n++) {
    // An aside closes right before the cue: jump over it to its opening mark.
    const k = asideOpening(tokens, j, inside);
    if (k < 0) return -1;
    const aside = tokens.slice(k + 1, j);
    // "The group’s president, Sara Khan, urged": a name between commas is the subject's name.
    // A name in brackets is an acronym or a party ("(NFU)", "(R-Texas)"): the subject is before it.
    if (tokens[j]?.text !== ')' && aside.length > 0 && aside.every((t) => t.pos === 'PROPN')) return j - 1;
    j = skip(k - 1);
  }
  // "Trump in his announcement speech called": a prepositional phrase before the verb.
  for (let n = 0; n < 2 && inside(j) && tokens[j]?.pos === 'NOUN'; n++) {
    let k = j;
    while (inside(k - 1) && (NP_WORD.has(tokens[k - 1]?.pos ?? '') || POSSESSIVE.has(tokens[k - 1]?.normal ?? ''))) k--;
    const adp = tokens[k - 1];
    if (adp?.pos !== 'ADP' || adp.normal === 'of' || !inside(k - 2)) break;
    j = skip(k - 2);
  }
  return inside(j) ? j : -1;
}

/** The noun phrase ending at token `j` ("security specialists", "his advisers", "29 percent"). */
function nounPhraseEndingAt(scope: SpeakerScope, j: number, lo: number): Speaker | null {
  const tokens = scope.doc.tokens;
  const last = tokens[j];
  if (!last || (last.pos !== 'NOUN' && last.pos !== 'NUM')) return null;
  let k = j;
  const fits = (t: Token | undefined) =>
    t !== undefined && t.span.start >= lo && (NP_WORD.has(t.pos) || POSSESSIVE.has(t.normal));
  while (j - k < 7 && fits(tokens[k - 1])) k--;
  return plain(scope, { start: tokens[k]?.span.start ?? last.span.start, end: last.span.end });
}

const LINK: ReadonlyMap<string, true> = new Map(
  ['and', 'but', 'before', 'after', 'by', 'while', 'then', 'also'].map((w) => [w, true] as const),
);

/**
 * A cue that shares the subject of the sentence's main verb ("Trump aimed his criticism at
 * Obama, saying …", "Cameron criticised Trump and suggested …", "before noting"): the
 * index of the first verb of the sentence before it; -1 when the cue has its own subject.
 */
function mainVerb(tokens: readonly Token[], find: Lookups, cue: number, lo: number): number {
  const t = tokens[cue];
  let j = cue - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  const before = tokens[j];
  if (!t || !before) return -1;
  const gerund = /ing$/.test(t.normal) && !BE_FORMS.has(before.normal);
  if (!gerund && !(LINK.has(before.normal) && before.pos !== 'ADV')) return -1;
  // The first verb of the sentence (from `lo`), not one inside a compound ("state-run").
  const first = tokenAtOrAfter(tokens, lo);
  return first <= cue - 1 ? find.firstVerb(first, j) : -1;
}
/** Verbs whose object does what the participle after it says: "quoted X saying …". */
const QUOTING: ReadonlyMap<string, true> = new Map(
  ['quote', 'cite', 'hear', 'see', 'watch', 'show', 'record', 'film'].map((w) => [w, true] as const),
);

/**
 * "The Global Times quoted one of the delegates, editor Moiz Farooq, complimenting …":
 * the first person named between the quoting verb and the participle (its object).
 */
function quotedPerson(scope: SpeakerScope, main: number, cue: number): Speaker | null {
  const tokens = scope.doc.tokens;
  const from = tokens[main]?.span.end ?? 0;
  const to = tokens[cue]?.span.start ?? 0;
  const people = mentionsIn(scope, from, to).filter((m) => m.form === 'name' && actorType(scope, m) === 'person');
  const m = people[0];
  if (m) return fromMention(scope, m);
  for (let j = cue - 1; j > main; j--) if (tokens[j]?.pos === 'PROPN') return nameEndingAt(scope, j);
  return null;
}
/** "a group backing Jindal", "hedge fund executives supporting her": a participle right after the noun it describes. */
function reducedRelative(scope: SpeakerScope, cue: number, lo: number): Speaker | null {
  const tokens = scope.doc.tokens;
  const t = tokens[cue];
  const before = tokens[cue - 1];
  if (!t || !before || !/ing$/.test(t.normal) || before.span.start < lo) return null;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return null;
  const m = scope.find.mentionHolding(before.span);
  if (m && !scope.quoted(m.span.start) && m.span.start >= lo) return fromMention(scope, m);
  return before.pos === 'PROPN' ? nameEndingAt(scope, cue - 1) : nounPhraseEndingAt(scope, cue - 1, lo);
}
const BE_FORMS: ReadonlyMap<string, true> = new Map(
  ['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'am'].map((w) => [w, true] as const),
);

/**
 * The grammatical subject of the cue at token `cue`: the pronoun, mention, name or noun
 * phrase ending right before it (past an apposition), a relative pronoun's antecedent
 * ("Trump, who said"); null when the word there is none of these.
 */
function subjectOf(
  scope: SpeakerScope,
  cue: number,
  lo: number,
  paragraphStart: number,
  previous: Speaker | null,
  depth = 0,
): Speaker | null {
  const tokens = scope.doc.tokens;
  const modified = reducedRelative(scope, cue, lo);
  if (modified) return modified;
  const main = depth === 0 ? mainVerb(tokens, scope.find, cue, lo) : -1;
  const quotedBy = main >= 0 && QUOTING.has(tokens[main]?.lemma ?? '') ? quotedPerson(scope, main, cue) : null;
  if (quotedBy) return quotedBy;
  if (main >= 0) return subjectOf(scope, main, lo, paragraphStart, previous, depth + 1);
  const j = subjectEnd(tokens, cue, lo);
  const t = tokens[j];
  if (!t) return null;
  if (RELATIVE.has(t.normal) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
    let k = j - 1;
    if (tokens[k]?.text === ',') k--;
    const a = tokens[k];
    if (!a || depth > 0 || (a.span.start ?? -1) < lo) return null;
    const m = scope.find.mentionHolding(a.span);
    if (m && !scope.quoted(m.span.start)) return fromMention(scope, m);
    return a.pos === 'PROPN' ? nameEndingAt(scope, k) : nounPhraseEndingAt(scope, k, lo);
  }
  const pronoun = pronounSpeaker(scope, j, paragraphStart, previous);
  if (pronoun) return pronoun;
  const m = nonPronounHolding(scope, t.span, lo);
  if (m && !scope.quoted(m.span.start)) return fromMention(scope, m);
  if (t.pos === 'PROPN' && !DATE_WORD.test(t.text)) return nameEndingAt(scope, j, true);
  if (t.pos !== 'NOUN' && t.pos !== 'NUM') return null;
  // "Some advocates for stem cell research said": the whole phrase opening the clause, when it has no verb.
  const phrase = subjectPhrase(scope, lo, j);
  const words = phrase ? scope.find.tokensIn(phrase.span) : [];
  const verbs = words.filter((x) => x.pos === 'VERB' || x.pos === 'AUX').length;
  if (phrase && verbs <= 1 && !words.some((x) => x.pos === 'AUX')) return phrase;
  return nounPhraseEndingAt(scope, j, lo);
}

/**
 * The speaker left of the cue starting at token `cue`, looking back to offset `lo`, in
 * order: a chained cue's speaker, the cue's grammatical subject (`subjectOf`), a pronoun
 * right before the cue, a mention or proper nouns right before it ("Xi ordered"), the
 * nearest person mention, the nearest mention, a description ("the spokesman said").
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
  const participle = /ing$/i.test(tokens[cue]?.text ?? '') && tokens[cue - 1]?.text === ',';
  const subject = subjectOf(scope, cue, lo, paragraphStart, previous);
  if (subject) return subject;
  const pronoun = j >= 0 ? pronounSpeaker(scope, j, paragraphStart, previous) : null;
  if (pronoun) return pronoun;
  const found = mentionsIn(scope, lo, cueStart).filter((m) => m.form !== 'pronoun');
  // "Clinton attacked Trump, saying …": a participle after a comma belongs to the clause's subject.
  if (participle && found[0]) return fromMention(scope, found[0]);
  const adjacent = before ? found.find((m) => m.span.end === before.span.end) : undefined;
  if (adjacent) return fromMention(scope, adjacent);
  const dateWord = before !== undefined && DATE_WORD.test(before.text);
  const content = before !== undefined && !FUNCTION_POS.has(before.pos);
  if (!dateWord && content && (before?.pos === 'PROPN' || (before && NAME_LIKE.test(before.text) && !found.length)))
    return nameEndingAt(scope, j, true);
  const person = found.filter((m) => actorType(scope, m) === 'person').at(-1);
  const nearest = person ?? found.at(-1);
  if (nearest) return fromMention(scope, nearest);
  return (j >= 0 && !dateWord ? nameEndingAt(scope, j) : null) ?? subjectPhrase(scope, lo, j);
}

/** The speaker right after the cue ending at token `cueEnd` ("said the OIC"), before offset `hi`. */
export function speakerAfter(scope: SpeakerScope, cueEnd: number, hi: number, describe = true): Speaker | null {
  const tokens = scope.doc.tokens;
  const from = tokens[cueEnd]?.span.start ?? hi;
  // A mention starting within the next few words, before any punctuation ("said master of ceremonies Asab Al-Tabchi").
  let stop = cueEnd;
  while (stop < cueEnd + 4 && tokens[stop] && tokens[stop]?.pos !== 'PUNCT') stop++;
  const startLimit = tokens[stop]?.span.start ?? hi;
  const m = scope.find.firstMentionIn(from, hi, startLimit);
  if (m) return fromMention(scope, m);
  let k = cueEnd;
  const det = tokens[k]?.pos === 'DET';
  if (det) k++;
  let end = k;
  // "said Josh Bivens": proper nouns, or capitalised words the tagger misread.
  const name = (t: Token | undefined) =>
    t !== undefined && (t.pos === 'PROPN' || (t.pos !== 'PRON' && NAME_LIKE.test(t.text)));
  while (name(tokens[end]) && (tokens[end]?.span.end ?? hi) <= hi) end++;
  // "said the woman", "said several observers", "said retired Army Lt. Gen. …": a description.
  if (end === k && describe) {
    while (end < k + 6 && NP_WORD.has(tokens[end]?.pos ?? '') && (tokens[end]?.span.end ?? hi) <= hi) end++;
    while (end > k && tokens[end - 1]?.pos !== 'NOUN' && tokens[end - 1]?.pos !== 'PROPN') end--;
    if (det) k--;
  }
  const first = tokens[k];
  const last = tokens[end - 1];
  if (end > k && first && last) return plain(scope, { start: first.span.start, end: last.span.end });
  return null;
}

const POSSESSIVE_PRONOUN: ReadonlyMap<string, true> = new Map(
  ['his', 'her', 'their', 'its'].map((w) => [w, true] as const),
);

/**
 * The owner of the noun at token `noun` ("Trump’s criticism", "his warning"): the name
 * before "’s" or the possessive pronoun, resolved like a subject; null when none.
 */
export function possessor(scope: SpeakerScope, noun: number, lo: number, paragraphStart: number): Speaker | null {
  const tokens = scope.doc.tokens;
  const t = tokens[noun - 1];
  if (!t || t.span.start < lo) return null;
  if (POSSESSIVE_PRONOUN.has(t.normal)) {
    const own = scope.find.mentionHolding(t.span);
    if (own) return fromMention(scope, own);
    const subject = scope.find.nameIn(paragraphStart, t.span.start, true);
    return subject ? { ...fromMention(scope, subject), span: t.span } : null;
  }
  if (t.normal !== "'s" && t.normal !== '’s') return null;
  const owner = tokens[noun - 2];
  if (!owner || owner.span.start < lo) return null;
  const m = scope.find.mentionHolding(owner.span);
  if (m && !scope.quoted(m.span.start)) return fromMention(scope, m);
  return owner.pos === 'PROPN' ? nameEndingAt(scope, noun - 2) : null;
}
