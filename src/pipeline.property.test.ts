/**
 * Property tests over the whole pipeline: for any text, coding returns a document,
 * and every item's span lies inside the text and slices to the item's own text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';
import { articleId } from './core/article.js';
import type { CodedDocument } from './core/document.js';
import type { Span } from './core/span.js';
import { codeArticle } from './pipeline.js';

const ctx = createContext();

interface Spanned {
  readonly span: Span;
  readonly text?: string;
}

function spannedItems(doc: CodedDocument): Spanned[] {
  return [
    ...doc.sentences,
    ...doc.tokens,
    ...doc.mentions,
    ...doc.times,
    ...doc.places.flatMap((p) => p.mentions),
    ...doc.quotes,
    ...doc.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
    ...doc.quotes.flatMap((q) => (q.speaker ? [{ span: q.speaker.span }] : [])),
    ...doc.events,
    ...doc.events.flatMap((e) => [
      { span: e.sentence },
      { span: e.source.span },
      ...(e.target ? [{ span: e.target.span }] : []),
    ]),
    ...doc.claims,
  ];
}

function checkSpans(doc: CodedDocument): void {
  for (const item of spannedItems(doc)) {
    expect(item.span.start).toBeGreaterThanOrEqual(0);
    expect(item.span.end).toBeLessThanOrEqual(doc.text.length);
    expect(item.span.start).toBeLessThanOrEqual(item.span.end);
    if (item.text !== undefined) expect(doc.text.slice(item.span.start, item.span.end)).toBe(item.text);
  }
}

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom(
      'China',
      'the OIC',
      'Wang Wenbin',
      'condemned',
      'met with',
      'said',
      '“',
      '”',
      '"',
      "'",
      'on Wednesday',
      'in 2018',
      'nearly 400',
      'delegations',
      '.',
      ',',
      '\n\n',
      'did not',
      'urged',
      'Beijing',
      'up to 3 million people',
      '$2.5bn',
    ),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
  ),
  { maxLength: 60 },
);

describe('pipeline on arbitrary text', () => {
  it('returns a document whose spans all point at their text', () => {
    fc.assert(
      fc.property(newsy, (parts) => {
        const text = parts.join(' ');
        const out = codeArticle({ id: articleId('p'), date: '2024-01-05', text }, ctx);
        expect(out.ok).toBe(true);
        if (out.ok) checkSpans(out.value);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['a 100k-character sentence', `${'word '.repeat(20_000)}said China.`],
    ['unbalanced quotes', '“He said ‘no” and “then'.repeat(200)],
    ['right-to-left text and emoji', 'مرحبا 🇨🇳 China condemned Japan 😀 on Monday. שלום'],
    ['control characters', 'China\u0000 condemned\u0007 Japan\u001b.'],
  ])('codes %s', (_name, text) => {
    const out = codeArticle({ id: articleId('x'), date: '2024-01-05', text }, ctx);
    expect(out.ok).toBe(true);
    if (out.ok) checkSpans(out.value);
  });
});
