/**
 * `search` for the SQLite store: the FTS5 index `articles_fts` (migration 3; Porter stems,
 * diacritics folded), ranked by bm25 with title matches weighted 10×. FTS5 gives no match
 * offsets, so `highlight()` marks the text with two private-use characters and the spans
 * are read off the marks.
 */
import type Database from 'better-sqlite3';
import type { ArticleId } from '../../core/article.js';
import { DyadError } from '../../core/problem.js';
import type { SearchHit, SearchOptions } from '../store.js';
import type { Sql } from './_queries.js';

/** Hits returned when the caller gives no limit. */
export const DEFAULT_SEARCH_LIMIT = 20;
/** Marks around each match in `snippet`. */
export const SNIPPET_MARKS = ['«', '»'] as const;
/** Tokens of context in a snippet (FTS5 allows at most 64). */
const SNIPPET_TOKENS = 16;
// Unicode private-use characters: news text does not contain them, so they can only be highlight()'s.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * A user's words as an FTS5 query that cannot be a syntax error: each whitespace-separated
 * word a quoted string (`"` doubled), all required; a trailing `*` keeps its prefix meaning.
 * @example quoteTerms('Putin "talks" AND') // '"Putin" """talks""" "AND"'
 */
export function quoteTerms(query: string): string {
  return query
    .split(/\s+/)
    .filter((word) => word !== '' && word !== '*')
    .map((word) => {
      const prefix = word.length > 1 && word.endsWith('*');
      const body = prefix ? word.slice(0, -1) : word;
      return `"${body.replaceAll('"', '""')}"${prefix ? '*' : ''}`;
    })
    .join(' ');
}

/** Spans of the text between highlight()'s marks, in offsets of the unmarked text; [] if marks do not pair. */
export function markedSpans(marked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let removed = 0;
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c !== OPEN && c !== CLOSE) continue;
    if ((c === OPEN) !== open < 0) return [];
    if (c === OPEN) open = i - removed;
    else {
      spans.push({ start: open, end: i - removed });
      open = -1;
    }
    removed++;
  }
  return open < 0 ? spans : [];
}

function searchSql(match: string, options: SearchOptions): Sql {
  const filters: Sql[] = [];
  if (options.from !== undefined) filters.push({ sql: 'AND a.date >= ?', params: [options.from] });
  if (options.to !== undefined) {
    filters.push({ sql: `AND substr(a.date, 1, ${options.to.length}) <= ?`, params: [options.to] });
  }
  const [open, close] = SNIPPET_MARKS;
  return {
    sql: `SELECT articles_fts.article_id AS id, a.title, a.date, articles_fts.rank AS rank,
        snippet(articles_fts, 2, '${open}', '${close}', '…', ${SNIPPET_TOKENS}) AS snippet,
        highlight(articles_fts, 2, '${OPEN}', '${CLOSE}') AS marked
      FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id
      WHERE articles_fts MATCH ? AND articles_fts.rank MATCH 'bm25(0.0, 10.0, 1.0)'
        ${filters.map((f) => f.sql).join(' ')}
      ORDER BY articles_fts.rank LIMIT ?`,
    params: [match, ...filters.flatMap((f) => f.params), options.limit ?? DEFAULT_SEARCH_LIMIT],
  };
}

/** Runs a search; an FTS5 query error (raw syntax) becomes a DyadError that names the query. */
export function searchArticles(db: Database.Database, query: string, options: SearchOptions = {}): SearchHit[] {
  const match = options.raw ? query.trim() : quoteTerms(query);
  if (match === '') return [];
  const { sql, params } = searchSql(match, options);
  let rows: Record<string, unknown>[];
  try {
    rows = db.prepare(sql).all(...params) as Record<string, unknown>[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!/fts5|no such column|unknown special query|malformed MATCH/i.test(reason)) throw error;
    throw new DyadError('store', `cannot read the search query ${JSON.stringify(query)}: ${reason}`, { cause: error });
  }
  return rows.map((r) => ({
    id: String(r.id) as ArticleId,
    title: r.title === null ? null : String(r.title),
    date: r.date === null ? null : String(r.date),
    rank: Number(r.rank),
    snippet: String(r.snippet ?? ''),
    matches: markedSpans(String(r.marked ?? '')),
  }));
}
