/**
 * The embedded store: one SQLite file through better-sqlite3, in WAL mode so readers
 * never block the writer. Each batch is one `BEGIN IMMEDIATE` transaction, and articles
 * go in with `ON CONFLICT DO NOTHING` against unique id and content hash, so two
 * processes ingesting the same files into one database end with each article once.
 */
import Database from 'better-sqlite3';
import type { ArticleId } from '../../core/article.js';
import type { CodedDocument } from '../../core/document.js';
import { CHILD_TABLES, type ChildTable, insertSql } from '../columns.js';
import { type RawRow, readEvent, readRows } from '../read-rows.js';
import type { ArticleSummary, PutResult, PutStatus, Store, StoreCounts } from '../store.js';
import { writeRows } from '../write-rows.js';
import { articlesSql, eventsSql } from './_queries.js';
import { migrate } from './migrations.js';

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

/** Opens (creating and migrating when needed) a SQLite store; `:memory:` gives a private one. */
export function createSqliteStore(file: string): Store {
  const db = new Database(file);
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
    child: (table: ChildTable) => inserts.get(table) as Database.Statement,
  };
}

function sqliteStore(db: Database.Database): Store {
  const w = prepareWriters(db);
  const putOne = (doc: CodedDocument): PutResult => {
    const rows = writeRows(doc);
    if (w.article.run(rows.article).changes === 0) {
      // Nothing inserted: either this content is stored (perhaps under another id), or the id holds other content.
      const status: PutStatus = w.byHash.get(rows.article.content_hash) === undefined ? 'conflict' : 'duplicate';
      return { id: doc.id, status };
    }
    for (const table of CHILD_TABLES) {
      const insert = w.child(table);
      for (const row of rows.children[table]) insert.run(row);
    }
    return { id: doc.id, status: 'stored' };
  };
  const putBatch = db.transaction((docs: readonly CodedDocument[]) => docs.map(putOne));
  const children = new Map(
    CHILD_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} WHERE article_id = ? ORDER BY ord`)] as const),
  );
  const getArticle = db.prepare('SELECT * FROM articles WHERE id = ?');
  let open = true;

  return {
    async putDocuments(docs) {
      return docs.length === 0 ? [] : putBatch.immediate(docs);
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
      return (db.prepare(sql).all(...params) as RawRow[]).map((r) => ({
        articleId: String(r.article_id) as ArticleId,
        sentenceText: String(r.sentence_text),
        event: readEvent(r),
      }));
    },
    async counts() {
      return countRows(db);
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
