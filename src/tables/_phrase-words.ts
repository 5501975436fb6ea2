/**
 * Splits a dictionary name ("Hay'at Tahrir al-Sham", "U.S. State Department") into the
 * words the mentions stage compares it with: wink-nlp's tokens, lower-cased and with curly
 * quotes straightened, hyphenated pieces written without spaces kept as one word
 * (`al-qaeda`, as `sentenceWords` joins them), punctuation and possessive `'s` apart.
 * `phrase-words.test.ts` checks this mirror against the real segment stage on every row.
 */
import { normaliseWord } from '../stages/segment/normalise.js';

/** Characters that are a token of their own wherever they stand in a chunk. */
const ALWAYS_APART = new Set(['/', '+', '&']);
/** Characters split off the start of a chunk. */
const LEADING = new Set(['(', '[', '"', "'"]);
/** Characters split off the end of a chunk (a final `.` is handled apart). */
const TRAILING = new Set([')', ']', ',', ';', ':', '!', '?', '"']);

/** True when a final `.` belongs to the word: `u.s.`, `st.`, `d.c.`. */
function keepsFinalDot(chunk: string): boolean {
  const body = chunk.slice(0, -1);
  return body.includes('.') || (body.length <= 3 && /^[a-z]+$/.test(body));
}

/** Splits one whitespace-free chunk into words. */
function splitChunk(chunk: string): string[] {
  const before: string[] = [];
  const after: string[] = [];
  let word = chunk;
  while (word.length > 1 && LEADING.has(word[0] ?? '')) {
    before.push(word[0] ?? '');
    word = word.slice(1);
  }
  for (;;) {
    const last = word[word.length - 1] ?? '';
    if (word.length > 1 && TRAILING.has(last)) after.unshift(last);
    else if (word.length > 1 && last === '.' && !keepsFinalDot(word)) after.unshift('.');
    else break;
    word = word.slice(0, -1);
  }
  if (word.length > 2 && word.endsWith("'s")) {
    after.unshift("'s");
    word = word.slice(0, -2);
  } else if (word.length > 1 && word.endsWith("'")) {
    after.unshift("'");
    word = word.slice(0, -1);
  }
  return [...before, ...splitApart(word), ...after];
}

/** wink-nlp reads letters beyond Latin-1 (`ș`, `ă`, `ł`) as tokens of their own. */
const isApart = (ch: string): boolean => ALWAYS_APART.has(ch) || (ch.charCodeAt(0) > 0xff && /\p{L}/u.test(ch));

/** Splits `rfe/rl` into `rfe`, `/`, `rl`; `opec+` into `opec`, `+`; `chișinău` as wink does. */
function splitApart(word: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (isApart(ch)) {
      if (current !== '') parts.push(current);
      parts.push(ch);
      current = '';
    } else current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** The normalised words of a name, as the mentions stage sees them in a sentence. */
export function phraseWords(name: string): string[] {
  return normaliseWord(name)
    .split(/\s+/)
    .filter((chunk) => chunk !== '')
    .flatMap(splitChunk);
}
