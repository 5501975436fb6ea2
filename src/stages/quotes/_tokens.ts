/** Token lookups by character offset (binary search over token spans). */
import type { Token } from '../../core/document.js';

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.span.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ENDS_SENTENCE: ReadonlyMap<string, true> = new Map(['.', '?', '!'].map((w) => [w, true] as const));

/** True for a token that ends a sentence. */
export function endsSentence(t: Token | undefined): boolean {
  return t !== undefined && ENDS_SENTENCE.has(t.text);
}
