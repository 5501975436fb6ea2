/**
 * The GDELT 1.0 event table, column by column, and where each value comes from in a dyad
 * event. 58 columns in the order of the GDELT 1.0 daily event files (GDELT Data Format
 * Codebook V1.03, 8/25/2013: 57 fields in the historical backfile, plus SOURCEURL in the
 * daily updates since April 2013). GDELT 2.0 added ADM2 codes to the geo groups; this is
 * the 1.0 layout, with no ADM2 columns.
 *
 * Blanks are deliberate: dyad does not compute tone, geocodes actors, or know FIPS 10-4
 * codes, and an empty field is GDELT's own "not known". Country codes in the actor fields
 * are CAMEO codes (as in GDELT); GDELT's geo country codes are FIPS 10-4, which dyad's
 * tables (ISO 3166) do not hold, so those columns stay empty and the ISO code is in the
 * CSV, JSON Lines and Parquet exports instead.
 */
import type { StreamedEventRow } from '../store/store.js';
import {
  type ActorParts,
  actorParts,
  countryName,
  type DateParts,
  dateParts,
  dayOfYear,
  daysInYear,
  reportCounts,
} from './rows.js';

/** A stored event with what the columns read computed once. */
export interface GdeltEvent {
  readonly row: StreamedEventRow;
  readonly actor1: ActorParts;
  readonly actor2: ActorParts;
  readonly date: DateParts;
}

/** Prepares one stored event for the GDELT columns. */
export function gdeltEvent(row: StreamedEventRow): GdeltEvent {
  return {
    row,
    actor1: actorParts(row.event.source.code),
    actor2: actorParts(row.event.target?.code ?? null),
    date: dateParts(row.event.date),
  };
}

/** A GDELT value; null and '' are an empty field. */
export type GdeltValue = string | number | null;

