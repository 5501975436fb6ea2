/**
 * Reported speech in sentences without quotation marks. A headline "Name: …" is its
 * name's (`colonHeadline`). At each token, first the attributions that name nobody
 * ("X seems …", "Asked about …,": speaker null) and cue nouns with an owner ("his warning
 * that …"); then, for each cue verb:
 * 1. "according to X, …" and "…, according to X";
 * 2. passive cues: the subject is the content, "by X" the speaker (else null);
 * 3. a that-clause a few words after the cue: "X said (on Monday) that …";
 * 4. what follows the cue: a clause ("X says the talks failed", "polls show Clinton
 *    ahead", "told reporters he would run") or, for a stance verb, its object
 *    ("X criticized Clinton’s email use", "declined to comment");
 * 5. nothing after a speech or belief verb, or the cue between commas ("…, he said, and
 *    …"): the clause before it ("…, the Times said", "…, polls show").
 * The quote is the reported clause, without its final punctuation; a cue with no
 * speaker in its sentence gives no quote (rules 3 and 4).
 */

import type { Mention, Quote, Sentence, Token } from '../../core/document.js';
import { tokenAtOrAfter } from '../../core/search.js';
import { rule } from '../../core/source.js';
import type { Span } from '../../core/span.js';
import { type Cue, type CueClass, cueAt, cueClass, purposeInfinitive } from './_cues.js';
import { phraseAfter, plain } from './_names.js';
import { fromMention, possessor, type SpeakerScope, speakerAfter, speakerBefore } from './_speaker.js';

const MAX_TO_THAT = 6;
const BE: ReadonlyMap<string, true> = new Map(
  ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"].map((w) => [w, true] as const),
);
/** Verbs that report only through a preposition ("spoke of", "talked about", "pointed to", "voted against"). */
const INTRANSITIVE: ReadonlyMap<string, true> = new Map(
  ['speak', 'talk', 'point', 'focus', 'rail', 'vote', 'lash', 'weigh', 'vent', 'respond', 'continue', 'comment'].map(
    (w) => [w, true] as const,
  ),
);
const REPORTING_ADP = /^(?:about|of|on|to|against|for|out|at|that)$/;
/** Words that open a speaker's name or description after an inverted cue ("said Victor Cha", "said a source"). */
const NAMED_AFTER: ReadonlyMap<string, true> = new Map(
  ['PROPN', 'DET', 'NOUN', 'ADJ', 'NUM'].map((p) => [p, true] as const),
);
/** Words after a cue that end the clause it reports: nothing is reported after them. */
const CLAUSE_END = /^[.?!;:)\]—–-]$/;

