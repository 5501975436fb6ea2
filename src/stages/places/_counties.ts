/**
 * Counties and parishes ("Laurel County", "DeKalb County, Ga.", "Orleans Parish"): no table of
 * them ships with dyad, so a county is placed by the article itself. Its state or province is
 * the one named right after it, else the one most of the article's places lie in; its point
 * is the mean of the article's towns there (a local story names towns of its own county and
 * the next ones), else the state's own point.
 */
import type { Segmented, Token } from '../../core/document.js';
import { rule } from '../../core/source.js';
import { overlaps, type Span } from '../../core/span.js';
import type { Candidate } from './_gazetteer.js';
import { isCapitalised } from './_match.js';

/** Words that close a county's name. */
const COUNTY_WORDS = new Set(['county', 'parish']);
/** At most this many words name the county before "County" ("Prince George's County"). */
const MAX_NAME_TOKENS = 3;
/** Capitalised words that open a sentence or a title, never a county's name. */
const NOT_A_NAME = new Set(
  'the a an this that these those in at of for on by from to and or but each every our their his her its both all no'.split(
    ' ',
  ),
);

/** A county named in the text: tokens `[first, end)`, "County" included. */
export interface CountyMatch {
  readonly first: number;
  readonly end: number;
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
}

const isNameWord = (t: Token | undefined, sentence: number): t is Token =>
  t !== undefined && t.sentence === sentence && isCapitalised(t) && !NOT_A_NAME.has(t.normal);

/** The county ending at the "County" token `i`, or null when no name comes before it. */
function countyEndingAt(doc: Segmented, i: number): CountyMatch | null {
  const word = doc.tokens[i];
  if (!word || !isCapitalised(word) || !COUNTY_WORDS.has(word.normal)) return null;
  let first = i;
  for (let k = i - 1; k >= Math.max(0, i - MAX_NAME_TOKENS); k--) {
    const t = doc.tokens[k];
    // "Prince George's County": a possessive inside the name keeps it going.
    if (t?.normal === "'s" && k > 0 && isNameWord(doc.tokens[k - 1], word.sentence)) continue;
    if (!isNameWord(t, word.sentence)) break;
    first = k;
  }
  if (first === i) return null;
  const span = { start: doc.tokens[first]?.span.start ?? 0, end: word.span.end };
  return { first, end: i + 1, span, text: doc.text.slice(span.start, span.end), sentence: word.sentence };
}

/** Every "X County" of the document, in text order. */
export function findCounties(doc: Segmented): readonly CountyMatch[] {
  const counties: CountyMatch[] = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    const county = countyEndingAt(doc, i);
    if (county) counties.push(county);
  }
  return counties;
}

/** True when the text of a span is a county's name ("Laurel County", "Orleans Parish"). */
export function isCountyText(text: string): boolean {
  const last = text.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return text.includes(' ') && COUNTY_WORDS.has(last);
}

/** Drops the names inside a county's name ("Laurel" of "Laurel County"). */
export function withoutCountyWords<M extends { readonly span: Span }>(
  matches: readonly M[],
  counties: readonly { readonly span: Span }[],
): M[] {
  return matches.filter((m) => !counties.some((c) => overlaps(c.span, m.span)));
}

const adminKey = (c: Candidate): string | null => (c.admin1 === undefined ? null : `${c.country}/${c.admin1}`);

/** A place chosen for a name of the article, with where it stands. */
export interface Chosen {
  readonly span: Span;
  readonly candidate: Candidate;
}

/** The state named right after the county ("Laurel County, Ky.", "Kanawha County, West Virginia"). */
function stateAfter(doc: Segmented, county: CountyMatch, chosen: readonly Chosen[]): Candidate | null {
  const comma = doc.tokens[county.end];
  const next = doc.tokens[comma?.text === ',' ? county.end + 1 : county.end];
  if (!next) return null;
  const hit = chosen.find((c) => c.span.start === next.span.start);
  return hit && hit.candidate.kind === 'region' && adminKey(hit.candidate) !== null ? hit.candidate : null;
}

/** The key named most often among `keys` (ties: the first named), with its count. */
function mostNamed(keys: readonly string[]): { readonly key: string; readonly count: number } | null {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = k;
  return best === null ? null : { key: best, count: counts.get(best) ?? 0 };
}

/** The state or province most of the article's places lie in (ties: the first named), with their count. */
export function mainAdmin(chosen: readonly Chosen[]): { readonly admin: string; readonly count: number } | null {
  const admins = chosen.flatMap(({ candidate: c }) => {
    const admin = c.kind === 'country' || c.kind === 'county' ? null : adminKey(c);
    return admin === null ? [] : [admin];
  });
  const best = mostNamed(admins);
  return best === null ? null : { admin: best.key, count: best.count };
}

/** Rough distance in degrees, enough to rank points of one state. */
const degrees = (a: Candidate, b: Candidate): number =>
  Math.hypot(a.lat - b.lat, (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180));

/** The point closest to all the others (sum of distances): the heart of the article's places, whatever the outliers. */
function medoid(points: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestSum = Infinity;
  for (const p of points) {
    const sum = points.reduce((total, q) => total + degrees(p, q), 0);
    if (sum < bestSum) {
      best = p;
      bestSum = sum;
    }
  }
  return best;
}

/** The county as a place: inside `admin`, at the mean of the article's towns there or the state's point. */
function countyCandidate(county: CountyMatch, admin: string, chosen: readonly Chosen[]): Candidate | null {
  const inside = chosen.map((c) => c.candidate).filter((c) => adminKey(c) === admin);
  const towns = inside.filter((c) => c.kind === 'city' || c.kind === 'capital');
  const points = towns.length > 0 ? towns : inside.filter((c) => c.kind === 'region');
  const head = medoid(points);
  if (head === null) return null;
  const { lat, lon } = head;
  const name = county.text.replace(/\s+/g, ' ');
  return {
    key: `county:${admin}/${name.toLowerCase()}`,
    name,
    country: head.country,
    admin1: head.admin1 ?? '',
    lat,
    lon,
    kind: 'county',
    priority: 2,
    population: 0,
    source: rule('places/county-in-article'),
  };
}

/** Places each county among the article's chosen places; null where no state is known. */
export function placeCounties(
  doc: Segmented,
  counties: readonly CountyMatch[],
  chosen: readonly Chosen[],
): (Candidate | null)[] {
  const main = mainAdmin(chosen)?.admin ?? null;
  return counties.map((county) => {
    const state = stateAfter(doc, county, chosen);
    const admin = state === null ? main : adminKey(state);
    return admin === null ? null : countyCandidate(county, admin, chosen);
  });
}
