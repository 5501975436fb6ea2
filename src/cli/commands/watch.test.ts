import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FEED_ETAG, startTestServer, type TestServer } from '../../stages/ingest/_fetch-server.case.js';
import { createSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { memoryIo } from '../io.js';
import { main } from '../main.js';
import { runWatch } from './watch.js';

let server: TestServer;
const dir = mkdtempSync(join(tmpdir(), 'dyad-watch-'));
let n = 0;
const freshDb = () => join(dir, `watch-${++n}.db`);
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function articleCount(db: string): Promise<number> {
  const store = createSqliteStore(db);
  try {
    return (await store.counts()).articles;
  } finally {
    await store.close();
  }
}

/** The poll lines printed, without their time. */
const pollLines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/ at \S+:/, ':'));

/** A stream that calls `onLine` with each line written to it. */
function lineSink(onLine: (line: string) => void): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) onLine(line);
      done();
    },
  });
}

describe('dyad watch', () => {
  it('stores a feed on the first poll; the second gets a 304 and stores nothing', async () => {
    const db = freshDb();
    const url = server.url('/feed.rss');
    const io = memoryIo();
    const result = await runWatch([url], { db, every: 20, times: 2 }, io);
    expect(result).toEqual({ polls: 2, failedPolls: 0, lastFailed: false });
    expect(pollLines(io.out())).toEqual([
      'dyad watch: poll 1: 2 read, 2 stored, 0 skipped as duplicate, 0 failed, 0 warnings',
      'dyad watch: poll 2: 0 read, 0 stored, 0 skipped as duplicate, 0 failed, 0 warnings',
    ]);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe(FEED_ETAG);
    expect(await articleCount(db)).toBe(2);
    const saved = JSON.parse(readFileSync(`${db}.watch.json`, 'utf8'));
    expect(saved).toEqual({ version: 1, validators: { [url]: { etag: FEED_ETAG } } });
  });

  it('stays polite after a restart: the saved ETag is sent on the first poll', async () => {
    const db = freshDb();
    const url = server.url('/feed.rss');
    await runWatch([url], { db, times: 1 }, memoryIo());
    const io = memoryIo();
    await runWatch([url], { db, times: 1 }, io);
    expect(pollLines(io.out())).toEqual([
      'dyad watch: poll 1: 0 read, 0 stored, 0 skipped as duplicate, 0 failed, 0 warnings',
    ]);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe(FEED_ETAG);
  });

  it('reports a failing poll and still runs the next one', async () => {
    const missing = join(dir, 'not-yet');
    const db = join(missing, 'watch.db');
    const errors: string[] = [];
    // The first poll fails (no such directory); the directory is made before the second.
    const stderr = lineSink((line) => {
      errors.push(line);
      mkdirSync(missing, { recursive: true });
    });
    const io = { ...memoryIo(), stderr };
    const result = await runWatch([server.url('/article.txt')], { db, every: 20, times: 2 }, io);
    expect(result).toEqual({ polls: 2, failedPolls: 1, lastFailed: false });
    expect(errors[0]).toMatch(/^dyad watch: poll 1 at \S+ failed: /);
    expect(pollLines(io.out())).toEqual([
      'dyad watch: poll 2: 1 read, 1 stored, 0 skipped as duplicate, 0 failed, 0 warnings',
    ]);
  });

  it('re-reads a file each poll; the store skips what it already has', async () => {
    const db = freshDb();
    const file = join(dir, 'desk.txt');
    writeFileSync(file, 'date 2024-01-12\nTurkey and Greece agreed on Friday to reopen a border crossing.\n');
    const io = memoryIo();
    await runWatch([file], { db, every: 20, times: 2 }, io);
    expect(pollLines(io.out())[1]).toBe(
      'dyad watch: poll 2: 1 read, 0 stored, 1 skipped as duplicate, 0 failed, 0 warnings',
    );
  });

  it('stops when its signal aborts, without waiting for the next poll', async () => {
    const controller = new AbortController();
    const stdout = lineSink(() => controller.abort());
    const started = Date.now();
    const result = await runWatch(
      [server.url('/article.txt')],
      { db: freshDb(), every: 60_000 },
      { ...memoryIo(), stdout },
      controller.signal,
    );
    expect(result.polls).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('ignores a cache file left behind by a deleted database, and fetches everything', async () => {
    const db = freshDb();
    const url = server.url('/feed.rss');
    writeFileSync(`${db}.watch.json`, JSON.stringify({ version: 1, validators: { [url]: { etag: FEED_ETAG } } }));
    const io = memoryIo();
    await runWatch([url], { db, times: 1 }, io);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
    expect(pollLines(io.out())[0]).toContain('2 read, 2 stored');
  });

  it('keeps a corrupt cache file from stopping the watch', async () => {
    const db = freshDb();
    await runWatch([server.url('/article.txt')], { db, times: 1 }, memoryIo());
    writeFileSync(`${db}.watch.json`, '{"version": 7}');
    const io = memoryIo();
    const result = await runWatch([server.url('/feed.rss')], { db, times: 1 }, io);
    expect(result.lastFailed).toBe(false);
    expect(io.err()).toContain('not a dyad watch cache (version 1); starting without it');
    expect(JSON.parse(readFileSync(`${db}.watch.json`, 'utf8')).version).toBe(1);
  });
});

describe('dyad watch on the command line', () => {
  afterAll(() => vi.restoreAllMocks());

  it('stops cleanly on SIGTERM after the first poll, with exit code 0', async () => {
    const listeners = process.listenerCount('SIGTERM');
    let out = '';
    let err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      if (String(chunk).includes('poll 1')) setImmediate(() => process.emit('SIGTERM', 'SIGTERM'));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err += String(chunk);
      return true;
    });
    const code = await main(['node', 'dyad', 'watch', '--db', freshDb(), '--every', '10s', server.url('/feed.rss')]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(pollLines(out)).toEqual([
      'dyad watch: poll 1: 2 read, 2 stored, 0 skipped as duplicate, 0 failed, 0 warnings',
    ]);
    expect(err).toContain('dyad watch: SIGTERM: stopping');
    expect(err).toContain('dyad watch: stopped after 1 poll\n');
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
  });

  it.each([
    ['an interval under 10s', ['--every', '5s', 'http://127.0.0.1:9/feed.rss']],
    ['an interval without a unit', ['--every', '15', 'http://127.0.0.1:9/feed.rss']],
    ['stdin', ['--times', '1', '-']],
    ['zero polls', ['--times', '0', 'http://127.0.0.1:9/feed.rss']],
  ])('refuses %s with exit code 2', async (_, args) => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await main(['node', 'dyad', 'watch', '--db', freshDb(), ...args])).toBe(2);
    vi.restoreAllMocks();
  });
});
