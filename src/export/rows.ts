/**
 * Shared row mapping for `dyad export`: the flat columns of the CSV and Parquet exports, and
 * the pieces the GDELT and PLOVER mappings take from a stored event (actor-code parts,
 * date parts, duplicate counts).
 */
import type { StreamedEventRow } from '../store/store.js';
import { loadActorTypes } from '../tables/cameo.js';
import { loadCountries } from '../tables/countries.js';

/** The Parquet types the flat columns use (hyparquet-writer basic types). */
export type FlatType = 'STRING' | 'INT32' | 'INT64' | 'DOUBLE' | 'BOOLEAN';
/** A cell of a flat row; null is an empty CSV field or a Parquet null. */
export type FlatValue = string | number | boolean | null;

/** One column of the flat exports: its name, Parquet type and value. */
export interface FlatColumn {
  readonly name: string;
  readonly type: FlatType;
  readonly value: (row: StreamedEventRow) => FlatValue;
}

const orNull = <T>(value: T | undefined | null): T | null => value ?? null;

/**
 * How many articles and sources report the event: the store counts the near-duplicates of its
 * article (`numArticles`, `numSources`); a store that does not reports it once.
 */
export function reportCounts(row: StreamedEventRow): { articles: number; sources: number } {
  return { articles: row.numArticles ?? 1, sources: row.numSources ?? 1 };
}

/**
 * The flat columns, one value each: the event columns of `dyad events --format csv` in the
 * same order, then the PLOVER type, the sentence position, the article's title and URL and
 * the report counts.
 */
export const FLAT_COLUMNS: readonly FlatColumn[] = [
  { name: 'article_id', type: 'STRING', value: (r) => r.articleId },
  { name: 'event_id', type: 'STRING', value: (r) => r.event.id },
  { name: 'date', type: 'STRING', value: (r) => r.event.date },
  { name: 'date_granularity', type: 'STRING', value: (r) => r.event.dateGranularity },
  { name: 'code', type: 'STRING', value: (r) => r.event.code },
  { name: 'name', type: 'STRING', value: (r) => r.event.name },
  { name: 'goldstein', type: 'DOUBLE', value: (r) => r.event.goldstein },
  { name: 'quad_class', type: 'INT32', value: (r) => r.event.quadClass },
  { name: 'source_name', type: 'STRING', value: (r) => r.event.source.name },
  { name: 'source_code', type: 'STRING', value: (r) => r.event.source.code },
  { name: 'target_name', type: 'STRING', value: (r) => orNull(r.event.target?.name) },
  { name: 'target_code', type: 'STRING', value: (r) => orNull(r.event.target?.code) },
  { name: 'text', type: 'STRING', value: (r) => r.event.text },
  { name: 'span_start', type: 'INT32', value: (r) => r.event.span.start },
  { name: 'span_end', type: 'INT32', value: (r) => r.event.span.end },
  { name: 'location_name', type: 'STRING', value: (r) => orNull(r.event.location?.name) },
  { name: 'location_country', type: 'STRING', value: (r) => orNull(r.event.location?.country) },
  { name: 'lat', type: 'DOUBLE', value: (r) => orNull(r.event.location?.lat) },
  { name: 'lon', type: 'DOUBLE', value: (r) => orNull(r.event.location?.lon) },
  { name: 'sentence', type: 'STRING', value: (r) => r.sentenceText },
  { name: 'plover', type: 'STRING', value: (r) => orNull(r.event.plover) },
  { name: 'date_source', type: 'STRING', value: (r) => r.event.dateSource },
  { name: 'future', type: 'BOOLEAN', value: (r) => r.event.future ?? false },
  { name: 'sentence_index', type: 'INT32', value: (r) => r.event.sentenceIndex },
  { name: 'sentence_start', type: 'INT32', value: (r) => r.event.sentence.start },
  { name: 'sentence_end', type: 'INT32', value: (r) => r.event.sentence.end },
  { name: 'article_title', type: 'STRING', value: (r) => r.title },
  { name: 'article_url', type: 'STRING', value: (r) => r.url },
  { name: 'num_articles', type: 'INT32', value: (r) => reportCounts(r).articles },
  { name: 'num_sources', type: 'INT32', value: (r) => reportCounts(r).sources },
];

