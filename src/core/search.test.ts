import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from './search.js';

describe('lowerBound', () => {
  it('finds where a prefix predicate turns false, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const scan = sorted.findIndex((v) => !(v < x));
        expect(lowerBound(sorted.length, (k) => (sorted[k] ?? 0) < x)).toBe(scan < 0 ? sorted.length : scan);
      }),
    );
  });

  it('is 0 for no elements', () => {
    expect(lowerBound(0, () => true)).toBe(0);
  });
});
