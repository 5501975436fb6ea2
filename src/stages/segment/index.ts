/**
 * @module segment
 * Reads `article.text`; adds sentences and tokens with character spans, UD POS tags,
 * lemmas and a normalised form. wink-nlp does the work; this adapter turns its token
 * positions into UTF-16 offsets into the article text. Whitespace tokens are dropped.
 */

import type { Context } from '../../context.js';
import type { Article } from '../../core/article.js';
import type { Segmented, Sentence, Token } from '../../core/document.js';
import { forgetGluedWords, wink } from './_wink.js';
import { normaliseWord } from './normalise.js';

export { normaliseWord } from './normalise.js';

interface RawTokens {
  readonly values: readonly string[];
  readonly spaces: readonly string[];
  readonly pos: readonly string[];
  readonly lemmas: readonly string[];
  readonly sentences: readonly (readonly [number, number])[];
}

function readRaw(text: string): RawTokens {
  const nlp = wink();
  const its = nlp.its;
  try {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    return {
      values: tokens.out(its.value) as string[],
      spaces: tokens.out(its.precedingSpaces) as string[],
      pos: tokens.out(its.pos) as string[],
      lemmas: tokens.out(its.lemma as unknown as typeof its.value) as string[],
      sentences: doc.sentences().out(its.span) as unknown as [number, number][],
    };
  } finally {
    // The same text must give the same tokens whatever was read before (see `_wink.ts`).
    forgetGluedWords();
  }
}

/** Character start of every raw token; tolerant of any mismatch between wink's text and ours. */
function locate(text: string, raw: RawTokens): number[] {
  const starts: number[] = new Array(raw.values.length);
  let offset = 0;
  for (let i = 0; i < raw.values.length; i++) {
    const value = raw.values[i] ?? '';
    offset += (raw.spaces[i] ?? '').length;
    if (!text.startsWith(value, offset)) {
      const found = text.indexOf(value, offset);
      offset = found >= 0 ? found : offset;
    }
    starts[i] = offset;
    offset += value.length;
  }
  return starts;
}

const isSpace = (value: string, pos: string): boolean => pos === 'SPACE' || value.trim() === '';

/** Splits the article text into sentences and tokens. */
export function segment<D extends Article>(doc: D, _ctx: Context): D & Segmented {
  const { text } = doc;
  if (text.trim() === '') return { ...doc, sentences: [], tokens: [] };
  const raw = readRaw(text);
  const starts = locate(text, raw);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [first, last] of raw.sentences) {
    const firstToken = tokens.length;
    for (let i = first; i <= last; i++) {
      const value = raw.values[i] ?? '';
      const pos = raw.pos[i] ?? 'X';
      if (isSpace(value, pos)) continue;
      const start = starts[i] ?? 0;
      const normal = normaliseWord(value);
      const lemma = raw.lemmas[i] ?? value;
      tokens.push({
        index: tokens.length,
        span: { start, end: start + value.length },
        text: value,
        pos,
        lemma: lemma === value ? normal : normaliseWord(lemma),
        normal,
        sentence: sentences.length,
      });
    }
    const endToken = tokens.length;
    const head = tokens[firstToken];
    const tail = tokens[endToken - 1];
    if (!head || !tail) continue;
    const span = { start: head.span.start, end: tail.span.end };
    sentences.push({ index: sentences.length, span, text: text.slice(span.start, span.end), firstToken, endToken });
  }
  return { ...doc, sentences, tokens };
}