/** The year, month and day an event date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) gives; null parts are unknown. */
export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Splits an event date; anything else (null, a week or quarter value) gives no parts. */
export function dateParts(date: string | null): DateParts {
  const m = date === null ? null : ISO_PREFIX.exec(date);
  if (!m) return { year: null, month: null, day: null };
  const n = (s: string | undefined) => (s === undefined ? null : Number(s));
  return { year: Number(m[1]), month: n(m[2]), day: n(m[3]) };
}

/** The last day of a month (1-12) of a year, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day of the year, 1 on 1 January. */
export function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

/** 365 or 366. */
export function daysInYear(year: number): number {
  return dayOfYear(year, 12, 31);
}

/** CAMEO actor-code parts, as GDELT splits a code into its fields. */
export interface ActorParts {
  /** The 3-letter CAMEO country code the code starts with (`CHN` of `CHNGOV`). */
  readonly country: string | null;
  /** A named organisation's code (`UNO`, `WBK`): the last 3-letter part that is not a country, type or religion. */
  readonly knownGroup: string | null;
  /** Religion codes (`MOS`, `CHR`...), at most two. */
  readonly religions: readonly string[];
  /** Type and role codes (`GOV`, `MIL`, `IGO`...), at most three, in code order. */
  readonly types: readonly string[];
}

let countryCodes: ReadonlySet<string> | undefined;
let typeNotes: ReadonlyMap<string, string> | undefined;

/** The 3-letter CAMEO country codes of data/countries (their first 3 letters, `USAPRI` → `USA`). */
function cameoCountries(): ReadonlySet<string> {
  countryCodes ??= new Set([...loadCountries().values()].map((c) => c.cameo.slice(0, 3)));
  return countryCodes;
}

/** What each code of data/cameo/actor-types.tsv is: its note's first word (`role`, `religion`, `organisation`...). */
function typeKinds(): ReadonlyMap<string, string> {
  typeNotes ??= new Map([...loadActorTypes().values()].map((t) => [t.code, t.note.split(':')[0] ?? ''] as const));
  return typeNotes;
}

/** PETRARCH's placeholder for an unknown country in a role-only code (`---GOV`). */
export const UNKNOWN_COUNTRY = '---';

const NO_PARTS: ActorParts = { country: null, knownGroup: null, religions: [], types: [] };

/**
 * Splits a CAMEO actor code into 3-letter parts: a leading country code is the country (`---`,
 * an unknown one, is left out); the
 * religion rows of actor-types.tsv are religions; its other rows are types, except
 * `organisation` rows (`UNO`), which, like parts no table knows (`WBK`, `IMF`), name a group.
 */
export function actorParts(code: string | null): ActorParts {
  if (code === null || code.length < 3) return NO_PARTS;
  const parts = code.match(/.{3}/g) ?? [];
  const kinds = typeKinds();
  const country = cameoCountries().has(parts[0] ?? '') && !kinds.has(parts[0] ?? '') ? (parts[0] ?? null) : null;
  const religions: string[] = [];
  const types: string[] = [];
  let knownGroup: string | null = null;
  for (const part of parts.slice(country === null ? 0 : 1)) {
    if (part === UNKNOWN_COUNTRY) continue;
    const kind = kinds.get(part);
    if (kind === 'religion') religions.push(part);
    else if (kind === undefined || kind === 'organisation') knownGroup = part;
    else types.push(part);
  }
  return { country, knownGroup, religions: religions.slice(0, 2), types: types.slice(0, 3) };
}

/** The short English name of a country by ISO alpha-3 (data/countries), or null. */
export function countryName(iso3: string): string | null {
  return loadCountries().get(iso3)?.name ?? null;
}

/** The ISO alpha-2 code of a country by ISO alpha-3 (data/countries), or null. */
export function iso2(iso3: string): string | null {
  return loadCountries().get(iso3)?.iso2 ?? null;
}
