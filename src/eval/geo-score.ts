/**
 * Scores of `dyad eval geo`: resolution of gold toponym spans (accuracy within 161 km,
 * country accuracy, median error) and end-to-end detection (span P/R/F1, strict and overlap).
 */
import type { Span } from '../core/span.js';
import { type Prf, prf, rate } from './_score.js';

/** A gold toponym: its span, and its coordinates and country where the gold gives them. */
export interface GoldToponym {
  readonly span: Span;
  readonly text: string;
  readonly lat: number | null;
  readonly lon: number | null;
  /** ISO alpha-3, when the gold names a country dyad knows. */
  readonly country: string | null;
  /** Counted for detection (GeoWebNews also marks demonyms and non-toponyms for contrast). */
  readonly toponym: boolean;
  /** The gold is a whole country (GeoNames `PCL*`), where the gold says so. */
  readonly countryLevel?: boolean;
}

/** What dyad said about a place: a point and a country. */
export interface Point {
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  /** `country`, `region`, `city`, `capital`. */
  readonly kind: string;
}

/** One article: its gold, dyad's resolution of each gold span, and dyad's own detected mentions. */
export interface GeoCase {
  readonly gold: readonly GoldToponym[];
  /** Same order as `gold`; null where dyad could not resolve the span. */
  readonly resolved: readonly (Point | null)[];
  readonly detected: readonly { readonly span: Span; readonly point: Point }[];
}

export interface GeoReport {
  readonly articles: number;
  /** Gold toponyms with coordinates. */
  readonly withCoordinates: number;
  readonly unresolved: number;
  readonly within161: number;
  /** Within 161 km, or a country-level gold resolved to that same country (centroids differ). */
  readonly within161OrCountry: number;
  readonly medianKm: number | null;
  readonly withCountry: number;
  readonly countryCorrect: number;
  readonly strict: Prf;
  readonly overlap: Prf;
  /** Strict detections with gold coordinates, and how many of them are within 161 km. */
  readonly endToEnd: { readonly pairs: number; readonly within161: number };
}

const EARTH_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
const overlapping = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Detection counts: a gold span matched once; `same` decides what counts as a match. */
function detection(c: GeoCase, same: (a: Span, b: Span) => boolean): { tp: number; fp: number; fn: number } {
  const gold = c.gold.filter((g) => g.toponym);
  const used = new Set<number>();
  let tp = 0;
  for (const d of c.detected) {
    const i = gold.findIndex((g, k) => !used.has(k) && same(g.span, d.span));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: c.detected.length - tp, fn: gold.length - tp };
}

/** Adds up the cases into one report. */
export function scoreGeo(cases: readonly GeoCase[]): GeoReport {
  let withCoordinates = 0;
  let unresolved = 0;
  let within161 = 0;
  let within161OrCountry = 0;
  let withCountry = 0;
  let countryCorrect = 0;
  const errors: number[] = [];
  const strict = { tp: 0, fp: 0, fn: 0 };
  const loose = { tp: 0, fp: 0, fn: 0 };
  const endToEnd = { pairs: 0, within161: 0 };
  for (const c of cases) {
    for (const [i, g] of c.gold.entries()) {
      const p = c.resolved[i] ?? null;
      if (g.country !== null) {
        withCountry++;
        if (p?.country === g.country) countryCorrect++;
      }
      if (g.lat === null || g.lon === null) continue;
      withCoordinates++;
      if (p === null) {
        unresolved++;
        continue;
      }
      const km = distanceKm({ lat: g.lat, lon: g.lon }, p);
      errors.push(km);
      if (km <= 161) within161++;
      if (km <= 161 || (g.countryLevel === true && p.kind === 'country' && p.country === g.country)) {
        within161OrCountry++;
      }
      const hit = c.detected.find((d) => sameSpan(d.span, g.span));
      if (hit) {
        endToEnd.pairs++;
        if (distanceKm({ lat: g.lat, lon: g.lon }, hit.point) <= 161) endToEnd.within161++;
      }
    }
    for (const [sum, part] of [
      [strict, detection(c, sameSpan)],
      [loose, detection(c, overlapping)],
    ] as const) {
      sum.tp += part.tp;
      sum.fp += part.fp;
      sum.fn += part.fn;
    }
  }
  return {
    articles: cases.length,
    withCoordinates,
    unresolved,
    within161,
    within161OrCountry,
    medianKm: median(errors),
    withCountry,
    countryCorrect,
    strict: prf(strict.tp, strict.fp, strict.fn),
    overlap: prf(loose.tp, loose.fp, loose.fn),
    endToEnd,
  };
}

/** Accuracy within 161 km over all gold toponyms with coordinates (unresolved count as wrong). */
export function accuracy161(r: GeoReport): number {
  return rate(r.within161, r.withCoordinates);
}
