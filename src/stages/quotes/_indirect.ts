/**
 * Reported speech in sentences without quotation marks: "X said (on Monday) that …",
 * "X says the talks failed", "according to X, …" and "…, according to X". The quote
 * is the reported clause, without its final punctuation.
 */
import type { Quote, Sentence } from '../../core/document.js';
import { rule } from '../../core/source.js';
import type { Span } from '../../core/span.js';
import { cueAt } from './_cues.js';
import { phraseAfter } from './_names.js';
import { type SpeakerScope, speakerAfter, speakerBefore } from './_speaker.js';

const CLAUSE_START = new Map(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].map((p) => [p, true] as const));
const MAX_TO_THAT = 5;

function clause(scope: SpeakerScope, from: number, to: number): Span | null {
  const text = scope.doc.text;
  let end = to;
  while (end > from && /[\s.?!;,"”’]/.test(text[end - 1] ?? '')) end--;
  let start = from;
  while (start < end && /[\s,]/.test(text[start] ?? '')) start++;
  return end - start >= 3 ? { start, end } : null;
}

function quote(scope: SpeakerScope, content: Span, cue: Span, speakerOf: () => Quote['speaker'], id: string): Quote {
  const text = scope.doc.text;
  return {
    id: '',
    span: content,
    text: text.slice(content.start, content.end),
    kind: 'indirect',
    cue: { span: cue, text: text.slice(cue.start, cue.end) },
    speaker: speakerOf(),
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
    if (!t || t.pos === 'PUNCT') return -1;
    if (t.normal === 'that') return j;
  }
  return -1;
}

/** "…, the Times said" or "…, said Biden": the clause before the attribution; null when there is none. */
function trailing(scope: SpeakerScope, s: Sentence, i: number, cueEnd: number, cueSpan: Span): Quote | null {
  const tokens = scope.doc.tokens;
  const text = scope.doc.text;
  const para = text.lastIndexOf('\n', s.span.start) + 1;
  const before = speakerBefore(scope, i, s.span.start, para, null);
  const from = before ? before.span.start : (tokens[i]?.span.start ?? 0);
  const comma = text.slice(s.span.start, from).search(/,\s*(?:the\s+|a\s+|an\s+)?$/i);
  if (comma < 0) return null;
  const content = clause(scope, s.span.start, s.span.start + comma);
  if (!content || !hasVerb(scope, content)) return null;
  const speaker = before ?? speakerAfter(scope, cueEnd, s.span.end);
  return speaker ? quote(scope, content, cueSpan, () => speaker, 'quote-indirect-trailing') : null;
}

/** The reported speech of one cue at token `i`, or null. */
function reported(scope: SpeakerScope, s: Sentence, i: number): Quote | null {
  const tokens = scope.doc.tokens;
  const para = scope.doc.text.lastIndexOf('\n', s.span.start) + 1;
  const cue = cueAt(tokens, i, s.endToken);
  const t = tokens[i];
  const last = tokens[(cue?.end ?? i + 1) - 1];
  if (!cue || !t || !last) return null;
  const cueSpan = { start: t.span.start, end: last.span.end };
  if (cue.kind === 'according') {
    const comma = tokens.slice(cue.end, s.endToken).find((x) => x.text === ',');
    const head = i === s.firstToken && comma ? clause(scope, comma.span.end, s.span.end) : null;
    const tail = i > s.firstToken ? clause(scope, s.span.start, t.span.start) : null;
    const content = head ?? tail;
    const hi = head && comma ? comma.span.start : s.span.end;
    return content
      ? quote(
          scope,
          content,
          cueSpan,
          () => speakerAfter(scope, cue.end, hi) ?? phraseAfter(scope, cue.end, hi),
          'quote-according-to',
        )
      : null;
  }
  const speakerOf = () => speakerBefore(scope, i, s.span.start, para, null);
  const thatToken = tokens[thatAfter(scope, cue.end, s.endToken)];
  if (thatToken) {
    const content = clause(scope, thatToken.span.end, s.span.end);
    if (content) return quote(scope, content, cueSpan, speakerOf, 'quote-indirect-that');
  }
  const next = tokens[cue.end];
  if (t.lemma !== 'say') return null;
  if (next && CLAUSE_START.has(next.pos) && speakerOf() !== null) {
    const content = clause(scope, next.span.start, s.span.end);
    if (content && hasVerb(scope, content)) return quote(scope, content, cueSpan, speakerOf, 'quote-indirect-say');
  }
  return trailing(scope, s, i, cue.end, cueSpan);
}

/** The reported speech of one sentence: one quote per cue, in order. */
export function indirectQuotes(scope: SpeakerScope, s: Sentence): Quote[] {
  const out: Quote[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (scope.quoted(scope.doc.tokens[i]?.span.start ?? 0)) continue;
    const q = reported(scope, s, i);
    if (q && !out.some((o) => o.span.start === q.span.start)) out.push(q);
  }
  return out;
}
