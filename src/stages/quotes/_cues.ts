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
    'talk',
    'speak',
    'discuss',
    'repeat',
    'remind',
    'assure',
    'voice',
    'clarify',
    'brag',
    'bemoan',
    'interject',
    'recite',
    'opine',
    'surmise',
    'sigh',
    'muse',
    'deride',
    'assail',
    'rail',
    'hint',
    'imply',
    'signal',
    'advise',
    'inform',
    'plead',
    'implore',
    'scoff',
    'counter',
    'lecture',
    'preach',
    'insult',
    'tease',
    'concur',
    'mutter',
    'grumble',
    'gush',
    'rave',
    'whisper',
    'lash',
    'vent',
    'snap',
    'sneer',
    'marvel',
    'reason',
    'posit',
    'theorize',
    'gripe',
    'laugh',
    'yell',
    'scream',
    'holler',
    'thunder',
    'bellow',
    'fume',
    'intone',
    'murmur',
    'mumble',
    'aver',
    'avow',
    'attest',
    'profess',
    'pronounce',
    'rant',
    'chime',
    'crow',
    'cheer',
    'taunt',
    'jab',
    'wonder',
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
    'see',
    'view',
    'consider',
    'regard',
    'deem',
    'wonder',
    'intend',
    'decide',
    'determine',
    'suspect',
    'envision',
    'imagine',
    'anticipate',
    'suppose',
    'guess',
    'presume',
    'sense',
    'perceive',
    'reckon',
    'figure',
    'interpret',
    'conclude',
    'judge',
    'trust',
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
    'offer',
    'vote',
    'sign',
    'nominate',
    'release',
    'issue',
    'deliver',
    'share',
    'launch',
    'introduce',
    'file',
    'block',
    'ignore',
    'embrace',
    'accept',
    'address',
    'focus',
    'target',
    'celebrate',
    'dispute',
    'veto',
    'pursue',
    'appoint',
    'unveil',
    'outline',
    'publish',
    'retweet',
    'point',
    'invoke',
    'reference',
    'charge',
    'encourage',
    'push',
    'press',
    'convince',
    'persuade',
    'tout',
    'compare',
    'liken',
    'portray',
    'frame',
    'attribute',
    'credit',
    'approve',
    'weigh',
    'name',
    'like',
    'love',
    'hate',
    'regret',
    'admire',
    'dislike',
    'distrust',
    'balk',
    'identify',
    'detail',
    'float',
    'pitch',
    'paint',
    'hammer',
    'knock',
    'bash',
    'fault',
    'pan',
    'trash',
    'needle',
    'scorn',
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

/** Shares of a group that say or show things ("55 percent say", "nearly a third say"). */
const SHARE: ReadonlyMap<string, true> = new Map(
  ['percent', 'half', 'third', 'quarter', 'majority', 'minority', 'most', 'many', 'some', 'few'].map(
    (w) => [w, true] as const,
  ),
);
const CLAUSE_OPENER: ReadonlyMap<string, true> = new Map(
  ['DET', 'PRON', 'PROPN', 'NUM', 'ADJ', 'SCONJ'].map((p) => [p, true] as const),
);

/**
 * "polls show Clinton ahead", "records show that …": a cue verb the tagger read as a
 * noun, after a plural noun (its subject) and before the clause it reports.
 */
export function mistaggedVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (t?.pos !== 'NOUN' || !before || !after || !/^[a-z]/.test(t.text)) return false;
  if (!inLexicon(t, SPEECH) && !inLexicon(t, COGNITION) && !inLexicon(t, STANCE)) return false;
  const plural =
    ((before.pos === 'NOUN' || before.pos === 'PROPN') && /[^s]s$/.test(before.normal)) ||
    before.pos === 'NUM' ||
    SHARE.has(before.normal) ||
    // "Clinton worries that …", "Trump claims he …": a name, then a verb in -s.
    (before.pos === 'PROPN' && /[^s]s$/.test(t.normal) && (after.pos === 'PRON' || after.normal === 'that'));
  return plural && CLAUSE_OPENER.has(after.pos);
}

const VERBAL: ReadonlyMap<string, true> = new Map(['VERB', 'AUX', 'ADJ', 'ADV', 'PART'].map((p) => [p, true] as const));

/** "met leaders Wednesday to discuss …": a "to" after no verb or adjective makes an infinitive of purpose. */
export function purposeInfinitive(tokens: readonly Token[], i: number): boolean {
  const to = tokens[i - 1];
  return to?.normal === 'to' && !VERBAL.has(tokens[i - 2]?.pos ?? '');
}

const MODIFIER_BEFORE: ReadonlyMap<string, true> = new Map(
  ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', '-', 'much', 'widely'].map(
    (w) => [w, true] as const,
  ),
);

/** "the proposed deal", "pledged delegates", "much-praised speech": a participle used as an adjective. */
function adjectival(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || !/(?:ed|en|wn)$/.test(t.normal) || next.pos !== 'NOUN') return false;
  const before = tokens[i - 1];
  return before !== undefined && MODIFIER_BEFORE.has(before.normal);
}

/** A cue verb that is not part of a name: "Omar Said" is a name, "Murphy Tweeted" a cue. */
function isCueToken(tokens: readonly Token[], i: number, wide: boolean, text: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  // The word lists first: most tokens are in none, and the context checks cost more.
  const mistagged = wide && mistaggedVerb(tokens, i);
  if (!mistagged && !(wide ? cueClass(t) !== null : isSpeechVerb(t))) return false;
  if (purposeInfinitive(tokens, i) || adjectival(tokens, i)) return false;
  if (mistagged) return true;
  return /^[a-z]/.test(t.text) || tokens[i - 1]?.pos !== 'PROPN' || titleCase(tokens, i, text);
}

/** True when the token's sentence is a title-case headline ("Bush Says We Should Pay Attention"). */
function titleCase(tokens: readonly Token[], i: number, text: string): boolean {
  const newlineBetween = (j: number) =>
    text.slice(tokens[j]?.span.end ?? 0, tokens[j + 1]?.span.start ?? 0).includes('\n');
  const sentence = tokens[i]?.sentence;
  let words = 0;
  let upper = 0;
  // The words of the line around the token (a headline is its own line, whatever the sentence splitter says).
  let from = i;
  while (from > 0 && i - from < 20 && tokens[from - 1]?.sentence === sentence && !newlineBetween(from - 1)) from--;
  for (let j = from; j < Math.min(tokens.length, i + 20); j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || (j > i && newlineBetween(j - 1))) break;
    if (!/^\p{L}{4,}/u.test(t.text)) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) upper++;
  }
  return words >= 4 && upper / words >= 0.8 && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
}

/**
 * The cue starting at token `i`, extended by "reporters" or "... as" up to `limit`; null
 * when none. `wide` takes belief and stance verbs too (for reported speech).
 */
export function cueAt(tokens: readonly Token[], i: number, limit: number, wide = false, text = ''): Cue | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') return { first: i, end: i + 2, kind: 'according' };
  if (!isCueToken(tokens, i, wide, text)) return null;
  if (AUDIENCE.has(tokens[i + 1]?.normal ?? '') && i + 1 < limit) return { first: i, end: i + 2, kind: 'verb' };
  if (AS_VERBS.has(t.lemma) || AS_VERBS.has(lemmaOf(t))) {
    for (let j = i + 1; j < Math.min(limit, i + 10); j++) {
      if (tokens[j]?.normal === 'as') return { first: i, end: j + 1, kind: 'verb' };
    }
  }
  return { first: i, end: i + 1, kind: 'verb' };
}
