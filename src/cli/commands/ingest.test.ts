import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../context.js';
import { codeArticle } from '../../pipeline.js';
import { readInputs } from '../../stages/ingest/index.js';
import { createSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { memoryIo } from '../io.js';
import { main } from '../main.js';
import { runIngest } from './ingest.js';

const FIXTURES = new URL('../../../test/fixtures/store/', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);
const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
let n = 0;
const freshDb = () => join(dir, `ingest-${++n}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function countsOf(db: string) {
  const store = createSqliteStore(db);
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe('dyad ingest', () => {
  it('stores two articles, and storing them again adds nothing', async () => {
    const db = freshDb();
    const paths = [fixture('helsinki.txt'), fixture('nairobi.txt')];
    const io = memoryIo();
    const first = await runIngest(paths, { db }, io);
    expect(first).toMatchObject({ read: 2, stored: 2, duplicate: 0, failed: [] });
    expect(io.out()).toBe(`dyad ingest: 2 read, 2 stored, 0 skipped as duplicate, 0 failed, 0 warnings (${db})\n`);
    const before = await countsOf(db);
    expect(before.articles).toBe(2);

    const second = await runIngest(paths, { db, batch: 1 }, memoryIo());
    expect(second).toMatchObject({ read: 2, stored: 0, duplicate: 2, failed: [] });
    expect(await countsOf(db)).toEqual(before);
  });

  it('stores the good lines of a feed and reports the bad one by file and line', async () => {
    const db = freshDb();
    const io = memoryIo();
    const summary = await runIngest([fixture('feed.jsonl')], { db }, io);
    expect(summary.stored).toBe(1);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]).toMatchObject({ line: 2, severity: 'error' });
    expect(io.err()).toMatch(/^dyad: .*feed\.jsonl line 2: /m);
    expect(io.out()).toContain('1 stored, 0 skipped as duplicate, 1 failed');
  });

  it('keeps what the reader gave: id, title, date, origin and text', async () => {
    const db = freshDb();
    await runIngest([fixture('feed.jsonl')], { db }, memoryIo());
    const store = createSqliteStore(db);
    const doc = await store.getDocument('lima-1');
    await store.close();
    expect(doc).toMatchObject({ id: 'lima-1', date: '2025-03-01', title: 'Peru recalls ambassador' });
    expect(doc?.text).toBe(
      'Peru recalled its ambassador to Mexico on Friday after the Mexican president criticized the Peruvian government.',
    );
    expect(doc?.origin).toMatch(/feed\.jsonl/);
    expect(doc?.sentences.length).toBe(1);
  });

  it('stores exactly what the pipeline coded: every item comes back unchanged', async () => {
    const db = freshDb();
    const path = fixture('helsinki.txt');
    await runIngest([path], { db }, memoryIo());
    const ctx = createContext();
    for await (const input of readInputs([path])) {
      if (!input.ok) throw new Error(input.problem.message);
      const coded = codeArticle(input.value, ctx);
      if (!coded.ok) throw new Error(coded.problem.message);
      const store = createSqliteStore(db);
      expect(await store.getDocument(coded.value.id)).toStrictEqual(coded.value);
      await store.close();
    }
  });

  it('shows progress on stderr when it is a terminal', async () => {
    let written = '';
    const stderr = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          written += String(chunk);
          done();
        },
      }),
      { isTTY: true, columns: 100 },
    );
    const io = { ...memoryIo(), stderr };
    await runIngest([fixture('helsinki.txt'), fixture('nairobi.txt')], { db: freshDb(), batch: 1 }, io);
    expect(written).toContain('ingest | 2 read | 2 stored | 0 duplicate | 0 failed');
  });

  it('reads stdin for "-"', async () => {
    const db = freshDb();
    const summary = await runIngest(
      ['-'],
      { db },
      memoryIo('date 2025-01-07 Chile and Argentina signed a water treaty on Monday.\n'),
    );
    expect(summary).toMatchObject({ read: 1, stored: 1 });
  });

  it('reports an id already stored with other content as a failure, keeping the first', async () => {
    const db = freshDb();
    await runIngest([fixture('feed.jsonl')], { db }, memoryIo());
    const changed = join(dir, 'changed.jsonl');
    writeFileSync(changed, '{"id":"lima-1","date":"2025-03-01","text":"Peru kept its ambassador in Mexico."}\n');
    const io = memoryIo();
    const summary = await runIngest([changed], { db }, io);
    expect(summary).toMatchObject({ read: 1, stored: 0, duplicate: 0 });
    expect(summary.failed.map((p) => p.message)).toEqual([
      'article id lima-1 is already stored with different content; not stored',
    ]);
    expect(io.err()).toContain('changed.jsonl:1: article id lima-1 is already stored with different content');
  });
});

describe('dyad ingest exit codes', () => {
  const quiet = () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  };
  afterAll(() => vi.restoreAllMocks());

  it.each([
    ['every input stored', ['helsinki.txt'], [], 0],
    ['one input failed, the rest stored', ['helsinki.txt', 'feed.jsonl'], [], 1],
    ['a missing file', ['no-such-file.txt'], [], 1],
    ['a bad --batch', ['helsinki.txt'], ['--batch', '0'], 2],
    ['a bad --dict', ['helsinki.txt'], ['--dict', 'verbs'], 2],
    ['no path at all', [], [], 2],
  ])('%s → %i', async (_, files, flags, code) => {
    quiet();
    const argv = ['node', 'dyad', 'ingest', '--db', freshDb(), ...flags, ...files.map(fixture)];
    expect(await main(argv)).toBe(code);
    vi.restoreAllMocks();
  });
});
