import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { articleId } from '../../core/article.js';
import { CHILD_TABLES, insertSql } from '../columns.js';
import { osloDocument } from '../sample-documents.case.js';
import { writeRows } from '../write-rows.js';
import { articleSource } from './_near-dup.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-near-dup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const copy = () => ({
  ...osloDocument(),
  id: articleId('copy'),
  text: osloDocument().text.replace('Monday', 'Sunday'),
});

/** A database at schema version 1 (before near-duplicates and search) holding the Oslo article. */
function versionOneDatabase(file: string): void {
  const db = new Database(file);
  migrate(db, MIGRATIONS.slice(0, 1));
  const rows = writeRows(osloDocument());
  db.prepare(insertSql('articles')).run(rows.article);
  for (const table of CHILD_TABLES) for (const row of rows.children[table]) db.prepare(insertSql(table)).run(row);
  db.close();
}

describe('articleSource', () => {
  it.each([
    [{ url: 'https://www.Reuters.com/world/x', origin: 'a.jsonl:3' }, 'reuters.com'],
    [{ url: 'http://apnews.com/article/1' }, 'apnews.com'],
    [{ url: 'not a url', origin: 'feeds/wire.jsonl:17' }, 'feeds/wire.jsonl'],
    [{ origin: 'https://news.example.org/feed.xml' }, 'news.example.org'],
    [{ origin: 'examples/a.txt' }, 'examples/a.txt'],
    [{}, ''],
  ])('%j → %s', (article, source) => {
    expect(articleSource(article)).toBe(source);
  });
});

describe('near-duplicates across runs', () => {
  it('finds the copy of an article stored by an earlier run', async () => {
    const file = join(dir, 'runs.db');
    const first = createSqliteStore(file);
    await first.putDocuments([osloDocument()]);
    await first.close();
    const second = createSqliteStore(file);
    expect((await second.putDocuments([copy()])).map((r) => r.status)).toEqual(['near-duplicate']);
    await second.close();
  });

  it('indexes the articles of a version-1 database when it is upgraded', async () => {
    const file = join(dir, 'v1.db');
    versionOneDatabase(file);
    const store = createSqliteStore(file);
    expect(await store.putDocuments([copy()])).toEqual([
      { id: 'copy', status: 'near-duplicate', original: { id: 'oslo-2025-03-03', similarity: expect.any(Number) } },
    ]);
    expect((await store.search('Odesa')).map((h) => h.id)).toEqual(['oslo-2025-03-03']);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('indexes articles stored with detection off before the first detecting write', async () => {
    const store = createSqliteStore(':memory:');
    await store.putDocuments([osloDocument()], { nearDuplicateThreshold: 0 });
    expect((await store.putDocuments([copy()])).map((r) => r.status)).toEqual(['near-duplicate']);
    await store.close();
  });
});
