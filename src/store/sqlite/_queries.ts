/**
 * SQL for the filtered reads of the SQLite store: WHERE clauses built from the query
 * objects, with `?` parameters only (user text never enters the SQL).
 */
import type { ArticleId } from '../../core/article.js';
import { type RawRow, readEvent } from '../read-rows.js';
import type { ArticleQuery, EventQuery, EventRow } from '../store.js';
import { reportCountsSql } from './_near-dup.js';

/** A statement and its positional parameters. */
export interface Sql {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

/** Escapes `%`, `_` and `\` for `LIKE ... ESCAPE '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `col >= from` and `col <= to`, where a `to` prefix (`2024-01`) includes the whole period. */
function dateRange(col: string, from: string | undefined, to: string | undefined): Sql[] {
  const parts: Sql[] = [];
  if (from !== undefined) parts.push({ sql: `${col} >= ?`, params: [from] });
  if (to !== undefined) parts.push({ sql: `substr(${col}, 1, ${to.length}) <= ?`, params: [to] });
  return parts;
}

function actorFilter(actor: string): Sql {
  const prefix = `${escapeLike(actor)}%`;
  const inner = `%${escapeLike(actor)}%`;
  return {
    sql: `(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\'
      OR e.source_name LIKE ? ESCAPE '\\' OR e.target_name LIKE ? ESCAPE '\\')`,
    params: [prefix, prefix, inner, inner],
  };
}

/**
 * The filters of an event query on the `events e` alias: actor-code prefix or name substring
 * on either side, CAMEO code prefix, date range. `queryEvents` and `iterateEvents` share them.
 */
export function eventFilters(q: EventQuery): Sql[] {
  const parts: Sql[] = [];
  if (q.actor !== undefined && q.actor !== '') parts.push(actorFilter(q.actor));
  if (q.code !== undefined && q.code !== '')
    parts.push({ sql: `e.code LIKE ? ESCAPE '\\'`, params: [`${escapeLike(q.code)}%`] });
  parts.push(...dateRange('e.date', q.from, q.to));
  return parts;
}

function where(parts: readonly Sql[]): Sql {
  if (parts.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

function paging(limit: number | undefined, offset: number | undefined): Sql {
  if (limit === undefined && offset === undefined) return { sql: '', params: [] };
  return { sql: 'LIMIT ? OFFSET ?', params: [limit ?? -1, offset ?? 0] };
}

/** Events matching the query, in date, article and text order. */
export function eventsSql(q: EventQuery): Sql {
  const w = where(eventFilters(q));
  const page = paging(q.limit, undefined);
  return {
    sql: `SELECT e.*, ${reportCountsSql('e')} FROM events e ${w.sql} ORDER BY date IS NULL, date, article_id, ord ${page.sql}`,
    params: [...w.params, ...page.params],
  };
}

/** Article summaries matching the query, in date and id order. */
export function articlesSql(q: ArticleQuery): Sql {
  const w = where(dateRange('a.date', q.from, q.to));
  const page = paging(q.limit, q.offset);
  return {
    sql: `SELECT a.id, a.date, a.title, a.url, a.origin, a.content_hash, length(a.text) AS chars,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
        (SELECT count(*) FROM actors c WHERE c.article_id = a.id) AS actors
      FROM articles a ${w.sql} ORDER BY a.date IS NULL, a.date, a.id ${page.sql}`,
    params: [...w.params, ...page.params],
  };
}

/**
 * One event row as an EventRow, with how many articles and sources report it when the row
 * has the columns of `reportCountsSql` (else 1 and 1: the event's own article).
 */
export function readEventRow(r: RawRow): EventRow {
  return {
    articleId: String(r.article_id) as ArticleId,
    sentenceText: String(r.sentence_text),
    event: readEvent(r),
    numArticles: r.num_articles_ === undefined || r.num_articles_ === null ? 1 : Number(r.num_articles_),
    numSources: r.num_sources_ === undefined || r.num_sources_ === null ? 1 : Number(r.num_sources_),
  };
}
