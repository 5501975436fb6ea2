import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../config.js';
import { createContext } from '../context.js';
import { loadDictionaries, loadDictionariesWithProblems } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const arnor = file('a.actors.txt', 'ARNOR_ [ARN]\n+ARNORIAN\n');
const gondor = file('b.actors.txt', 'GONDOR [GON]\nMORDOR\n');
const verbs = file('v.verbs.txt', '--- RESTORE [064] ---\nRESTORE\n- * TIES [064]\n');

describe('loadDictionariesWithProblems', () => {
  it('replaces a built-in kind by the user files of that kind, concatenated in order', () => {
    const config = makeConfig({
      dictionaries: [
        { kind: 'actors', path: arnor },
        { kind: 'actors', path: gondor },
      ],
    });
    const { dictionaries, problems } = loadDictionariesWithProblems(config);
    expect(dictionaries.actors.map((a) => a.code)).toEqual(['ARN', 'ARN', 'GON']);
    expect(problems).toEqual([{ file: gondor, line: 2, message: 'actor "MORDOR" has no code' }]);
  });

  it('keeps the built-in tables of the kinds the user did not replace', () => {
    const builtin = loadDictionariesWithProblems(makeConfig());
    const withVerbs = loadDictionariesWithProblems(makeConfig({ dictionaries: [{ kind: 'verbs', path: verbs }] }));
    expect(withVerbs.dictionaries.actors).toEqual(builtin.dictionaries.actors);
    expect(withVerbs.dictionaries.verbs.map((v) => v.code)).toEqual(['064', '064']);
    expect(builtin.dictionaries.actors.length).toBeGreaterThan(100);
    expect(builtin.dictionaries.verbs.length).toBeGreaterThan(100);
    expect(builtin.dictionaries.discards).toEqual([]);
    expect(builtin.problems).toEqual([]);
  });

  it('reports a missing file and goes on', () => {
    const { dictionaries, problems } = loadDictionariesWithProblems(
      makeConfig({ dictionaries: [{ kind: 'verbs', path: join(dir, 'missing.txt') }] }),
    );
    expect(dictionaries.verbs).toEqual([]);
    expect(problems[0]?.message).toContain('cannot read file');
  });
});

describe('loadDictionaries', () => {
  it('loads once per context', () => {
    const ctx = createContext({ dictionaries: [{ kind: 'actors', path: arnor }] });
    expect(loadDictionaries(ctx)).toBe(loadDictionaries(ctx));
    expect(loadDictionaries(ctx).actors[0]?.phrase).toEqual(['arnor']);
  });
});
