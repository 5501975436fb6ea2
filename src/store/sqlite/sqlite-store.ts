/**
 * The embedded store: one SQLite file through better-sqlite3, in WAL mode so readers
 * never block the writer. Each batch is one `BEGIN IMMEDIATE` transaction, and articles
 * go in with `ON CONFLICT DO NOTHING` against unique id and content hash, so two
 * processes ingesting the same files into one database end with each article once.
 * A near-copy of a stored article is kept as its mention (`_near-dup.ts`, MinHash LSH index
 * in tables); `search` reads the FTS5 index that triggers keep (`_fts.ts`).
 */
import type Database from 'better-sqlite3';
import type { ArticleId } from '../../core/article.js';
import { lazyModule } from '../../core/lazy-module.js';
import { DUPLICATE_THRESHOLD } from '../../dedupe/minhash.js';
import { CHILD_TABLES, type ChildTable, insertSql } from '../columns.js';
import { type RawRow, readRows } from '../read-rows.js';
import type { ArticleSummary, PutResult, Store, StoreCounts } from '../store.js';
import { articleRowOf, rowsOf, type Storable, storableKey } from '../write-rows.js';
import { searchArticles } from './_fts.js';
import { iterateEventRows } from './_iterate.js';
import { nearDuplicateIndex } from './_near-dup.js';
import { articlesSql, eventsSql, readEventRow } from './_queries.js';
import { migrate } from './migrations.js';

/** The driver, loaded with the first store: commands that open none (`dyad code`) start without it. */
const betterSqlite3 = lazyModule<typeof import('better-sqlite3')>('better-sqlite3');

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

/** Opens (creating and migrating when needed) a SQLite store; `:memory:` gives a private one. */
export function createSqliteStore(file: string): Store {
  const db = new (betterSqlite3())(file);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return sqliteStore(db);
}

function prepareWriters(db: Database.Database) {
  const inserts = new Map(CHILD_TABLES.map((t) => [t, db.prepare(insertSql(t))] as const));
  return {
    article: db.prepare(`${insertSql('articles')} ON CONFLICT DO NOTHING`),
    byHash: db.prepare('SELECT id FROM articles WHERE content_hash = ?').pluck(),
    byId: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
    child: (table: ChildTable) => inserts.get(table) as Database.Statement,
  };
}

function sqliteStore(db: Database.Database): Store {
  const w = prepareWriters(db);
  const near = nearDuplicateIndex(db);
  // Checks in order: same content (as an article or a mention), id taken, near-copy, new.
  const putOne = (doc: Storable, threshold: number): PutResult => {
    const { id, hash, text } = storableKey(doc);
    if (w.byHash.get(hash) !== undefined || near.hasHash(hash)) return { id, status: 'duplicate' };
    if (w.byId.get(id) !== undefined || near.hasId(id)) return { id, status: 'conflict' };
    const sig = threshold > 0 ? near.sign(text) : null;
    const original = sig === null ? null : near.find(sig, threshold);
    if (original !== null) {
      near.addMention(articleRowOf(doc), original);
      return { id, status: 'near-duplicate', original };
    }
    const rows = rowsOf(doc);
    if (w.article.run(rows.article).changes === 0) return { id, status: 'conflict' };
    for (const table of CHILD_TABLES) {
      const insert = w.child(table);
      for (const row of rows.children[table]) insert.run(row);
    }
    if (threshold > 0) near.add(id, sig);
    return { id, status: 'stored' };
  };
  const putBatch = db.transaction((docs: readonly Storable[], threshold: number) =>
    docs.map((doc) => putOne(doc, threshold)),
  );
  // Articles stored with detection off (or before migration 2) are indexed once, before the first detecting write.
  let indexed = false;
  const indexMissing = db.transaction(() => near.indexMissing());
  const children = new Map(
    CHILD_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} WHERE article_id = ? ORDER BY ord`)] as const),
  );
  const getArticle = db.prepare('SELECT * FROM articles WHERE id = ?');
  let open = true;

  return {
    async putDocuments(docs, options = {}) {
      const threshold = options.nearDuplicateThreshold ?? DUPLICATE_THRESHOLD;
      if (docs.length === 0) return [];
      if (threshold > 0 && !indexed) {
        indexMissing.immediate();
        indexed = true;
      }
      return putBatch.immediate(docs, threshold);
    },
    async getDocument(id) {
      const article = getArticle.get(id) as RawRow | undefined;
      if (!article) return null;
      const rows = Object.fromEntries(
        CHILD_TABLES.map((t) => [t, (children.get(t) as Database.Statement).all(id) as RawRow[]]),
      ) as Record<ChildTable, RawRow[]>;
      return readRows(article, rows);
    },
    async listArticles(query = {}) {
      const { sql, params } = articlesSql(query);
      return (db.prepare(sql).all(...params) as RawRow[]).map(readSummary);
    },
    async queryEvents(query = {}) {
      const { sql, params } = eventsSql(query);
      return (db.prepare(sql).all(...params) as RawRow[]).map(readEventRow);
    },
    iterateEvents(query = {}) {
      return iterateEventRows(db, query);
    },
    async counts() {
      return countRows(db);
    },
    async search(query, options = {}) {
      return searchArticles(db, query, options);
    },
    async close() {
      if (open) db.close();
      open = false;
    },
  };
}

function readSummary(r: RawRow): ArticleSummary {
  const text = (c: string) => (r[c] === null ? null : String(r[c]));
  return {
    id: String(r.id) as ArticleId,
    date: text('date'),
    title: text('title'),
    url: text('url'),
    origin: text('origin'),
    contentHash: String(r.content_hash),
    chars: Number(r.chars),
    events: Number(r.events),
    actors: Number(r.actors),
  };
}

const COUNTED = ['articles', 'events', 'actors', 'mentions', 'quotes', 'claims', 'places', 'times'] as const;

function countRows(db: Database.Database): StoreCounts {
  const sql = COUNTED.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ');
  const row = db.prepare(`SELECT ${sql}`).get() as Record<(typeof COUNTED)[number], number>;
  return Object.fromEntries(COUNTED.map((t) => [t, Number(row[t])])) as unknown as StoreCounts;
}
