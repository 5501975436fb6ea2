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

/**
 * Verbs of belief, finding and evidence ("polls show …", "she believes …"): reported
 * content only for indirect speech, never a direct quote's cue.
 */
const COGNITION: ReadonlyMap<string, true> = new Map(
  [
    'believe',
    'think',
    'know',
    'show',
    'find',
    'indicate',
    'reveal',
    'hope',
    'fear',
    'worry',
    'expect',
    'feel',
    'agree',
    'estimate',
    'realize',
    'understand',
    'recognize',
    'doubt',
    'assume',
    'speculate',
    'learn',
    'remember',
    'project',
    'forecast',
  ].map((w) => [w, true] as const),
);

/**
 * Verbs of stance whose object is the content ("criticized Clinton’s email use",
 * "endorsed Sanders", "declined to comment"): indirect only.
 */
const STANCE: ReadonlyMap<string, true> = new Map(
  [
    'criticize',
    'criticise',
    'endorse',
    'praise',
    'defend',
    'support',
    'oppose',
    'reject',
    'dismiss',
    'blame',
    'propose',
    'want',
    'plan',
    'decline',
    'refuse',
    'seek',
    'express',
    'cite',
    'refer',
    'question',
    'denounce',
    'blast',
    'slam',
    'attack',
    'condemn',
    'back',
    'applaud',
    'welcome',
    'mock',
    'mention',
    'highlight',
    'decry',
    'lament',
    'lambaste',
    'chide',
    'scold',
    'rebuke',
    'hail',
    'laud',
    'commend',
    'congratulate',
    'apologize',
    'champion',
    'advocate',
    'recommend',
    'request',
    'disclose',
    'ridicule',
    'challenge',
    'promote',
    'favor',
    'prefer',
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

/** What a cue verb reports: speech, a belief or finding, or a stance towards its object. */
export type CueClass = 'speech' | 'cognition' | 'stance';

function lemmaOf(t: Token): string {
  return t.lemma.replace(/ing$/, '');
}

const inLexicon = (t: Token, lexicon: ReadonlyMap<string, true>): boolean =>
  lexicon.has(t.lemma) || lexicon.has(t.normal) || lexicon.has(lemmaOf(t));

/** True when the token is a verb of saying (not "said" as an adjective in "said population"). */
export function isSpeechVerb(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  return inLexicon(t, SPEECH) || AS_VERBS.has(t.lemma);
}

/** The class of a cue verb, taking belief and stance verbs too; null for any other token. */
export function cueClass(t: Token): CueClass | null {
  if (isSpeechVerb(t)) return 'speech';
  if (t.pos !== 'VERB') return null;
  if (inLexicon(t, COGNITION)) return 'cognition';
  return inLexicon(t, STANCE) ? 'stance' : null;
}

/** A cue verb that is not part of a name: "Omar Said" is a name, "Murphy Tweeted" a cue. */
function isCueToken(tokens: readonly Token[], i: number, wide: boolean): boolean {
  const t = tokens[i];
  if (!t || !(wide ? cueClass(t) !== null : isSpeechVerb(t))) return false;
  return /^[a-z]/.test(t.text) || tokens[i - 1]?.pos !== 'PROPN';
}

/**
 * The cue starting at token `i`, extended by "reporters" or "... as" up to `limit`; null
 * when none. `wide` takes belief and stance verbs too (for reported speech).
 */
export function cueAt(tokens: readonly Token[], i: number, limit: number, wide = false): Cue | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') return { first: i, end: i + 2, kind: 'according' };
  if (!isCueToken(tokens, i, wide)) return null;
  if (AUDIENCE.has(tokens[i + 1]?.normal ?? '') && i + 1 < limit) return { first: i, end: i + 2, kind: 'verb' };
  if (AS_VERBS.has(t.lemma) || AS_VERBS.has(lemmaOf(t))) {
    for (let j = i + 1; j < Math.min(limit, i + 10); j++) {
      if (tokens[j]?.normal === 'as') return { first: i, end: j + 1, kind: 'verb' };
    }
  }
  return { first: i, end: i + 1, kind: 'verb' };
}
