/**
 * A start-up cache of data built from dyad's tables: the value is written once as JSON under
 * `node_modules/.cache/dyad/` and read back on later starts while its key is unchanged. Reading
 * the built-in dictionaries back takes ~40 ms where parsing and validating the tables takes
 * ~300 ms, most of a one-article run. The key covers the running code and every data file, so
 * an edited table or a new build is never served stale. Any failure to read or write the cache
 * falls back to building (a read-only install simply builds every time).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './_tsv.js';

/** A hash of these files' bytes (in this order), for a cache key. */
export function filesHash(files: readonly string[]): string {
  const hash = createHash('sha1');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * `build()`'s value, read from `dir/<name>-<key>.json` when there, else built and written there
 * (replacing older files of that name). The value must survive a JSON round trip unchanged:
 * plain objects, arrays, strings, numbers, booleans and null only.
 */
export function jsonCached<T>(dir: string, name: string, key: string, build: () => T): T {
  const file = join(dir, `${name}-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // Not there yet, or unreadable: build it.
  }
  const value = build();
  try {
    mkdirSync(dir, { recursive: true });
    for (const old of readdirSync(dir)) if (old.startsWith(`${name}-`)) rmSync(join(dir, old), { force: true });
    // Written whole, then renamed: a reader never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, file);
  } catch {
    // A read-only install: no cache, same value.
  }
  return value;
}

/** The hash of the running code and every data table, once per process. */
let codeAndData: string | undefined;

/**
 * The cache folder and a key for data built from dyad's tables by the running code, or null when
 * dyad runs from its sources (tests, tsx): the code is then many files, so nothing is cached.
 * Built, the code is one file (`dist/bundle/main.js`, or the ingest worker's): the key hashes it,
 * every data table and `extra` files. `name` gets the code file's name, so that the CLI and its
 * worker keep a cache each.
 */
export function startupCache(
  name: string,
  extra: readonly string[] = [],
): { dir: string; name: string; key: string } | null {
  const code = fileURLToPath(import.meta.url);
  if (!code.endsWith('.js')) return null;
  const root = packageRoot();
  // The code and every data table, hashed once per process however many caches ask.
  codeAndData ??= filesHash([
    code,
    ...readdirSync(join(root, 'data'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsv'))
      .sort()
      .map((f) => join(root, 'data', f)),
  ]);
  return {
    dir: join(root, 'node_modules', '.cache', 'dyad'),
    name: `${name}-${basename(code, '.js')}`,
    key: extra.length === 0 ? codeAndData : `${codeAndData}-${filesHash(extra)}`,
  };
}
