/**
 * Attribution of one quoted region: the cue after it ("…,” X said), else the nearest
 * cue before it in its sentence ("X said: “…”", "urged the OIC to “…”"), or in the
 * previous paragraph when that one ends with a colon.
 */

import type { Speaker } from '../../core/document.js';
import { tokenAtOrAfter } from '../../core/search.js';
import type { Span } from '../../core/span.js';
import { type Cue, cueAt } from './_cues.js';
import type { QuoteRegion } from './_marks.js';
import { type SpeakerScope, speakerAfter, speakerBefore } from './_speaker.js';
import { endsSentence } from './_tokens.js';

/** A quote's cue and speaker. */
export interface Attribution {
  /** Null when a colon attributes the quote ("pollster Daron Shaw: “…”"). */
  readonly cue: Cue | null;
  readonly speaker: Speaker | null;
}

/** Where a region sits: its paragraph, the start of its sentence, and what lies around it. */
export interface Setting {
  readonly paragraph: Span;
  /** Start of the attribution window before the quote (sentence start or previous quote's end). */
  readonly lo: number;
  /** End of the window after the quote (next quote's opening mark or paragraph end). */
  readonly hi: number;
  /** Last speaker found, for pronouns that no mention resolves. */
  readonly previous: Speaker | null;
}

const MAX_AFTER = 25;
const SUBJECT_POS: ReadonlyMap<string, true> = new Map(['PROPN', 'PRON'].map((p) => [p, true] as const));

/** "“…,” the OIC said in a statement": the first cue after the quote, before the sentence ends. */
export function attributeAfter(scope: SpeakerScope, r: QuoteRegion, at: Setting): Attribution | null {
  const tokens = scope.doc.tokens;
  const first = tokenAtOrAfter(tokens, r.close);
  // "“…?” Beck questioned.": any verb right after a quote ending in , ? or ! introduces it.
  const text = scope.doc.text;
  const opens = /[,?!]\s*$/.test(text.slice(r.start, r.close - 1)) || /[,?!]/.test(text.slice(r.end, r.close));
  let fallback: Cue | null = null;
  for (let j = first; j < Math.min(tokens.length, first + MAX_AFTER); j++) {
    const t = tokens[j];
    if (!t || t.span.end > at.hi || endsSentence(t)) {
      if (!fallback || !t || !endsSentence(t)) return null;
      return {
        cue: fallback,
        speaker:
          speakerBefore(scope, fallback.first, r.close, at.paragraph.start, at.previous) ??
          speakerAfter(scope, fallback.end, t.span.start),
      };
    }
    // "Trump shot back.": a verb the tagger read as a noun, right after the speaker's name.
    const verbal = t.pos === 'VERB' || (t.pos === 'NOUN' && SUBJECT_POS.has(tokens[j - 1]?.pos ?? ''));
    if (opens && !fallback && j - first < 4 && verbal && /^[a-z]/.test(t.text))
      fallback = { first: j, end: j + 1, kind: 'verb' };
    const cue = cueAt(tokens, j, tokens.length, false, scope.doc.text);
    if (!cue) continue;
    const hi = Math.min(at.hi, nextSentenceEnd(scope, cue.end));
    const speaker =
      cue.kind === 'according'
        ? speakerAfter(scope, cue.end, hi)
        : (speakerBefore(scope, cue.first, r.close, at.paragraph.start, at.previous) ??
          speakerAfter(scope, cue.end, hi));
    return { cue, speaker };
  }
  return null;
}

function nextSentenceEnd(scope: SpeakerScope, from: number): number {
  const j = scope.find.nextEnd(from);
  return j < scope.doc.tokens.length ? (scope.doc.tokens[j]?.span.start ?? 0) : scope.doc.text.length;
}

/** "X urged the OIC to “…”": the cue nearest before the quote, between `lo` and the opening mark. */
export function attributeBefore(scope: SpeakerScope, r: QuoteRegion, at: Setting): Attribution | null {
  const tokens = scope.doc.tokens;
  const limit = tokenAtOrAfter(tokens, r.open);
  for (let j = limit - 1; j >= 0 && (tokens[j]?.span.start ?? -1) >= at.lo; j--) {
    if (scope.quoted(tokens[j]?.span.start ?? 0)) continue;
    const cue = cueAt(tokens, j, limit, false, scope.doc.text);
    if (!cue) continue;
    const speaker =
      cue.kind === 'according'
        ? speakerAfter(scope, cue.end, r.open)
        : (speakerBefore(scope, cue.first, at.lo, at.paragraph.start, at.previous) ??
          speakerAfter(scope, cue.end, r.open));
    return { cue, speaker };
  }
  return null;
}
