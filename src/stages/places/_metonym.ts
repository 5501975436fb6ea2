/**
 * Metonymy: "Beijing said", "China has warned", "Moscow will respond". The name stands for a
 * government, so the mention is an actor's and is not an event location; the place is still kept.
 */
import type { Token } from '../../core/document.js';

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