function clause(scope: SpeakerScope, from: number, to: number): Span | null {
  const text = scope.doc.text;
  let end = to;
  while (end > from && /[\s.?!;:,"”’—–-]/.test(text[end - 1] ?? '')) end--;
  let start = from;
  while (start < end && /[\s,:—–-]/.test(text[start] ?? '')) start++;
  return end - start >= 3 ? { start, end } : null;
}

function quote(scope: SpeakerScope, content: Span, cue: Span, speaker: Quote['speaker'], id: string): Quote {
  const text = scope.doc.text;
  return {
    id: '',
    span: content,
    text: text.slice(content.start, content.end),
    kind: 'indirect',
    cue: { span: cue, text: text.slice(cue.start, cue.end) },
    speaker,
    source: rule(id),
  };
}

/** True when the span holds a finite clause (a verb), not just an object ("said nothing"). */
function hasVerb(scope: SpeakerScope, content: Span): boolean {
  return scope.find.hasVerb(content);
}

/** Index of a "that" after token `i` within a few tokens with no punctuation between; -1 when none. */
function thatAfter(scope: SpeakerScope, i: number, end: number): number {
  const tokens = scope.doc.tokens;
  for (let j = i; j < Math.min(end, i + MAX_TO_THAT); j++) {
    const t = tokens[j];
    // Punctuation or another verb first: the "that" belongs to another clause.
    if (!t || t.pos === 'PUNCT' || (t.pos === 'VERB' && j > i)) return -1;
    if (t.normal === 'that' && t.pos !== 'DET') return j;
    if (t.normal === 'that' && tokens[j + 1]?.pos !== 'NOUN') return j;
  }
  return -1;
}

/**
 * The end offset of the clause a cue reports: the sentence's end, or an earlier
 * semicolon; for a stance verb's object, the first comma ("attacked Trump, saying …").
 */
function clauseEnd(scope: SpeakerScope, s: Sentence, from: number, object: boolean): number {
  const j = scope.find.nextBreak(from, object);
  return j < s.endToken ? (scope.doc.tokens[j]?.span.start ?? s.span.end) : s.span.end;
}

const SPACE = /\s/;
const DETERMINERS = ['the', 'a', 'an', 'new'];

/**
 * A comma ending `text[start, end)` but for spaces and one of "the", "a", "an", "new" (",
 * the"): its offset from `start`, or -1. Read backwards from `end`, so the cost does not
 * grow with the sentence (as `slice(start, end).search(/,\s*(?:the\s+|…)?$/i)` would).
 */
function commaBefore(text: string, start: number, end: number): number {
  let j = end;
  while (j > start && SPACE.test(text[j - 1] ?? '')) j--;
  if (j > start && text[j - 1] === ',') return j - 1 - start;
  // A determiner needs a space after it.
  if (j === end) return -1;
  for (const word of DETERMINERS) {
    let k = j - word.length;
    if (k < start || text.slice(k, j).toLowerCase() !== word) continue;
    while (k > start && SPACE.test(text[k - 1] ?? '')) k--;
    return k > start && text[k - 1] === ',' ? k - 1 - start : -1;
  }
  return -1;
}

/** "…, the Times said" or "…, said Biden": the clause before the attribution; null when there is none. */
function trailing(scope: SpeakerScope, s: Sentence, i: number, cueEnd: number, cueSpan: Span): Quote | null {
  const tokens = scope.doc.tokens;
  const text = scope.doc.text;
  const para = scope.find.paragraphStart(s.span.start);
  const before = speakerBefore(scope, i, s.span.start, para, null);
  const from = before ? before.span.start : (tokens[i]?.span.start ?? 0);
  const comma = commaBefore(text, s.span.start, from);
  if (comma < 0) return null;
  const content = clause(scope, s.span.start, s.span.start + comma);
  if (!content || !hasVerb(scope, content)) return null;
  const speaker = before ?? speakerAfter(scope, cueEnd, s.span.end);
  return speaker ? quote(scope, content, cueSpan, speaker, 'quote-indirect-trailing') : null;
}

/** True when the cue is a passive participle ("was criticized", "is expected"). */
function passive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1]?.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
  return t !== undefined && /ed$|wn$|ght$|id$/.test(t.normal) && BE.has(before?.normal ?? '');
}

/** Verbs of appearance: "Trump seems ready", "the team appeared to back down" (nobody named holds the view). */
const EVIDENTIAL: ReadonlyMap<string, true> = new Map(
  ['seem', 'appear', 'look', 'sound'].map((w) => [w, true] as const),
);
const ASKED_AFTER: ReadonlyMap<string, true> = new Map(
  ['when', 'if', ',', 'once', 'after'].map((w) => [w, true] as const),
);
const QUESTION: ReadonlyMap<string, true> = new Map(
  ['whether', 'if', 'about', 'why', 'how', 'what', 'who', 'when'].map((w) => [w, true] as const),
);
const EVIDENTIAL_NEXT = /^(?:to|like|as|that|if)$/;

/**
 * Attributions that name nobody, given a null speaker: "X seems …" (the clause with its
 * subject) and "Asked about …," opening a sentence (the question).
 */
