/**
 * Metonymy: "Beijing said", "China has warned", "Moscow will respond". The name stands for a
 * government, so the mention is an actor's and is not an event location; the place is still kept.
 */
import type { Mention, Token, WithActors } from '../../core/document.js';
import { overlaps, type Span } from '../../core/span.js';

/** Lemmas of speech and stance verbs that a government does through its capital's name. */
const SPEECH_LEMMAS = new Set(
  [
    'say accuse add admit agree announce answer argue assert blame call claim comment complain condemn confirm',
    'criticize criticise declare decline demand deny denounce dismiss express insist issue note object order',
    'pledge praise promise protest reject reply respond retaliate request refuse slam state stress summon',
    'tell threaten urge vow warn welcome hit',
  ]
    .join(' ')
    .split(' '),
);

/** True for a speech or stance verb ("said", "warns", "accused"). */
export function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && SPEECH_LEMMAS.has(token.lemma);
}

/** The verb after a name, skipping auxiliaries and adverbs ("has repeatedly warned"). */
function verbAfter(tokens: readonly Token[], end: number): Token | undefined {
  for (let i = end; i < Math.min(tokens.length, end + 3); i++) {
    const t = tokens[i];
    if (t === undefined || (t.pos !== 'AUX' && t.pos !== 'ADV')) return t;
  }
  return undefined;
}

/** True when the name at tokens `[first, end)` is the subject of a speech verb. */
export function isSpeakingName(tokens: readonly Token[], end: number): boolean {
  return isSpeechVerb(verbAfter(tokens, end));
}

/**
 * The spans the mentions stage marked metonymic ("Beijing said"), sorted, for overlap tests
 * by binary search: one scan of the mentions per article, not one per place name.
 */
export function metonymSpans(mentions: WithActors['mentions']): (span: Span) => boolean {
  const spans = mentions
    .filter((m: Mention) => m.metonym === true)
    .map((m) => m.span)
    .sort((a, b) => a.start - b.start);
  // maxEnd[i]: the furthest end among spans[0..i], so the walk back stops as soon as it can.
  const maxEnd: number[] = [];
  for (const [i, s] of spans.entries()) maxEnd.push(Math.max(s.end, maxEnd[i - 1] ?? 0));
  return (span) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.start ?? 0) < span.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && (maxEnd[i] ?? 0) > span.start; i--) {
      const s = spans[i];
      if (s && overlaps(s, span)) return true;
    }
    return false;
  };
}
