/**
 * `dyad ingest` under faults, run as a child process: killed with SIGKILL at random points,
 * two processes on one database, a read-only database, a full disk. After each, the database
 * must hold every article once, each complete (the same rows as a clean run), and nothing else.
 */
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, parseSummary, runDyad, startDyad, storedCount, writeCorpus } from './_ingest-child.case.js';

const ARTICLES = 200;
const dir = mkdtempSync(join(tmpdir(), 'dyad-faults-'));
const corpus = join(dir, 'corpus.jsonl');
const reference = join(dir, 'reference.db');
let clean: ReturnType<typeof fingerprint>;
let n = 0;
const freshDb = () => join(dir, `faults-${++n}.db`);

/** The same generator every run, so a failure can be replayed: mulberry32. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  writeCorpus(corpus, 0, ARTICLES);
  const run = await runDyad(['ingest', corpus, '--db', reference]);
  expect(run.code, run.stderr).toBe(0);
  clean = fingerprint(reference);
  expect(Object.keys(clean.articles)).toHaveLength(ARTICLES);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Same articles as the clean run, each with the same rows, no orphan rows, and a sound file. */
function expectSameAsClean(db: string): void {
  const got = fingerprint(db);
  expect(got.integrity).toBe('ok');
  expect(got.orphans).toBe(0);
  expect(got.articles).toEqual(clean.articles);
}

describe('kill -9 during ingest, then the same command again', () => {
  it('ends with every article once and complete, whatever the moment of each kill', async () => {
    const random = seeded(7);
    const db = freshDb();
    const args = ['ingest', corpus, '--db', db, '--batch', '10'];
    const killedAt: number[] = [];
    // Kill when the database holds a random number of articles (the second run with two
    // coding workers), and once at a random moment of start-up.
    for (const [k, extra] of [
      [0.2 + random() * 0.2, []],
      [0.5 + random() * 0.2, ['--workers', '2']],
      [-1, []],
    ] as const) {
      const { child, done } = startDyad([...args, ...extra]);
      if (k < 0) {
        await sleep(50 + random() * 400);
      } else {
        const target = Math.floor(k * ARTICLES);
        for (let waited = 0; storedCount(db) < target && waited < 60_000; waited += 20) await sleep(20);
      }
      child.kill('SIGKILL');
      const result = await done;
      killedAt.push(storedCount(db));
      if (result.code === 0) continue; // finished before the kill: nothing to recover
      expect(result.signal).toBe('SIGKILL');
      // Between kills the database is sound and holds only complete articles.
      const partial = fingerprint(db);
      expect(partial.integrity).toBe('ok');
      expect(partial.orphans).toBe(0);
      for (const [id, rows] of Object.entries(partial.articles)) expect(rows).toBe(clean.articles[id]);
    }
    expect(killedAt[0]).toBeGreaterThan(0);
    expect(killedAt[0]).toBeLessThan(ARTICLES);
    const last = await runDyad(args);
    expect(last.code, last.stderr).toBe(0);
    const summary = parseSummary(last.stdout);
    expect(summary).toMatchObject({ read: ARTICLES, failed: 0 });
    expect((summary?.stored ?? 0) + (summary?.duplicate ?? 0)).toBe(ARTICLES);
    expectSameAsClean(db);
  }, 180_000);
});

