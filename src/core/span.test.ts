import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, overlapTest, type Span } from './span.js';

const spanArb = fc
  .tuple(fc.nat({ max: 60 }), fc.nat({ max: 12 }))
  .map(([start, length]): Span => ({ start, end: start + length }));

describe('overlapTest', () => {
  it('answers as a scan with overlaps() does, for any spans (nested, empty, unsorted)', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 20 }), spanArb, (spans, probe) => {
        expect(overlapTest(spans)(probe)).toBe(spans.some((s) => overlaps(s, probe)));
      }),
    );
  });

  it('sees a short span that ends before a long earlier one does', () => {
    const test = overlapTest([
      { start: 0, end: 50 },
      { start: 10, end: 12 },
    ]);
    expect(test({ start: 40, end: 45 })).toBe(true);
    expect(test({ start: 50, end: 60 })).toBe(false);
  });
});
