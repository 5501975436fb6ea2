/** Token tests shared by the quote rules. */
import type { Token } from '../../core/document.js';

const ENDS_SENTENCE: ReadonlyMap<string, true> = new Map(['.', '?', '!'].map((w) => [w, true] as const));

/** True for a token that ends a sentence. */
export function endsSentence(t: Token | undefined): boolean {
  return t !== undefined && ENDS_SENTENCE.has(t.text);
}