function unattributed(scope: SpeakerScope, s: Sentence, i: number): Quote | null {
  const tokens = scope.doc.tokens;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.pos === 'NOUN') return null;
  const cueSpan = t.span;
  if (EVIDENTIAL.has(t.lemma) && (EVIDENTIAL_NEXT.test(next.normal) || next.pos === 'ADJ')) {
    const content = clause(scope, s.span.start, clauseEnd(scope, s, i + 1, false));
    return content ? quote(scope, content, cueSpan, null, 'quote-unattributed-seem') : null;
  }
  if (t.normal === 'asked' && (i === s.firstToken || ASKED_AFTER.has(tokens[i - 1]?.normal ?? ''))) {
    // "When asked by host John Dickerson whether …": the asker, when named, speaks.
    const by = next.normal === 'by' ? i + 2 : -1;
    let q = i + 1;
    while (q < s.endToken && !QUESTION.has(tokens[q]?.normal ?? '')) q++;
    const question = q > by + 1 ? tokens[q] : undefined;
    const last = tokens[q - 1];
    const asker =
      by > 0 && question && last ? plain(scope, { start: tokens[by]?.span.start ?? 0, end: last.span.end }) : null;
    const from = asker && question ? question : next;
    const comma = tokens.slice(i + 1, s.endToken).find((x) => x.text === ',' && x.span.start > from.span.start);
    const content = clause(scope, from.span.start, comma ? comma.span.start : s.span.end);
    return content ? quote(scope, content, cueSpan, asker, 'quote-unattributed-asked') : null;
  }
  return null;
}

/**
 * "This proposal was rejected by 64 percent of the electorate": the subject is the
 * content, the agent after "by" the speaker (null with no agent: "Trump is expected …").
 */
function passiveQuote(scope: SpeakerScope, s: Sentence, i: number, cueSpan: Span): Quote | null {
  const tokens = scope.doc.tokens;
  let be = i - 1;
  while (be > s.firstToken && !BE.has(tokens[be]?.normal ?? '')) be--;
  const beToken = tokens[be];
  if (!beToken) return null;
  const content = clause(scope, s.span.start, beToken.span.start);
  if (!content || content.end - content.start > 200) return null;
  const by = tokens[i + 1]?.normal === 'by' ? i + 2 : -1;
  const speaker = by > 0 ? speakerAfter(scope, by, s.span.end) : null;
  return quote(scope, content, cueSpan, speaker, 'quote-indirect-passive');
}

/** "according to X, …" and "…, according to X". */
function according(scope: SpeakerScope, s: Sentence, i: number, end: number, cueSpan: Span): Quote | null {
  const tokens = scope.doc.tokens;
  const t = tokens[i];
  if (!t) return null;
  const commaAt = scope.find.nextComma(end);
  const comma = commaAt < s.endToken ? tokens[commaAt] : undefined;
  const head = i === s.firstToken && comma ? clause(scope, comma.span.end, s.span.end) : null;
  const tail = i > s.firstToken ? clause(scope, s.span.start, t.span.start) : null;
  const content = head ?? tail;
  const hi = head && comma ? comma.span.start : s.span.end;
  if (!content) return null;
  const speaker = speakerAfter(scope, end, hi, false) ?? phraseAfter(scope, end, hi);
  return quote(scope, content, cueSpan, speaker, 'quote-according-to');
}

/** Any verb taking a that-clause reports it ("Cruz conceded that …", "critics fret that …"). */
function thatVerb(tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  const that = tokens[i + 1];
  if (t?.pos !== 'VERB' || !/^[a-z]/.test(t.text) || that?.normal !== 'that' || that.pos === 'DET') return null;
  return { first: i, end: i + 1, kind: 'verb' };
}

