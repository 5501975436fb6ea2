/**
 * The validators cache of `dyad watch`, kept beside the database as `<db>.watch.json`, so
 * that a restarted watch still asks "changed since?" rather than fetching everything again.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { HttpCache, HttpValidators } from '../../stages/ingest/index.js';

/** `{ "version": 1, "validators": { "<url>": { "etag": "...", "lastModified": "..." } } }` */
interface CacheFile {
  readonly version: 1;
  readonly validators: Record<string, HttpValidators>;
}

/** Where the cache of a database lives; null for a store that is not a file (`:memory:`, a URL). */
export function watchCachePath(db: string): string | null {
  if (db === ':memory:' || /^[a-z][a-z0-9+.-]*:\/\//i.test(db)) return null;
  return `${db}.watch.json`;
}

/** Absent, or a string that can be sent as a header value (no CR, LF or NUL). */
const isHeaderValue = (value: unknown): value is string | undefined =>
  value === undefined || (typeof value === 'string' && !/[\r\n\0]/.test(value));

function validatorsOf(value: unknown): HttpValidators | null {
  if (typeof value !== 'object' || value === null) return null;
  const { etag, lastModified } = value as Record<string, unknown>;
  if (!isHeaderValue(etag) || !isHeaderValue(lastModified)) return null;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** Parses a cache file's text; throws a message when it is not one. */
function parseCache(text: string): HttpCache {
  const data = JSON.parse(text) as Partial<CacheFile>;
  if (data?.version !== 1 || typeof data.validators !== 'object' || data.validators === null) {
    throw new Error('not a dyad watch cache (version 1)');
  }
  const cache: HttpCache = new Map();
  for (const [url, value] of Object.entries(data.validators)) {
    const validators = validatorsOf(value);
    if (validators) cache.set(url, validators);
  }
  return cache;
}

/**
 * Loads the cache at `path`: empty when there is none yet; empty with a problem message
 * when it cannot be read (the watch then fetches everything once, and rewrites it).
 */
export async function loadHttpCache(path: string | null): Promise<{ cache: HttpCache; problem: string | null }> {
  if (path === null) return { cache: new Map(), problem: null };
  try {
    return { cache: parseCache(await readFile(path, 'utf8')), problem: null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: new Map(), problem: null };
    return { cache: new Map(), problem: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Writes the cache to `path` whole (a temporary file renamed over it, so a crash leaves the old one). */
export async function saveHttpCache(path: string | null, cache: HttpCache): Promise<void> {
  if (path === null) return;
  const file: CacheFile = { version: 1, validators: Object.fromEntries(cache) };
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`);
  await rename(temporary, path);
}
