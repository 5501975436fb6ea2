/**
 * The relational layout every store shares: one table per item kind, spans as
 * `span_start`/`span_end` columns, nested bits (provenance, location) as JSON text.
 * Names avoid SQL keywords (`end`, `date` is fine) so one list serves SQLite and PostgreSQL.
 */

/** A value in a stored row. */
export type Cell = string | number | null;
/** One row, keyed by column name. */
export type Row = Readonly<Record<string, Cell>>;

const SPAN = ['span_start', 'span_end', 'text'] as const;
const party = (p: string) => [`${p}_actor_id`, `${p}_name`, `${p}_code`, `${p}_span_start`, `${p}_span_end`] as const;

/** Columns of each table, in DDL order; every child table starts with `article_id, ord`. */
export const COLUMNS = {
  articles: ['id', 'content_hash', 'date', 'title', 'url', 'origin', 'text', 'tokens'],
  sentences: ['article_id', 'ord', 'span_start', 'span_end', 'first_token', 'end_token'],
  actors: ['article_id', 'ord', 'id', 'name', 'type', 'code', 'mention_ids', 'source'],
  mentions: [
    'article_id',
    'ord',
    'id',
    ...SPAN,
    'sentence',
    'first_token',
    'end_token',
    'form',
    'actor_id',
    'role',
    'metonym',
    'source',
  ],
  times: ['article_id', 'ord', 'id', ...SPAN, 'value', 'granularity', 'type', 'sentence', 'source'],
  places: ['article_id', 'ord', 'id', 'name', 'country', 'admin1', 'lat', 'lon', 'feature_kind', 'source'],
  place_mentions: ['article_id', 'ord', 'place_id', ...SPAN, 'sentence', 'metonym'],
  quotes: [
    'article_id',
    'ord',
    'id',
    ...SPAN,
    'kind',
    'cue_span_start',
    'cue_span_end',
    'cue_text',
    ...party('speaker'),
    'source',
  ],
  events: [
    'article_id',
    'ord',
    'id',
    'code',
    'name',
    'goldstein',
    'quad_class',
    'plover',
    ...party('source'),
    ...party('target'),
    ...SPAN,
    'sentence_start',
    'sentence_end',
    'sentence_index',
    'sentence_text',
    'date',
    'date_granularity',
    'date_source',
    'future',
    'location',
    'quote_id',
    'provenance',
  ],
  claims: [
    'article_id',
    'ord',
    'id',
    ...SPAN,
    'value',
    'unit',
    'qualifier',
    'period',
    ...party('claimant'),
    'quote_id',
    'source',
  ],
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof COLUMNS;
/** Tables holding an article's items, in the order they are written (places before their mentions). */
export const CHILD_TABLES = [
  'sentences',
  'actors',
  'mentions',
  'times',
  'places',
  'place_mentions',
  'quotes',
  'events',
  'claims',
] as const satisfies readonly TableName[];
export type ChildTable = (typeof CHILD_TABLES)[number];

/** `INSERT INTO t (a, b) VALUES (@a, @b)`, with named parameters as SQLite and most drivers take them. */
export function insertSql(table: TableName, marker = '@'): string {
  const cols = COLUMNS[table];
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => marker + c).join(', ')})`;
}
