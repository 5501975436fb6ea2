/**
 * `iterateEvents` for the SQLite store: the events `queryEvents` returns, in its order
 * (dated by date, then undated; each by article id and position), read by keyset
 * pagination. Each page is one short statement that starts after the last row of the page
 * before, so memory holds one page whatever the table's size, and no read transaction
 * stays open between pages (writers and WAL checkpoints are never held up by an export).
 */
import type Database from 'better-sqlite3';
import type { RawRow } from '../read-rows.js';
import type { EventQuery, StreamedEventRow } from '../store.js';
import { reportCountsSql } from './_near-dup.js';
import { eventFilters, readEventRow } from './_queries.js';

/** Rows read per statement. */
export const DEFAULT_PAGE_SIZE = 1000;

const SELECT = `SELECT e.*, ${reportCountsSql('e')}, e.rowid AS serial_,
    a.title AS title_, a.url AS url_, a.stored_at AS stored_at_, p.feature_kind AS place_kind_, p.admin1 AS place_admin1_
  FROM events e
  JOIN articles a ON a.id = e.article_id
  LEFT JOIN places p ON e.location IS NOT NULL AND p.article_id = e.article_id
    AND p.id = json_extract(e.location, '$.placeId')`;

/**
 * The two walks: dated events keyed on (date, article_id, ord), then undated ones keyed on
 * (article_id, ord). The start key sorts before every real key ('' before any date or id).
 */
const PHASES = [
  { where: 'e.date IS NOT NULL AND (e.date, e.article_id, e.ord) > (?, ?, ?)', order: 'e.date, e.article_id, e.ord' },
  { where: 'e.date IS NULL AND (e.article_id, e.ord) > (?, ?)', order: 'e.article_id, e.ord' },
] as const;

function streamedRow(r: RawRow): StreamedEventRow {
  const text = (c: string) => (r[c] === null || r[c] === undefined ? null : String(r[c]));
  const kind = text('place_kind_');
  return {
    ...readEventRow(r),
    serial: Number(r.serial_),
    title: text('title_'),
    url: text('url_'),
    storedAt: text('stored_at_'),
    place: kind === null ? null : { kind, admin1: text('place_admin1_') },
  };
}

/** Yields the events matching `query` (its `limit` included), `pageSize` rows per statement. */
export async function* iterateEventRows(
  db: Database.Database,
  query: EventQuery = {},
  pageSize = DEFAULT_PAGE_SIZE,
): AsyncGenerator<StreamedEventRow> {
  const parts = eventFilters(query);
  const filterSql = parts.map((p) => `${p.sql} AND `).join('');
  const filterParams = parts.flatMap((p) => p.params);
  let left = query.limit ?? Number.POSITIVE_INFINITY;
  for (const [index, phase] of PHASES.entries()) {
    const statement = db.prepare(`${SELECT} WHERE ${filterSql}${phase.where} ORDER BY ${phase.order} LIMIT ?`);
    let key: (string | number)[] = index === 0 ? ['', '', -1] : ['', -1];
    while (left > 0) {
      const size = Math.min(pageSize, left);
      const rows = statement.all(...filterParams, ...key, size) as RawRow[];
      for (const r of rows) yield streamedRow(r);
      left -= rows.length;
      const last = rows.at(-1);
      if (last === undefined || rows.length < size) break;
      const position = [String(last.article_id), Number(last.ord)];
      key = index === 0 ? [String(last.date), ...position] : position;
    }
  }
}
