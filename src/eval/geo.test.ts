import { describe, expect, it } from 'vitest';
import { createContext } from '../context.js';
import { geoCase, parseGeoRecord } from './geo.js';

const TEXT = 'Police in Gainesville, Georgia, said Russian hackers were not involved.';
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

const LGL_LIKE = {
  id: 'a1',
  date: '2009-03-15',
  text: TEXT,
  toponyms: [
    {
      ...at('Gainesville'),
      text: 'Gainesville',
      gold: { lat: 34.3, lon: -83.82, country: 'United States', fcode: 'PPL' },
    },
    { ...at('Georgia'), text: 'Georgia', gold: { lat: 32.75, lon: -83.5, country: 'United States', fcode: 'ADM1' } },
    { ...at('Russian'), text: 'Russian', gold: { lat: 60, lon: 100, country: 'Russia', fcode: 'PCLI' } },
  ],
};

const GWN_LIKE = {
  id: 'gwn-1',
  date: null,
  text: TEXT,
  toponyms: [
    { ...at('Gainesville'), text: 'Gainesville', type: 'Literal', lat: 34.3, lon: -83.82 },
    { ...at('Russian'), text: 'Russian', type: 'Demonym', lat: null, lon: null },
  ],
};

describe('parseGeoRecord', () => {
  it('reads the LGL and TR-News shape, with ISO countries', () => {
    const record = parseGeoRecord(LGL_LIKE);
    if (typeof record === 'string') throw new Error(record);
    expect(record.toponyms.map((t) => t.country)).toEqual(['USA', 'USA', 'RUS']);
    expect(record.toponyms[2]?.countryLevel).toBe(true);
  });

  it('reads the GeoWebNews shape, counting only toponym types', () => {
    const record = parseGeoRecord(GWN_LIKE);
    if (typeof record === 'string') throw new Error(record);
    expect(record.toponyms.map((t) => t.toponym)).toEqual([true, false]);
  });

  it('explains a bad record', () => {
    expect(parseGeoRecord({ id: 'x' })).toBe('not a record with id and text');
    expect(parseGeoRecord({ id: 'x', text: 'y' })).toBe('record x: no "toponyms" list');
  });
});

describe('geoCase', () => {
  it('resolves the gold spans and detects the places', () => {
    const record = parseGeoRecord(LGL_LIKE);
    if (typeof record === 'string') throw new Error(record);
    const c = geoCase(record, createContext());
    expect(c.resolved.map((p) => p?.country)).toEqual(['USA', 'USA', 'RUS']);
    expect(c.resolved[0]?.lat).toBeCloseTo(34.3, 1);
    expect(c.detected.map((d) => TEXT.slice(d.span.start, d.span.end))).toEqual(['Gainesville', 'Georgia', 'Russian']);
  });
});
