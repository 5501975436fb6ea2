import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placesOf } from './_testing.js';

/** The reference article, read at run time from the shared folder (never copied into the repo). */
const REFERENCE = new URL('../../../../shared/examples/oic-china-2024-01-05.txt', import.meta.url);

describe.skipIf(!existsSync(REFERENCE))('resolvePlaces on the reference article', () => {
  const doc = placesOf(existsSync(REFERENCE) ? readFileSync(REFERENCE, 'utf8') : '', '2024-01-05');
  const byName = (name: string) => doc.places.find((p) => p.name === name);

  it.each([
    ['Beijing', 'CHN', 'capital'],
    ['Xinjiang', 'CHN', 'region'],
    ['China', 'CHN', 'country'],
    ['Saudi Arabia', 'SAU', 'country'],
    ['Afghanistan', 'AFG', 'country'],
    ['Pakistan', 'PAK', 'country'],
    ['Kazakhstan', 'KAZ', 'country'],
    ['Canada', 'CAN', 'country'],
  ])('finds %s (%s, %s) with coordinates', (name, iso3, kind) => {
    const place = byName(name);
    expect(place?.country).toBe(iso3);
    expect(place?.featureKind).toBe(kind);
    expect(Number.isFinite(place?.lat)).toBe(true);
  });

  it('counts East Turkistan and Xinjiang as one region of China', () => {
    const texts = new Set(byName('Xinjiang')?.mentions.map((m) => m.text));
    expect(texts).toEqual(new Set(['East Turkistan', 'Xinjiang']));
  });

  it('finds no place in names of people, parties or papers', () => {
    const names = doc.places.map((p) => p.name);
    expect(names).not.toContain('Twitter');
    expect(names.every((n) => !['Wang', 'Global Times', 'West'].includes(n))).toBe(true);
  });
});