/** The reported speech of one cue at token `i`, or null. */
function reported(scope: SpeakerScope, s: Sentence, i: number): Quote | null {
  const tokens = scope.doc.tokens;
  const none = unattributed(scope, s, i) ?? nounCue(scope, s, i);
  if (none) return none;
  const cue = cueAt(tokens, i, s.endToken, true, scope.doc.text) ?? thatVerb(tokens, i);
  const t = tokens[i];
  const last = tokens[(cue?.end ?? i + 1) - 1];
  if (!cue || !t || !last) return null;
  const cueSpan = { start: t.span.start, end: last.span.end };
  if (cue.kind === 'according') return according(scope, s, i, cue.end, cueSpan);
  if (passive(tokens, i)) return passiveQuote(scope, s, i, cueSpan);
  // "met leaders Wednesday to discuss “strengthening” ties": an infinitive of purpose reports nothing.
  if (purposeInfinitive(tokens, i)) return null;
  // "spoke at a rally" reports nothing; "spoke of …" does.
  if (INTRANSITIVE.has(t.lemma) && !REPORTING_ADP.test(tokens[cue.end]?.normal ?? '')) return null;
  const kind: CueClass = cueClass(t) ?? 'speech';
  // "…, said Steve Grubbs, an Iowa operative": the clause before the comma, the speaker after the cue.
  const comma = tokens[i - 1];
  if (kind === 'speech' && comma?.text === ',' && NAMED_AFTER.has(tokens[cue.end]?.pos ?? '')) {
    const content = clause(scope, s.span.start, comma.span.start);
    const after = speakerAfter(scope, cue.end, s.span.end);
    // The speaker ends the sentence or an apposition follows ("said Victor Cha, who …"), else "X, 45, said Trump …".
    const rest = after ? tokens[tokenAtOrAfter(tokens, after.span.end)] : undefined;
    const ends = rest === undefined || rest.sentence !== t.sentence || /^[,.;:(]$/.test(rest.text);
    if (content && after && ends && hasVerb(scope, content))
      return quote(scope, content, cueSpan, after, 'quote-indirect-trailing');
  }
  const para = scope.find.paragraphStart(s.span.start);
  const speaker = speakerBefore(scope, i, s.span.start, para, null);
  const end = clauseEnd(scope, s, cue.end, kind === 'stance');
  const thatToken = tokens[thatAfter(scope, cue.end, s.endToken)];
  if (thatToken && speaker) {
    const content = clause(scope, thatToken.span.end, end);
    if (content) return quote(scope, content, cueSpan, speaker, 'quote-indirect-that');
  }
  const next = tokens[cue.end];
  // "…, he said, and …": an attribution between commas reports the clause before it.
  const aside = next?.text === ',' && tokens[i - 1] !== undefined && speaker !== null;
  const before = aside ? trailing(scope, s, i, cue.end, cueSpan) : null;
  if (before) return before;
  if (next && next.span.start < end && !CLAUSE_END.test(next.text) && speaker) {
    const content = clause(scope, next.span.start, end);
    // "…, the University of Michigan reported last week.": no clause after the cue, so the one before it.
    // "…, Wilkin said during his speech": a prepositional phrase after a verb of saying is no report.
    const adverbial = kind === 'speech' && next.pos === 'ADP' && !REPORTING_ADP.test(next.normal);
    const bare = kind !== 'stance' && content !== null && (adverbial || !hasVerb(scope, content));
    const earlier = bare ? trailing(scope, s, i, cue.end, cueSpan) : null;
    if (earlier) return earlier;
    if (content && (kind === 'stance' || hasVerb(scope, content) || t.lemma !== 'say'))
      return quote(
        scope,
        content,
        cueSpan,
        speaker,
        kind === 'stance' ? 'quote-indirect-object' : 'quote-indirect-say',
      );
  }
  return kind === 'stance' ? null : trailing(scope, s, i, cue.end, cueSpan);
}

/**
 * "Carson: Cruz taking 'Benghazi' approach", "McCain Challenger Kelli Ward: Impeach AG
 * Lynch": a name opening the sentence, then a colon, is the headline's speaker.
 */
function colonHeadline(scope: SpeakerScope, s: Sentence): Quote | null {
  const tokens = scope.doc.tokens;
  let k = s.firstToken;
  while (k < s.firstToken + 5 && tokens[k]?.pos === 'PROPN') k++;
  const colon = tokens[k];
  const first = tokens[s.firstToken];
  if (k === s.firstToken || colon?.text !== ':' || !first) return null;
  const name = scope.doc.text.slice(first.span.start, tokens[k - 1]?.span.end ?? first.span.end);
  // "WASHINGTON:", "UPDATE:": a dateline or label in capitals, not a speaker.
  if (!/\p{Ll}/u.test(name)) return null;
  const content = clause(scope, colon.span.end, s.span.end);
  if (!content) return null;
  const m = firstMentionAnyIn(scope, first.span.start, colon.span.start);
  const speaker = m
    ? fromMention(scope, m)
    : plain(scope, { start: first.span.start, end: first.span.start + name.length });
  return quote(scope, content, colon.span, speaker, 'quote-headline-colon');
}

/** The first mention (quoted or not) with `from ≤ start` and `end ≤ to`. */
function firstMentionAnyIn(scope: SpeakerScope, from: number, to: number): Mention | undefined {
  const ms = scope.find.mentions.items;
  for (let i = scope.find.mentions.from(from); i < ms.length; i++) {
    const x = ms[i] as Mention;
    if (x.span.start > to) return undefined;
    if (x.span.end <= to) return x;
  }
  return undefined;
}

/** Nouns of saying, belief and stance whose owner speaks: "his warning that …", "Trump’s criticism of …". */
const CUE_NOUNS: ReadonlyMap<string, true> = new Map(
  [
    'criticism',
    'claim',
    'warning',
    'statement',
    'remark',
    'comment',
    'decision',
    'plan',
    'proposal',
    'call',
    'support',
    'opposition',
    'endorsement',
    'attack',
    'announcement',
    'promise',
    'pledge',
    'assertion',
    'allegation',
    'view',
    'belief',
    'hope',
    'fear',
    'concern',
    'argument',
    'suggestion',
    'demand',
    'insistence',
    'praise',
    'complaint',
    'vow',
    'threat',
    'denial',
    'admission',
    'request',
    'accusation',
    'position',
    'stance',
    'message',
    'rejection',
    'defense',
    'defence',
    'embrace',
    'description',
    'characterization',
    'prediction',
    'assessment',
    'critique',
    'push',
    'questions',
  ].map((w) => [w, true] as const),
);
const NOUN_LINK = /^(?:that|of|for|to|against|on|about)$/;

/** "his warning that Britain would …", "Clinton’s criticism of Trump": a cue noun and its owner. */
function nounCue(scope: SpeakerScope, s: Sentence, i: number): Quote | null {
  const tokens = scope.doc.tokens;
  const t = tokens[i];
  const link = tokens[i + 1];
  if (!t || !link || t.pos !== 'NOUN' || !CUE_NOUNS.has(t.lemma) || !NOUN_LINK.test(link.normal)) return null;
  const para = scope.find.paragraphStart(s.span.start);
  const speaker = possessor(scope, i, s.span.start, para);
  if (!speaker) return null;
  const content = clause(scope, link.span.end, clauseEnd(scope, s, i + 2, link.normal !== 'that'));
  return content ? quote(scope, content, t.span, speaker, 'quote-indirect-noun') : null;
}

const isAccording = (q: Quote): boolean => q.cue?.text.toLowerCase() === 'according to';

/** The reported speech of one sentence: one quote per cue, in order. */
export function indirectQuotes(scope: SpeakerScope, s: Sentence): Quote[] {
  const out: Quote[] = [];
  const headline = colonHeadline(scope, s);
  if (headline) out.push(headline);
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (scope.quoted(scope.doc.tokens[i]?.span.start ?? 0)) continue;
    const q = reported(scope, s, i);
    // One quote per content start, except that "according to X" names a source of its own.
    const same = (o: Quote) => o.span.start === q?.span.start && isAccording(o) === isAccording(q);
    if (q && !out.some(same)) out.push(q);
  }
  // A belief or stance inside reported speech ("X said Y wants …") is X's report, not an attribution of its own.
  return out.filter((q) => {
    const t = q.cue ? scope.find.tokenStarting(q.cue.span.start) : undefined;
    const speech = (t !== undefined && cueClass(t) === 'speech') || isAccording(q);
    return (
      speech ||
      // "Black said, referring to …": a participle opening the other's content is a cue of its own.
      !out.some((o) => o !== q && q.cue && o.span.start < q.cue.span.start && q.cue.span.end <= o.span.end)
    );
  });
}