/** One GDELT column: its name as GDELT writes it, and its value for an event. */
export interface GdeltColumn {
  readonly name: string;
  readonly value: (e: GdeltEvent) => GdeltValue;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDD`, only for a day-precise date. */
function sqlDate({ year, month, day }: DateParts): string | null {
  return year !== null && month !== null && day !== null ? `${year}${pad(month)}${pad(day)}` : null;
}

/** `YYYY.FFFF`: the year plus the share of it gone before that day (1 January is .0000, 31 December .9973). */
function fractionDate({ year, month, day }: DateParts): string | null {
  if (year === null || month === null || day === null) return null;
  return (year + (dayOfYear(year, month, day) - 1) / daysInYear(year)).toFixed(4);
}

/** GDELT's geographic resolution of a place: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
function geoType(row: StreamedEventRow): number {
  const { location } = row.event;
  if (location === null || row.place === null) return 0;
  const us = location.country === 'USA';
  if (row.place.kind === 'country') return 1;
  if (row.place.kind === 'region') return us ? 2 : 5;
  return us ? 3 : 4;
}

/** GDELT's full name: the country alone, else "Place, Country" (dyad keeps no admin1 names). */
function geoFullName(row: StreamedEventRow): string | null {
  const { location } = row.event;
  if (location === null) return null;
  const country = countryName(location.country);
  if (row.place?.kind === 'country' || country === null || country === location.name) return location.name;
  return `${location.name}, ${country}`;
}

/** The ten actor columns of Actor1 or Actor2. */
function actorColumns(n: 1 | 2): GdeltColumn[] {
  const party = (e: GdeltEvent) => (n === 1 ? e.row.event.source : e.row.event.target);
  const parts = (e: GdeltEvent) => (n === 1 ? e.actor1 : e.actor2);
  return [
    // The full CAMEO actor code (`USAGOV`); empty when the actor has no code.
    { name: `Actor${n}Code`, value: (e) => party(e)?.code ?? null },
    // The actor's name as the article writes it (GDELT writes a normalised upper-case name).
    { name: `Actor${n}Name`, value: (e) => party(e)?.name ?? null },
    // The leading 3-letter CAMEO country code of the actor code.
    { name: `Actor${n}CountryCode`, value: (e) => parts(e).country },
    // A named organisation's code (`UNO`, `WBK`): the last part no type or country table knows.
    { name: `Actor${n}KnownGroupCode`, value: (e) => parts(e).knownGroup },
    // Blank: dyad's actor codes carry no CAMEO ethnic codes.
    { name: `Actor${n}EthnicCode`, value: () => null },
    // Religion parts of the code (`MOS`, `CHR`...), first and second.
    { name: `Actor${n}Religion1Code`, value: (e) => parts(e).religions[0] ?? null },
    { name: `Actor${n}Religion2Code`, value: (e) => parts(e).religions[1] ?? null },
    // Type and role parts (`GOV`, `MIL`, `IGO`...), in code order, up to three.
    { name: `Actor${n}Type1Code`, value: (e) => parts(e).types[0] ?? null },
    { name: `Actor${n}Type2Code`, value: (e) => parts(e).types[1] ?? null },
    { name: `Actor${n}Type3Code`, value: (e) => parts(e).types[2] ?? null },
  ];
}

/** The seven geo columns of one group: Actor1Geo, Actor2Geo or ActionGeo. */
function geoColumns(prefix: string, located: boolean): GdeltColumn[] {
  const row = (e: GdeltEvent) => (located ? e.row : null);
  return [
    // 0 where there is no location; else 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    // Actors are not geocoded by dyad: their groups are always 0 and blank.
    { name: `${prefix}_Type`, value: (e) => (located ? geoType(e.row) : 0) },
    // "Place, Country", or the country's name for a country.
    { name: `${prefix}_FullName`, value: (e) => (located ? geoFullName(e.row) : null) },
    // Blank: GDELT writes FIPS 10-4 country codes; dyad knows ISO 3166 ones (see location_country in other formats).
    { name: `${prefix}_CountryCode`, value: () => null },
    // Blank: GDELT's ADM1 code is FIPS country + FIPS admin1; dyad keeps GeoNames admin1 codes.
    { name: `${prefix}_ADM1Code`, value: () => null },
    // Latitude and longitude of the place, WGS 84 decimal degrees.
    { name: `${prefix}_Lat`, value: (e) => row(e)?.event.location?.lat ?? null },
    { name: `${prefix}_Long`, value: (e) => row(e)?.event.location?.lon ?? null },
    // Blank: GDELT writes GNS/GNIS feature ids; dyad's places have none.
    { name: `${prefix}_FeatureID`, value: () => null },
  ];
}

/** The 58 GDELT 1.0 event columns in file order, each with the dyad value it carries. */
export const GDELT_COLUMNS: readonly GdeltColumn[] = [
  // A positive integer unique to the event in this store (SQLite rowid), stable across exports.
  { name: 'GLOBALEVENTID', value: (e) => e.row.serial },
  // Event date YYYYMMDD; blank when dyad knows only the month or year (or nothing).
  { name: 'SQLDATE', value: (e) => sqlDate(e.date) },
  // YYYYMM, also for month-precise dates.
  {
    name: 'MonthYear',
    value: ({ date }) => (date.year !== null && date.month !== null ? `${date.year}${pad(date.month)}` : null),
  },
  // YYYY, also for year-precise dates.
  { name: 'Year', value: (e) => e.date.year },
  // YYYY.FFFF, the share of the year before the day; day-precise dates only.
  { name: 'FractionDate', value: (e) => fractionDate(e.date) },
  ...actorColumns(1),
  ...actorColumns(2),
  // 1 when the event is in the article's first sentence (GDELT: the lead paragraph), else 0.
  { name: 'IsRootEvent', value: (e) => (e.row.event.sentenceIndex === 0 ? 1 : 0) },
  // The CAMEO event code as coded (`111`, `0251`).
  { name: 'EventCode', value: (e) => e.row.event.code },
  // Its level-two code: the first three digits (the code itself when it has two or three).
  { name: 'EventBaseCode', value: (e) => e.row.event.code.slice(0, 3) },
  // Its root: the first two digits.
  { name: 'EventRootCode', value: (e) => e.row.event.code.slice(0, 2) },
  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
  { name: 'QuadClass', value: (e) => e.row.event.quadClass },
  // The Goldstein weight of the code, -10 to +10.
  { name: 'GoldsteinScale', value: (e) => e.row.event.goldstein },
  // Reports of the event: the article and its stored near-duplicates (1 without any). Mentions = articles.
  { name: 'NumMentions', value: (e) => reportCounts(e.row).articles },
  { name: 'NumSources', value: (e) => reportCounts(e.row).sources },
  { name: 'NumArticles', value: (e) => reportCounts(e.row).articles },
  // Blank: dyad computes no tone.
  { name: 'AvgTone', value: () => null },
  ...geoColumns('Actor1Geo', false),
  ...geoColumns('Actor2Geo', false),
  ...geoColumns('ActionGeo', true),
  // YYYYMMDD the article was stored (GDELT: the day the event entered its database).
  { name: 'DATEADDED', value: (e) => e.row.storedAt?.slice(0, 10).replaceAll('-', '') ?? null },
  // The article's URL; blank when it was read from a file without one.
  { name: 'SOURCEURL', value: (e) => e.row.url },
];
