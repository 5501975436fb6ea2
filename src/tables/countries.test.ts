import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadCountries,
  loadRegions,
  loadWorldRegions,
  parseCountries,
  parseRegions,
  parseWorldRegions,
} from './countries.js';

const HEADER = 'iso3\tcameo\tname\taliases\tdemonyms\tcapital\tcapital_lat\tcapital_lon\tlat\tlon\tun_member\tiso2';
const CHINA = 'CHN\tCHN\tChina\tPRC\tChinese\tBeijing\t39.90\t116.41\t35.9\t104.2\tyes\tCN';

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-countries-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('loadCountries', () => {
  const countries = loadCountries();

  it('holds the 193 UN member states and the observers', () => {
    expect([...countries.values()].filter((c) => c.unMember)).toHaveLength(193);
    expect(countries.get('PSE')?.unMember).toBe(false);
    expect(countries.get('VAT')?.name).toBe('Holy See');
  });

  it.each([
    ['CHN', 'China', 'CHN', 'Beijing', 'Chinese'],
    ['USA', 'United States', 'USA', 'Washington', 'American'],
    ['SAU', 'Saudi Arabia', 'SAU', 'Riyadh', 'Saudi Arabian'],
    ['XKX', 'Kosovo', 'KSV', 'Pristina', 'Kosovar'],
    ['PRI', 'Puerto Rico', 'USAPRI', 'San Juan', 'Puerto Rican'],
    ['TUR', 'Türkiye', 'TUR', 'Ankara', 'Turkish'],
  ])('%s is %s (CAMEO %s, capital %s, %s)', (iso3, name, cameo, capital, demonym) => {
    const c = countries.get(iso3);
    expect(c?.name).toBe(name);
    expect(c?.cameo).toBe(cameo);
    expect(c?.capital).toBe(capital);
    expect(c?.demonyms).toContain(demonym);
  });

  it('knows the press names', () => {
    expect(countries.get('GBR')?.aliases).toEqual(expect.arrayContaining(['Britain', 'UK', 'U.K.']));
    expect(countries.get('MMR')?.aliases).toContain('Burma');
    expect(countries.get('CIV')?.aliases).toContain('Ivory Coast');
    expect(countries.get('TUR')?.aliases).toContain('Turkey');
  });

  it('has Beijing where Beijing is', () => {
    const china = countries.get('CHN');
    expect(china?.capitalLat).toBeCloseTo(39.9, 1);
    expect(china?.capitalLon).toBeCloseTo(116.4, 1);
  });

  it('returns the same map on every call', () => {
    expect(loadCountries()).toBe(countries);
  });
});

describe('loadRegions', () => {
  it('has Xinjiang with East Turkistan as an alias, in China', () => {
    const xinjiang = loadRegions().find((r) => r.name === 'Xinjiang');
    expect(xinjiang?.country).toBe('CHN');
    expect(xinjiang?.aliases).toContain('East Turkistan');
    expect(xinjiang?.kind).toBe('disputed');
  });

  it.each([
    ['Crimea', 'UKR'],
    ['Gaza', 'PSE'],
    ['Kashmir', 'IND'],
    ['Tibet', 'CHN'],
  ])('places %s in %s', (name, iso3) => {
    expect(loadRegions().find((r) => r.name === name)?.country).toBe(iso3);
  });
});

describe('validation', () => {
  it.each([
    ['a bad latitude', CHINA.replace('39.90', '99.5'), ':2: bad "capital_lat"'],
    ['a short row', 'CHN\tCHN\tChina', ':2: expected 12-12 tab-separated cells, got 3'],
    ['a bad code', CHINA.replace('CHN\tCHN', 'CH\tCHN'), ':2: bad "iso3"'],
    ['a bad membership', CHINA.replace('yes', 'maybe'), ':2: bad "un_member"'],
  ])('throws on %s, naming file and line', (_what, row, message) => {
    const path = tempFile('countries.tsv', `${HEADER}\n${row}\n`);
    expect(() => parseCountries(path)).toThrow(`${path}${message}`);
  });

  it('throws on a duplicate country', () => {
    const path = tempFile('countries.tsv', `${HEADER}\n${CHINA}\n${CHINA}\n`);
    expect(() => parseCountries(path)).toThrow(':3: duplicate iso3 "CHN"');
  });

  it('throws on a region of an unknown country', () => {
    const countries = parseCountries(tempFile('countries.tsv', `${HEADER}\n${CHINA}\n`));
    const path = tempFile(
      'regions.tsv',
      'name\taliases\tcountry\tkind\tlat\tlon\tadmin1\nTibet\t\tXYZ\tregion\t31.5\t88.8\n',
    );
    expect(() => parseRegions(path, countries)).toThrow(`${path}:2: unknown country "XYZ"`);
  });
});

describe('world regions', () => {
  const WORLD_HEADER = 'name\taliases\tcode\tkind\tlat\tlon\tdemonyms';

  it("holds the continents and oceans, each code its own and no country's", () => {
    const world = loadWorldRegions();
    const names = world.map((w) => w.name);
    for (const n of ['Africa', 'Asia', 'Europe', 'North America', 'South America', 'Oceania', 'Antarctica'])
      expect(names).toContain(n);
    expect(world.find((w) => w.name === 'Atlantic Ocean')).toMatchObject({ code: 'XAO', kind: 'sea' });
    const countryCodes = new Set([...loadCountries().values()].flatMap((c) => [c.iso3, c.cameo]));
    expect(world.filter((w) => countryCodes.has(w.code))).toEqual([]);
    expect(new Set(world.map((w) => w.code)).size).toBe(world.length);
  });

  it('throws on a code a country has, naming file and line', () => {
    const countries = parseCountries(tempFile('countries.tsv', `${HEADER}\n${CHINA}\n`));
    const path = tempFile(
      'world.tsv',
      `${WORLD_HEADER}\nAsia\t\tASA\tcontinent\t29.8\t89.3\tAsian\nCathay\t\tCHN\tworld-region\t30\t110\t\n`,
    );
    expect(() => parseWorldRegions(path, countries)).toThrow(
      `${path}:3: code "CHN" is already a country's or another region's`,
    );
  });

  it('throws on a kind it does not know', () => {
    const path = tempFile('world.tsv', `${WORLD_HEADER}\nMars\t\tXMA\tplanet\t0\t0\t\n`);
    expect(() => parseWorldRegions(path, new Map())).toThrow(`${path}:2: bad "kind": "planet"`);
  });
});
