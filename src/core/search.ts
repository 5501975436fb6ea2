/** Binary search, the one loop every stage's offset and span look-ups share. */
import type { Token } from './document.js';

/**
 * The number of leading indices in `[0, n)` for which `before` holds: `before` must be true on a
 * prefix and false after it. The first index where it turns false (`n` when it never does).
 */
export function lowerBound(n: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `offset` (`tokens.length` when none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (k) => (tokens[k]?.span.start ?? 0) < offset);
}
