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

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'articles and one table per item kind', sql: INITIAL },
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
