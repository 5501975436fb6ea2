/** Test helpers shared by the stage tests; not part of the build. */
import { expect } from 'vitest';
import type { Span } from '../core/span.js';

/** Asserts that an item's span covers exactly `expected` in the document text. */
export function expectItem(doc: { readonly text: string }, item: { readonly span: Span }, expected: string): void {
  expect(doc.text.slice(item.span.start, item.span.end)).toBe(expected);
}
