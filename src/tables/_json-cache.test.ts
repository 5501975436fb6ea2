import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinDictionaries } from '../dictionaries/builtin.js';
import { filesHash, jsonCached, startupCache } from './_json-cache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('jsonCached', () => {
  it('builds once, then reads the value back', () => {
    let builds = 0;
    const build = () => {
      builds++;
      return { codes: ['040', '111'], n: 2 };
    };
    expect(jsonCached(dir, 'table', 'k1', build)).toEqual({ codes: ['040', '111'], n: 2 });
    expect(jsonCached(dir, 'table', 'k1', build)).toEqual({ codes: ['040', '111'], n: 2 });
    expect(builds).toBe(1);
  });

  it('rebuilds for a new key and drops the old file', () => {
    jsonCached(dir, 'table', 'k1', () => 1);
    expect(jsonCached(dir, 'table', 'k2', () => 2)).toBe(2);
    expect(readdirSync(dir)).toEqual(['table-k2.json']);
  });

  it('rebuilds over a damaged file', () => {
    writeFileSync(join(dir, 'table-k1.json'), '{"codes": [');
    expect(jsonCached(dir, 'table', 'k1', () => 'fresh')).toBe('fresh');
    expect(jsonCached(dir, 'table', 'k1', () => 'again')).toBe('fresh');
  });

  it('still gives the value where it cannot write', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    expect(jsonCached(file, 'table', 'k1', () => 42)).toBe(42);
  });
});

describe('filesHash', () => {
  it('changes with any byte of the files', () => {
    const a = join(dir, 'a.tsv');
    writeFileSync(a, 'code\tname\n040\tConsult\n');
    const before = filesHash([a]);
    writeFileSync(a, 'code\tname\n040\tConsult.\n');
    expect(filesHash([a])).not.toBe(before);
  });
});

describe('the start-up cache', () => {
  it('is off when dyad runs from its sources', () => {
    expect(startupCache('dictionaries')).toBeNull();
  });

  it('keeps the built-in dictionaries whole through JSON', () => {
    const builtin = builtinDictionaries(new Set());
    expect(JSON.parse(JSON.stringify(builtin))).toEqual(builtin);
  });
});
