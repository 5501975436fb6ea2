/**
 * The real PETRARCH dictionaries in ../shared (read at run time, never copied): every file
 * loads, with the counts and problems we know of. Skipped when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DictionaryKind } from '../config.js';
import { readDictionaryFile } from './read.js';

const DIR = new URL('../../../shared/data/petrarch-dictionaries/', import.meta.url).pathname;
const present = existsSync(DIR);

describe.skipIf(!present)('PETRARCH dictionaries in ../shared', () => {
  it.each([
    ['verbs', 'PETR.Validate.verbs.txt', 600, 0],
    ['actors', 'PETR.Validate.actors.txt', 150, 0],
    ['agents', 'PETR.Validate.agents.txt', 150, 0],
    ['discards', 'PETR.Validate.discards.txt', 9, 0],
    ['verbs', 'CAMEO.2.0.txt', 9000, 4],
    ['actors', 'Phoenix.Countries.actors.txt', 25000, 45],
    ['actors', 'Phoenix.International.actors.txt', 7500, 4],
    ['actors', 'Phoenix.MilNonState.actors.txt', 1700, 0],
    ['agents', 'Phoenix.agents.txt', 5000, 2],
    ['discards', 'Phoenix.discards.txt', 500, 0],
    ['issues', 'Phoenix.IssueCoding.txt', 4000, 0],
  ] as const)('%s %s: at least %i entries, at most %i problems', (kind, name, entries, maxProblems) => {
    const r = readDictionaryFile(kind as DictionaryKind, DIR + name);
    expect(r.count).toBeGreaterThanOrEqual(entries);
    expect(r.problems.length).toBeLessThanOrEqual(maxProblems);
  });

  it('reads the validation RESTORE block as the suite needs it (DEMO-01: restore ... ties -> 064)', () => {
    const verbs = readDictionaryFile('verbs', `${DIR}PETR.Validate.verbs.txt`).part.verbs ?? [];
    const ties = verbs.find(
      (v) => v.verbs.includes('restore') && v.pattern.some((i) => i.kind === 'word' && i.words.includes('ties')),
    );
    expect(ties?.code).toBe('064');
  });

  it('reads the DATE records actor with its dated codes', () => {
    const actors = readDictionaryFile('actors', `${DIR}PETR.Validate.actors.txt`).part.actors ?? [];
    const sam = actors.find((a) => a.phrase.join(' ') === 'sam gamgee');
    expect(sam?.dated.map((d) => d.code)).toEqual(['HOBCIV', 'ORCHOB', 'HOBMIL', 'HOBGOV', 'HOBELI']);
  });
});
