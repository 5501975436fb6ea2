/**
 * Typed loaders for dyad's own country and region tables (`data/countries/*.tsv`).
 * Every row is validated at load: a bad row throws a DyadError naming file and line.
 * Each table is read once per process.
 */
import { dataFile, readTsv, tableError } from './_tsv.js';

/** A country or territory: ISO and CAMEO codes, names, capital and a representative centroid. */
export interface Country {
  /** ISO 3166-1 alpha-3 (`XKX` for Kosovo, a user-assigned code). */
  readonly iso3: string;
  /** ISO 3166-1 alpha-2 (GeoNames' country code). */
  readonly iso2: string;
  /** CAMEO country code, as Phoenix/PETRARCH dictionaries write it (`KSV`, `USAPRI`). */
  readonly cameo: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string;
  readonly capitalLat: number;
  readonly capitalLon: number;
  readonly lat: number;
  readonly lon: number;
  readonly unMember: boolean;
}

export const REGION_KINDS = ['region', 'disputed', 'city', 'capital'] as const;
/** What a row of regions.tsv names: an administrative or disputed region, a city, or a capital. */
export type RegionKind = (typeof REGION_KINDS)[number];

/** A sub-national region or city that news often names, with the country it belongs to. */
export interface Region {
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO alpha-3 of the country (administering or claimed, see data/countries/README.md). */
  readonly country: string;
  readonly kind: RegionKind;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames admin1 code of the state or province (`KY`, `08` for Ontario), where given. */
  readonly admin1?: string;
}

export const WORLD_REGION_KINDS = ['continent', 'world-region', 'sea'] as const;
/** A place larger than a country, or no country's: a continent, a region of the world, an ocean or sea. */
export type WorldRegionKind = (typeof WORLD_REGION_KINDS)[number];

/** A continent, world region, ocean or sea, with the code that stands for it where a country's would. */
export interface WorldRegion {
  readonly name: string;
  readonly aliases: readonly string[];
  /** CAMEO's region code where it has one (`AFR`, `MEA`), else a code of ISO's user-assigned `X..` range. */
  readonly code: string;
  readonly kind: WorldRegionKind;
  readonly lat: number;
  readonly lon: number;
  readonly demonyms: readonly string[];
}

const COUNTRY_HEADER = [
  'iso3',
  'cameo',
  'name',
  'aliases',
  'demonyms',
  'capital',
  'capital_lat',
  'capital_lon',
  'lat',
  'lon',
  'un_member',
  'iso2',
] as const;
const REGION_HEADER = ['name', 'aliases', 'country', 'kind', 'lat', 'lon', 'admin1'] as const;
const WORLD_REGION_HEADER = ['name', 'aliases', 'code', 'kind', 'lat', 'lon', 'demonyms'] as const;

/** A row with its file, so that every complaint names file and line. */
interface Row {
  readonly file: string;
  readonly line: number;
  readonly header: readonly string[];
  readonly cells: readonly string[];
}

function rowsOf(file: string, header: readonly string[], minCells = header.length): Row[] {
  return readTsv(file, header, minCells).map((r) => ({ file, line: r.line, header, cells: r.cells }));
}

function fail(row: Row, message: string): never {
  throw tableError(row.file, row.line, message);
}

function cell(row: Row, column: string): string {
  return (row.cells[row.header.indexOf(column)] ?? '').trim();
}

function text(row: Row, column: string, pattern?: RegExp): string {
  const value = cell(row, column);
  if (value === '') fail(row, `empty "${column}"`);
  if (pattern && !pattern.test(value)) fail(row, `bad "${column}": "${value}"`);
  return value;
}

