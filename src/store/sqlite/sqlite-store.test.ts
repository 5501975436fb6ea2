import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { COLUMNS, type TableName } from '../columns.js';
import { osloDocument } from '../sample-documents.case.js';
import { testStore } from '../store.case.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
let n = 0;
const freshFile = () => join(dir, `store-${++n}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

testStore('sqlite file', () => createSqliteStore(freshFile()));
testStore('sqlite in memory', () => createSqliteStore(':memory:'));

describe('sqlite schema', () => {
  it('has the columns of columns.ts in every table, and the newest user_version', async () => {
    const file = freshFile();
    await createSqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    for (const table of Object.keys(COLUMNS) as TableName[]) {
      const cols = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      expect(cols.filter((c) => c !== 'stored_at')).toEqual([...COLUMNS[table]]);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('keeps the data when a database is opened again', async () => {
    const file = freshFile();
    const first = createSqliteStore(file);
    await first.putDocuments([osloDocument()]);
    await first.close();
    const second = createSqliteStore(file);
    expect((await second.counts()).events).toBe(2);
    expect(await second.putDocuments([osloDocument()])).toEqual([{ id: 'oslo-2025-03-03', status: 'duplicate' }]);
    await second.close();
  });

  it('refuses a database made by a newer dyad', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    const newer = `schema version ${MIGRATIONS.length + 1} is newer than this dyad (${MIGRATIONS.length})`;
    expect(() => migrate(db)).toThrow(newer);
    db.close();
  });

  it('runs only the migrations not yet applied', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, description: 'a', sql: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, description: 'b', sql: 'CREATE TABLE b (y INTEGER)' },
    ];
    expect(migrate(db, steps.slice(0, 1))).toBe(1);
    expect(migrate(db, steps)).toBe(2);
    expect(migrate(db, steps)).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });
});

const run = promisify(execFile);
const writer = new URL('./concurrent-writer.case.ts', import.meta.url).pathname;

describe('two processes writing one database', () => {
  it('both finish; overlapping articles are stored once and none is lost', async () => {
    const file = freshFile();
    // A writes articles 0-119, B writes 60-179: 60 in common, 180 in all.
    const spawn = (first: number) =>
      run(process.execPath, ['--import', 'tsx', writer, file, String(first), '120', '10']);
    const outputs = await Promise.all([spawn(0), spawn(60)]);
    const [a, b] = outputs.map((o) => JSON.parse(o.stdout) as Record<string, number>);
    expect((a?.stored ?? 0) + (a?.duplicate ?? 0)).toBe(120);
    expect((b?.stored ?? 0) + (b?.duplicate ?? 0)).toBe(120);
    expect((a?.stored ?? 0) + (b?.stored ?? 0)).toBe(180);
    expect((a?.duplicate ?? 0) + (b?.duplicate ?? 0)).toBe(60);
    const store = createSqliteStore(file);
    expect(await store.counts()).toMatchObject({ articles: 180, events: 180 });
    expect((await store.listArticles()).map((x) => x.id).sort()).toEqual(
      Array.from({ length: 180 }, (_, i) => `numbered-${i}`).sort(),
    );
    await store.close();
  });
});
