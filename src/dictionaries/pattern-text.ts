/**
 * dyad's own verb-pattern syntax (PETRARCH-1 style, one line of text), used by
 * data/cameo/verbs.tsv:
 *
 * - tokens are separated by spaces; exactly one `*`, the verb;
 * - `+` the target actor, `$` the source actor (each at most once);
 * - `%` a compound actor ("Japan and France"): one event each way between its members, for
 *   mutual acts ("% * _ talks" for "Israel and Syria held talks"); not with `+` or `$`;
 * - `{a|b|c}` one of these single words; any other token is a literal word, lower-cased
 *   (the coder matches it against a token's lemma or normalised form);
 * - words (and the verb) written next to each other must be next to each other in the
 *   sentence (`adjacent: true`); `_` between two items allows a gap of a few words;
 * - actor slots, and whatever follows one, always allow a gap (determiners, modifiers).
 *
 * @example parsePatternText('accuse * + of') // verb, target, word "of"
 */
import type { PatternItem } from './types.js';

const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'.-]*$/u;

type Slot = Exclude<PatternItem['kind'], 'word'>;
const SLOTS = new Map<string, Slot>([
  ['*', 'verb'],
  ['+', 'target'],
  ['$', 'source'],
  ['%', 'compound'],
]);

/** Items that name actors: a gap is always allowed after them. */
const ACTORS: ReadonlySet<PatternItem['kind']> = new Set(['target', 'source', 'compound']);

/** Lower-cases a literal word and straightens curly apostrophes. */
function normaliseWord(token: string): string {
  return token.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** Reads `{a|b}` or a bare word into its words, or an error message. */
function readWords(token: string): readonly string[] | string {
  const braced = token.startsWith('{') || token.endsWith('}');
  if (braced && !(token.startsWith('{') && token.endsWith('}') && token.length > 2)) {
    return `unbalanced or empty braces in "${token}" (synonym sets hold single words, no spaces)`;
  }
  const words = (braced ? token.slice(1, -1).split('|') : [token]).map(normaliseWord);
  const bad = words.find((w) => !WORD.test(w));
  if (bad !== undefined) return `not a word: "${bad}" in "${token}"`;
  return words;
}

/** Builds one item; `adjacent` is only written when true. */
function makeItem(token: string, adjacent: boolean): PatternItem | string {
  const slot = SLOTS.get(token);
  if (slot !== undefined) {
    const tight = adjacent && slot === 'verb';
    return tight ? { kind: slot, adjacent: true } : { kind: slot };
  }
  const words = readWords(token);
  if (typeof words === 'string') return words;
  return adjacent ? { kind: 'word', words, adjacent: true } : { kind: 'word', words };
}

/** Checks the finished pattern: one verb, each actor slot at most once. */
function checkItems(items: readonly PatternItem[]): string | undefined {
  const count = (kind: PatternItem['kind']) => items.filter((i) => i.kind === kind).length;
  if (count('verb') !== 1) return `exactly one "*" (the verb) required, found ${count('verb')}`;
  if (count('target') > 1) return 'more than one "+" (target)';
  if (count('source') > 1) return 'more than one "$" (source)';
  if (count('compound') > 1) return 'more than one "%" (compound)';
  if (count('compound') === 1 && count('target') + count('source') > 0) {
    return '"%" (compound) names both actors: no "+" or "$" with it';
  }
  return undefined;
}

/** Parses one pattern of dyad's syntax into pattern items, or says what is wrong with it. */
export function parsePatternText(text: string): readonly PatternItem[] | { error: string } {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
  const items: PatternItem[] = [];
  let gap = false;
  for (const [index, token] of tokens.entries()) {
    if (token === '_') {
      if (index === 0 || index === tokens.length - 1) return { error: '"_" must stand between two items' };
      if (gap) return { error: 'two "_" in a row' };
      gap = true;
      continue;
    }
    const previous = items.at(-1);
    const afterActor = previous !== undefined && ACTORS.has(previous.kind);
    const item = makeItem(token, previous !== undefined && !gap && !afterActor);
    if (typeof item === 'string') return { error: item };
    items.push(item);
    gap = false;
  }
  const problem = checkItems(items);
  return problem === undefined ? items : { error: problem };
}

/** Writes pattern items back in dyad's syntax (the inverse of `parsePatternText`). */
export function formatPattern(items: readonly PatternItem[]): string {
  const out: string[] = [];
  items.forEach((item, index) => {
    const previous = items[index - 1];
    const loose = previous !== undefined && !ACTORS.has(previous.kind);
    const isWordOrVerb = item.kind === 'word' || item.kind === 'verb';
    if (loose && isWordOrVerb && item.adjacent !== true) out.push('_');
    out.push(formatItem(item));
  });
  return out.join(' ');
}

function formatItem(item: PatternItem): string {
  switch (item.kind) {
    case 'verb':
      return '*';
    case 'target':
      return '+';
    case 'source':
      return '$';
    case 'word':
      return item.words.length === 1 ? (item.words[0] ?? '') : `{${item.words.join('|')}}`;
    case 'compound':
      return '%';
    case 'skip':
      return '^';
    default: {
      const never: never = item;
      return never;
    }
  }
}
