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
