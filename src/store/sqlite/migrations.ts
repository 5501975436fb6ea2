/**
 * The SQLite schema as an ordered list of migrations; `PRAGMA user_version` records how
 * many have run. Append new migrations, never edit a released one. Column lists match
 * `../columns.ts` (a test checks it).
 */
import type Database from 'better-sqlite3';
import { DyadError } from '../../core/problem.js';

/** One schema step: `version` is its position, counting from 1. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

const item = (table: string, columns: string) => `
CREATE TABLE ${table} (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  ${columns},
  PRIMARY KEY (article_id, ord)
) STRICT;`;
const SPAN = 'span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL';
const party = (p: string, notNull = '') =>
  `${p}_actor_id TEXT, ${p}_name TEXT ${notNull}, ${p}_code TEXT, ${p}_span_start INTEGER, ${p}_span_end INTEGER`;

const INITIAL = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  date TEXT, title TEXT, url TEXT, origin TEXT,
  text TEXT NOT NULL,
  tokens TEXT NOT NULL,
  stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX articles_date ON articles(date);
${item('sentences', 'span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, first_token INTEGER NOT NULL, end_token INTEGER NOT NULL')}
${item('actors', 'id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, code TEXT, mention_ids TEXT NOT NULL, source TEXT NOT NULL')}
CREATE INDEX actors_code ON actors(code);
${item(
  'mentions',
  `id TEXT NOT NULL, ${SPAN}, sentence INTEGER NOT NULL, first_token INTEGER NOT NULL, end_token INTEGER NOT NULL,
  form TEXT NOT NULL, actor_id TEXT NOT NULL, role TEXT, metonym INTEGER, source TEXT NOT NULL`,
)}
${item('times', `id TEXT NOT NULL, ${SPAN}, value TEXT NOT NULL, granularity TEXT NOT NULL, type TEXT NOT NULL, sentence INTEGER NOT NULL, source TEXT NOT NULL`)}
${item(
  'places',
  `id TEXT NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
  feature_kind TEXT NOT NULL, source TEXT NOT NULL`,
)}
CREATE INDEX places_country ON places(country);
${item('place_mentions', `place_id TEXT NOT NULL, ${SPAN}, sentence INTEGER NOT NULL, metonym INTEGER`)}
${item(
  'quotes',
  `id TEXT NOT NULL, ${SPAN}, kind TEXT NOT NULL, cue_span_start INTEGER, cue_span_end INTEGER, cue_text TEXT,
  ${party('speaker')}, source TEXT NOT NULL`,
)}
${item(
  'events',
  `id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, goldstein REAL NOT NULL, quad_class INTEGER NOT NULL, plover TEXT,
  ${party('source', 'NOT NULL')}, ${party('target')}, ${SPAN},
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sentence_index INTEGER NOT NULL, sentence_text TEXT NOT NULL,
  date TEXT, date_granularity TEXT NOT NULL, date_source TEXT NOT NULL, future INTEGER, location TEXT, quote_id TEXT,
  provenance TEXT NOT NULL`,
)}
CREATE INDEX events_code ON events(code);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
${item(
  'claims',
  `id TEXT NOT NULL, ${SPAN}, value REAL NOT NULL, unit TEXT NOT NULL, qualifier TEXT, period TEXT,
  ${party('claimant')}, quote_id TEXT, source TEXT NOT NULL`,
)}
`;

/**
 * Near-duplicates (issue 8): `near_duplicates` holds each article found to be a near-copy of a
 * stored one (its metadata and a pointer, not its items); `near_dup_signatures` and
 * `near_dup_bands` are the persistent MinHash LSH index of the stored articles. Articles stored
 * before this migration are indexed by the store on its first write (MinHash is not SQL); a
 * null signature marks an article too short to compare.
 */
const NEAR_DUPLICATES = `
CREATE TABLE near_duplicates (
  id TEXT PRIMARY KEY,
  original_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL UNIQUE,
  similarity REAL NOT NULL,
  date TEXT, title TEXT, url TEXT, origin TEXT,
  source TEXT NOT NULL,
  new_source INTEGER NOT NULL,
  stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX near_duplicates_original ON near_duplicates(original_id, new_source, source);
CREATE TABLE near_dup_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  signature BLOB
) STRICT;
CREATE TABLE near_dup_bands (
  band_key INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band_key, article_id)
) STRICT, WITHOUT ROWID;
`;

/**
 * Full-text search (issue 8): an FTS5 index of title and text with its own copy of them, keyed
 * by article id rather than rowid (VACUUM may renumber the rowids of `articles`). Triggers keep
 * it in step with `articles`; existing articles are indexed here.
 */
const FULL_TEXT = `
CREATE VIRTUAL TABLE articles_fts USING fts5(
  article_id UNINDEXED, title, text,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  DELETE FROM articles_fts WHERE article_id = old.id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN
  DELETE FROM articles_fts WHERE article_id = old.id;
  INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
END;
`;

/** Keyset paging of events (`iterateEvents`) walks this index instead of sorting each page. */
const EVENT_ORDER = `
CREATE INDEX events_order ON events(date, article_id, ord);
DROP INDEX events_date;
`;

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'articles and one table per item kind', sql: INITIAL },
  { version: 2, description: 'near-duplicate mentions and their MinHash LSH index', sql: NEAR_DUPLICATES },
  { version: 3, description: 'FTS5 full-text index of article title and text', sql: FULL_TEXT },
  { version: 4, description: 'events indexed in date, article and position order', sql: EVENT_ORDER },
];

/**
 * Brings a database up to the newest schema. Runs inside `BEGIN IMMEDIATE` and reads
 * `user_version` again there, so two processes opening a new file at once migrate it once.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.length;
  const run = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) {
      throw new DyadError('store', `database schema version ${current} is newer than this dyad (${latest})`);
    }
    for (const m of migrations.slice(current)) db.exec(m.sql);
    if (current < latest) db.pragma(`user_version = ${latest}`);
    return latest;
  });
  return run.immediate();
}
