/**
 * Speech cues: verbs of saying by lemma ("said", "told reporters", "claimed",
 * "described ... as") and "according to". A cue is a token range; its text is the
 * article text it covers.
 */
import type { Token } from '../../core/document.js';

const SPEECH: ReadonlyMap<string, true> = new Map(
  [
    'say',
    'said',
    'says',
    'tell',
    'told',
    'claim',
    'urge',
    'add',
    'state',
    'note',
    'warn',
    'announce',
    'insist',
    'write',
    'wrote',
    'argue',
    'ask',
    'explain',
    'declare',
    'describe',
    'call',
    'order',
    'reply',
    'respond',
    'acknowledge',
    'admit',
    'stress',
    'emphasize',
    'emphasise',
    'assert',
    'contend',
    'complain',
    'accuse',
    'allege',
    'predict',
    'vow',
    'pledge',
    'promise',
    'suggest',
    'recall',
    'tweet',
    'comment',
    'remark',
    'observe',
    'confirm',
    'deny',
    'demand',
    'threaten',
    'tout',
    'brand',
    'label',
    'dub',
    'malign',
    'testify',
    'proclaim',
    'concede',
    'caution',
    'boast',
    'quip',
    'report',
    'maintain',
    'reiterate',
    'continue',
    'conclude',
    'echo',
    'read',
    'exclaim',
    'shout',
    'chant',
    'answer',
    'retort',
    'joke',
    'recount',
    'thank',
    'post',
  ].map((w) => [w, true] as const),
);

/** Verbs whose quoted object follows "as": "described the visit as “a betrayal”". */
const AS_VERBS: ReadonlyMap<string, true> = new Map(
  ['describe', 'call', 'brand', 'label', 'dub', 'malign', 'characterize', 'characterise'].map(
    (w) => [w, true] as const,
  ),
);

const AUDIENCE: ReadonlyMap<string, true> = new Map(
  ['reporters', 'journalists', 'lawmakers', 'parliament', 'media', 'press', 'supporters'].map(
    (w) => [w, true] as const,
  ),
);

/** A speech cue: a verb of saying (with "reporters" or "... as") or "according to". */
export interface Cue {
  /** Tokens `[first, end)`. */
  readonly first: number;
  readonly end: number;
  readonly kind: 'verb' | 'according';
}

function lemmaOf(t: Token): string {
  return t.lemma.replace(/ing$/, '');
}

/** True when the token is a verb of saying (not "said" as an adjective in "said population"). */
export function isSpeechVerb(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  return SPEECH.has(t.lemma) || SPEECH.has(t.normal) || SPEECH.has(lemmaOf(t)) || AS_VERBS.has(t.lemma);
}

/** A speech verb that is not part of a name: "Omar Said" is a name, "Murphy Tweeted" a cue. */
function isCueToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isSpeechVerb(t)) return false;
  return /^[a-z]/.test(t.text) || tokens[i - 1]?.pos !== 'PROPN';
}

/** The cue starting at token `i`, extended by "reporters" or "... as" up to `limit`; null when none. */
export function cueAt(tokens: readonly Token[], i: number, limit: number): Cue | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') return { first: i, end: i + 2, kind: 'according' };
  if (!isCueToken(tokens, i)) return null;
  if (AUDIENCE.has(tokens[i + 1]?.normal ?? '') && i + 1 < limit) return { first: i, end: i + 2, kind: 'verb' };
  if (AS_VERBS.has(t.lemma) || AS_VERBS.has(lemmaOf(t))) {
    for (let j = i + 1; j < Math.min(limit, i + 10); j++) {
      if (tokens[j]?.normal === 'as') return { first: i, end: j + 1, kind: 'verb' };
    }
  }
  return { first: i, end: i + 1, kind: 'verb' };
}
