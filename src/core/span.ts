import { lowerBound } from './search.js';

/**
 * A half-open range `[start, end)` in UTF-16 code units into `article.text`, so that
 * `text.slice(span.start, span.end)` is the item's text in Node and in the browser.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Builds a span, checking that it is well formed. */
export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`[core] bad span [${start}, ${end})`);
  }
  return { start, end };
}

/** The text a span covers. */
export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** True when `inner` lies inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * "Does a span overlap one of these?", answered by binary search over their starts and the
 * running maximum end: the same answer as `spans.some((x) => overlaps(x, s))`, in log time.
 */
export function overlapTest(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const x of sorted) maxEnd.push(Math.max(maxEnd.at(-1) ?? Number.NEGATIVE_INFINITY, x.end));
  return (s) => {
    // The spans starting before s ends; one of them overlaps s when the furthest end passes its start.
    const lo = lowerBound(sorted.length, (k) => (sorted[k]?.start ?? 0) < s.end);
    return lo > 0 && (maxEnd[lo - 1] ?? Number.NEGATIVE_INFINITY) > s.start;
  };
}
