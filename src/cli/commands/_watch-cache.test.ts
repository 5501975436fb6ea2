import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HttpCache } from '../../stages/ingest/index.js';
import { loadHttpCache, saveHttpCache, watchCachePath } from './_watch-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the watch cache file', () => {
  it.each([
    ['news.db', 'news.db.watch.json'],
    ['/var/lib/dyad/events.db', '/var/lib/dyad/events.db.watch.json'],
    [':memory:', null],
    ['postgres://localhost/dyad', null],
  ])('%s → %s', (db, path) => {
    expect(watchCachePath(db)).toBe(path);
  });

  it('saves and loads the validators of each URL', async () => {
    const path = join(dir, 'round-trip.db.watch.json');
    const cache: HttpCache = new Map([
      ['https://news.test/world.rss', { etag: 'W/"4711"' }],
      ['https://news.test/africa', { lastModified: 'Fri, 05 Jan 2024 12:00:00 GMT' }],
    ]);
    await saveHttpCache(path, cache);
    expect(await loadHttpCache(path)).toEqual({ cache, problem: null });
  });

  it('starts empty when there is no file yet, and skips entries that are not validators', async () => {
    expect(await loadHttpCache(join(dir, 'none.json'))).toEqual({ cache: new Map(), problem: null });
    const path = join(dir, 'odd.json');
    writeFileSync(
      path,
      JSON.stringify({
        version: 1,
        validators: {
          'https://a.test/': { etag: 7 },
          'https://b.test/': { etag: 'x' },
          'https://c.test/': { etag: 'x\r\nInjected: 1' },
        },
      }),
    );
    expect((await loadHttpCache(path)).cache).toEqual(new Map([['https://b.test/', { etag: 'x' }]]));
  });

  it('reports an unreadable file and starts empty', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"version":1,');
    const { cache, problem } = await loadHttpCache(path);
    expect(cache.size).toBe(0);
    expect(problem).toMatch(/^.*broken\.json: .*JSON/);
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,');
  });
});
