import { describe, expect, it } from 'vitest';
import { accuracy161, distanceKm, type GoldToponym, scoreGeo } from './geo-score.js';

const gold = (
  start: number,
  end: number,
  text: string,
  lat: number | null,
  lon: number | null,
  country: string | null,
) => ({ span: { start, end }, text, lat, lon, country, toponym: true }) satisfies GoldToponym;

const BEIJING = { lat: 39.9, lon: 116.41, country: 'CHN', kind: 'capital' };
const LONDON = { lat: 51.51, lon: -0.13, country: 'GBR', kind: 'capital' };

describe('distanceKm', () => {
  it.each([
    [BEIJING, BEIJING, 0],
    [LONDON, { lat: 48.86, lon: 2.35 }, 344],
    [BEIJING, { lat: 31.23, lon: 121.47 }, 1068],
  ])('%o to %o is about %d km', (a, b, km) => {
    expect(distanceKm(a, b)).toBeCloseTo(km, -1);
  });
});

describe('scoreGeo', () => {
  // "Talks in Beijing and London stalled." (Beijing 9-16, London 21-27), with one extra detection.
  const report = scoreGeo([
    {
      gold: [gold(9, 16, 'Beijing', 39.9, 116.4, 'CHN'), gold(21, 27, 'London', 42.98, -81.25, 'CAN')],
      resolved: [BEIJING, LONDON],
      detected: [
        { span: { start: 9, end: 16 }, point: BEIJING },
        { span: { start: 0, end: 5 }, point: LONDON },
      ],
    },
  ]);

  it('counts resolution within 161 km and by country', () => {
    expect(report.within161).toBe(1);
    expect(accuracy161(report)).toBe(0.5);
    expect(report.countryCorrect).toBe(1);
    expect(report.withCountry).toBe(2);
  });

  it('counts detection by strict span', () => {
    expect(report.strict).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.strict.f1).toBeCloseTo(0.5);
  });

  it('scores end to end on detected gold spans', () => {
    expect(report.endToEnd).toEqual({ pairs: 1, within161: 1 });
  });

  it('counts an unresolved span as wrong', () => {
    const r = scoreGeo([{ gold: [gold(0, 5, 'Gotham', 40, -74, null)], resolved: [null], detected: [] }]);
    expect(r.unresolved).toBe(1);
    expect(accuracy161(r)).toBe(0);
  });
});