function list(row: Row, column: string): readonly string[] {
  return cell(row, column)
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function degrees(row: Row, column: string, limit: number): number {
  const raw = text(row, column);
  const value = Number(raw);
  if (!Number.isFinite(value) || Math.abs(value) > limit) fail(row, `bad "${column}": "${raw}"`);
  return value;
}

function toCountry(row: Row): Country {
  const member = text(row, 'un_member');
  if (member !== 'yes' && member !== 'no') fail(row, `bad "un_member": "${member}" (yes or no)`);
  return {
    iso3: text(row, 'iso3', /^[A-Z]{3}$/),
    iso2: text(row, 'iso2', /^[A-Z]{2}$/),
    cameo: text(row, 'cameo', /^[A-Z]{3}(?:[A-Z]{3})?$/),
    name: text(row, 'name'),
    aliases: list(row, 'aliases'),
    demonyms: list(row, 'demonyms'),
    capital: text(row, 'capital'),
    capitalLat: degrees(row, 'capital_lat', 90),
    capitalLon: degrees(row, 'capital_lon', 180),
    lat: degrees(row, 'lat', 90),
    lon: degrees(row, 'lon', 180),
    unMember: member === 'yes',
  };
}

/** Parses a countries file; exported for tests of the validation. */
export function parseCountries(path: string): ReadonlyMap<string, Country> {
  const byIso3 = new Map<string, Country>();
  for (const row of rowsOf(path, COUNTRY_HEADER)) {
    const country = toCountry(row);
    if (byIso3.has(country.iso3)) fail(row, `duplicate iso3 "${country.iso3}"`);
    byIso3.set(country.iso3, country);
  }
  return byIso3;
}

/** Parses a regions file, checking each country code against `countries`. */
export function parseRegions(path: string, countries: ReadonlyMap<string, Country>): readonly Region[] {
  return rowsOf(path, REGION_HEADER, REGION_HEADER.length - 1).map((row) => {
    const country = text(row, 'country', /^[A-Z]{3}$/);
    if (!countries.has(country)) fail(row, `unknown country "${country}"`);
    const kind = text(row, 'kind');
    if (!(REGION_KINDS as readonly string[]).includes(kind)) fail(row, `bad "kind": "${kind}"`);
    const lat = degrees(row, 'lat', 90);
    const lon = degrees(row, 'lon', 180);
    const admin1 = cell(row, 'admin1');
    const region = {
      name: text(row, 'name'),
      aliases: list(row, 'aliases'),
      country,
      kind: kind as RegionKind,
      lat,
      lon,
    };
    return admin1 === '' ? region : { ...region, admin1 };
  });
}

/** Parses a world-regions file; a code may not be a country's (`countries`), nor repeat. */
export function parseWorldRegions(path: string, countries: ReadonlyMap<string, Country>): readonly WorldRegion[] {
  const taken = new Set([...countries.values()].flatMap((c) => [c.iso3, c.cameo]));
  return rowsOf(path, WORLD_REGION_HEADER, WORLD_REGION_HEADER.length - 1).map((row) => {
    const code = text(row, 'code', /^[A-Z]{3}$/);
    if (taken.has(code)) fail(row, `code "${code}" is already a country's or another region's`);
    taken.add(code);
    const kind = text(row, 'kind');
    if (!(WORLD_REGION_KINDS as readonly string[]).includes(kind)) fail(row, `bad "kind": "${kind}"`);
    return {
      name: text(row, 'name'),
      aliases: list(row, 'aliases'),
      code,
      kind: kind as WorldRegionKind,
      lat: degrees(row, 'lat', 90),
      lon: degrees(row, 'lon', 180),
      demonyms: list(row, 'demonyms'),
    };
  });
}

let countriesCache: ReadonlyMap<string, Country> | undefined;
let worldCache: readonly WorldRegion[] | undefined;
let regionsCache: readonly Region[] | undefined;

/** All countries and territories of `data/countries/countries.tsv`, keyed by ISO alpha-3. */
export function loadCountries(): ReadonlyMap<string, Country> {
  countriesCache ??= parseCountries(dataFile('countries', 'countries.tsv'));
  return countriesCache;
}

/** All regions and cities of `data/countries/regions.tsv`. */
export function loadRegions(): readonly Region[] {
  regionsCache ??= parseRegions(dataFile('countries', 'regions.tsv'), loadCountries());
  return regionsCache;
}

/** The continents, world regions, oceans and seas of `data/countries/world-regions.tsv`. */
export function loadWorldRegions(): readonly WorldRegion[] {
  worldCache ??= parseWorldRegions(dataFile('countries', 'world-regions.tsv'), loadCountries());
  return worldCache;
}
