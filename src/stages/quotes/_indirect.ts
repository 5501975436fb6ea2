/**
 * Reported speech in sentences without quotation marks. Rules, in order, for each cue:
 * 1. "according to X, …" and "…, according to X";
 * 2. passive cues ("was criticized by X") are skipped;
 * 3. a that-clause a few words after the cue: "X said (on Monday) that …";
 * 4. what follows the cue: a clause ("X says the talks failed", "polls show Clinton
 *    ahead", "told reporters he would run") or, for a stance verb, its object
 *    ("X criticized Clinton’s email use", "declined to comment");
 * 5. nothing after a speech or belief verb: the clause before it ("…, the Times said",
 *    "…, polls show").
 * The quote is the reported clause, without its final punctuation; a cue with no
 * speaker in its sentence gives no quote (rules 3 and 4).
 */
import type { Quote, Sentence, Token } from '../../core/document.js';
import { rule } from '../../core/source.js';
import type { Span } from '../../core/span.js';
import { type CueClass, cueAt, cueClass } from './_cues.js';
import { phraseAfter } from './_names.js';
import { type SpeakerScope, speakerAfter, speakerBefore } from './_speaker.js';

const MAX_TO_THAT = 6;
const BE: ReadonlyMap<string, true> = new Map(
  ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"].map((w) => [w, true] as const),
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
  return scope.doc.tokens.some(
    (t) => t.span.start >= content.start && t.span.end <= content.end && (t.pos === 'VERB' || t.pos === 'AUX'),
  );
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
  const tokens = scope.doc.tokens;
  for (let j = from; j < s.endToken; j++) {
    const t = tokens[j];
    if (t?.text === ';' || (object && t?.text === ',')) return t.span.start;
  }
  return s.span.end;
}

/** "…, the Times said" or "…, said Biden": the clause before the attribution; null when there is none. */
function trailing(scope: SpeakerScope, s: Sentence, i: number, cueEnd: number, cueSpan: Span): Quote | null {
  const tokens = scope.doc.tokens;
  const text = scope.doc.text;
  const para = text.lastIndexOf('\n', s.span.start) + 1;
  const before = speakerBefore(scope, i, s.span.start, para, null);
  const from = before ? before.span.start : (tokens[i]?.span.start ?? 0);
  const comma = text.slice(s.span.start, from).search(/,\s*(?:the\s+|a\s+|an\s+|new\s+)?$/i);
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

/** "according to X, …" and "…, according to X". */
function according(scope: SpeakerScope, s: Sentence, i: number, end: number, cueSpan: Span): Quote | null {
  const tokens = scope.doc.tokens;
  const t = tokens[i];
  if (!t) return null;
  const comma = tokens.slice(end, s.endToken).find((x) => x.text === ',');
  const head = i === s.firstToken && comma ? clause(scope, comma.span.end, s.span.end) : null;
  const tail = i > s.firstToken ? clause(scope, s.span.start, t.span.start) : null;
  const content = head ?? tail;
  const hi = head && comma ? comma.span.start : s.span.end;
  if (!content) return null;
  const speaker = speakerAfter(scope, end, hi, false) ?? phraseAfter(scope, end, hi);
  return quote(scope, content, cueSpan, speaker, 'quote-according-to');
}

/** The reported speech of one cue at token `i`, or null. */
function reported(scope: SpeakerScope, s: Sentence, i: number): Quote | null {
  const tokens = scope.doc.tokens;
  const para = scope.doc.text.lastIndexOf('\n', s.span.start) + 1;
  const cue = cueAt(tokens, i, s.endToken, true);
  const t = tokens[i];
  const last = tokens[(cue?.end ?? i + 1) - 1];
  if (!cue || !t || !last) return null;
  const cueSpan = { start: t.span.start, end: last.span.end };
  if (cue.kind === 'according') return according(scope, s, i, cue.end, cueSpan);
  if (passive(tokens, i)) return null;
  const kind: CueClass = cueClass(t) ?? 'speech';
  const speaker = speakerBefore(scope, i, s.span.start, para, null);
  const end = clauseEnd(scope, s, cue.end, kind === 'stance');
  const thatToken = tokens[thatAfter(scope, cue.end, s.endToken)];
  if (thatToken && speaker) {
    const content = clause(scope, thatToken.span.end, end);
    if (content) return quote(scope, content, cueSpan, speaker, 'quote-indirect-that');
  }
  const next = tokens[cue.end];
  if (next && next.span.start < end && !CLAUSE_END.test(next.text) && speaker) {
    const content = clause(scope, next.span.start, end);
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

/** The reported speech of one sentence: one quote per cue, in order. */
export function indirectQuotes(scope: SpeakerScope, s: Sentence): Quote[] {
  const out: Quote[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (scope.quoted(scope.doc.tokens[i]?.span.start ?? 0)) continue;
    const q = reported(scope, s, i);
    if (q && !out.some((o) => o.span.start === q.span.start)) out.push(q);
  }
  // A belief or stance inside reported speech ("X said Y wants …") is X's report, not an attribution of its own.
  return out.filter((q) => {
    const t = scope.doc.tokens.find((x) => x.span.start === q.cue?.span.start);
    const speech = t !== undefined && cueClass(t) === 'speech';
    return (
      speech || !out.some((o) => o !== q && q.cue && o.span.start <= q.cue.span.start && q.cue.span.end <= o.span.end)
    );
  });
}