describe('two ingest processes on one database at once', () => {
  it('both complete; overlapping articles are stored once, none lost', async () => {
    const db = freshDb();
    const first = writeCorpus(join(dir, 'first.jsonl'), 0, 150);
    const second = writeCorpus(join(dir, 'second.jsonl'), 50, ARTICLES);
    const [a, b] = await Promise.all([
      runDyad(['ingest', first, '--db', db, '--batch', '5']),
      runDyad(['ingest', second, '--db', db, '--batch', '5', '--workers', '2']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const [sa, sb] = [parseSummary(a.stdout), parseSummary(b.stdout)];
    expect((sa?.stored ?? 0) + (sb?.stored ?? 0)).toBe(ARTICLES);
    expect((sa?.duplicate ?? 0) + (sb?.duplicate ?? 0)).toBe(100);
    expectSameAsClean(db);
  }, 120_000);
});

// Permissions do not bind root: as root, the child runs as `nobody` (uid 65534).
const NOBODY = 65534;
const asUser = process.getuid?.() === 0 ? { uid: NOBODY } : {};
/** A directory the child's user owns. */
function userDir(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  if (process.getuid?.() === 0) chownSync(path, NOBODY, NOBODY);
  return path;
}
function userCopy(from: string, to: string): string {
  copyFileSync(from, to);
  if (process.getuid?.() === 0) chownSync(to, NOBODY, NOBODY);
  return to;
}

describe('a database that cannot be written', () => {
  beforeAll(() => chmodSync(dir, 0o755));

  it.each([
    ['a read-only database file', 0o444, 0o755],
    ['a database in a read-only directory', 0o644, 0o555],
  ])('%s: a clear error naming it, exit 2, the database unchanged', async (_, fileMode, dirMode) => {
    const home = userDir(`readonly-${fileMode}-${dirMode}`);
    const db = userCopy(reference, join(home, 'dyad.db'));
    const before = readFileSync(db);
    chmodSync(db, fileMode);
    chmodSync(home, dirMode);
    const more = writeCorpus(join(dir, `more-${fileMode}.jsonl`), ARTICLES, ARTICLES + 20);
    const run = await runDyad(['ingest', corpus, more, '--db', db], asUser);
    chmodSync(home, 0o755);
    expect(run.code).toBe(2);
    // SQLite opens a read-only file and fails at the first write, a read-only directory at the opening.
    expect(run.stderr).toMatch(
      new RegExp(
        `dyad: (cannot open the database ${db}: .*(read-only|cannot open)|the database ${db} could not be written \\(read-only database .*\\); stopped after 0 stored)`,
      ),
    );
    expect(readFileSync(db).equals(before)).toBe(true);
    expectSameAsClean(db);
  });

  it('a database that cannot be created in a read-only directory: a clear error, exit 2', async () => {
    const home = userDir('readonly-new');
    chmodSync(home, 0o555);
    const db = join(home, 'dyad.db');
    const run = await runDyad(['ingest', corpus, '--db', db], asUser);
    chmodSync(home, 0o755);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`dyad: cannot open the database ${db}: cannot open the file`);
  });
});

describe('a full disk', () => {
  it('stops with a clear error and exit 2; what is stored is complete, and a re-run finishes', async () => {
    const db = freshDb();
    const start = await runDyad(['ingest', writeCorpus(join(dir, 'start.jsonl'), 0, 20), '--db', db]);
    expect(start.code, start.stderr).toBe(0);
    // Files may grow to the database's size and 128 KiB more (`ulimit -f`, in 512-byte blocks in
    // POSIX sh): the write-ahead log fills up after a few batches, as on a full disk.
    const blocks = Math.ceil(statSync(db).size / 512) + 256;
    const run = await runDyad(['ingest', corpus, '--db', db, '--batch', '10'], {
      shellPrefix: `ulimit -f ${blocks};`,
    });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`dyad: the database ${db} could not be written \\(.*\\); stopped after \\d+ stored`),
    );
    const partial = fingerprint(db);
    expect(partial.integrity).toBe('ok');
    expect(partial.orphans).toBe(0);
    expect(Object.keys(partial.articles).length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(partial.articles).length).toBeLessThan(ARTICLES);
    for (const [id, rows] of Object.entries(partial.articles)) expect(rows).toBe(clean.articles[id]);
    const again = await runDyad(['ingest', corpus, '--db', db]);
    expect(again.code, again.stderr.slice(0, 1500)).toBe(0);
    expectSameAsClean(db);
  }, 120_000);
});
