/**
 * `dyad events`: the stored events, filtered by actor, CAMEO code and date, as an
 * aligned table, JSON Lines, or RFC 4180 CSV.
 */
import type { Command } from 'commander';
import { DEFAULT_CONFIG } from '../../config.js';
import type { EventActor } from '../../core/document.js';
import type { EventQuery, EventRow } from '../../store/store.js';
import { toCsv } from '../format-csv.js';
import { formatTable } from '../format-table.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { parsePositiveInt } from '../options.js';
import { checkFormat, parseDatePrefix, withStore } from './_store-options.js';

const FORMATS = ['table', 'json', 'csv'] as const;

/** Options of `dyad events`, as commander gives them. */
export interface EventsOptions extends Omit<EventQuery, 'limit'> {
  readonly db?: string;
  readonly limit?: number;
  readonly format?: string;
}

const DEFAULT_LIMIT = 100;
const label = (a: EventActor | null): string => (a === null ? '' : a.code ? `${a.name} [${a.code}]` : a.name);

const TABLE_COLUMNS = [
  { header: 'date' },
  { header: 'source', maxWidth: 28 },
  { header: 'event', maxWidth: 32 },
  { header: 'target', maxWidth: 28 },
  { header: 'sentence', maxWidth: 60 },
  { header: 'article' },
] as const;

function tableRow({ articleId, event: e, sentenceText }: EventRow): string[] {
  return [e.date ?? '', label(e.source), `${e.code} ${e.name}`, label(e.target), sentenceText, articleId];
}

/** CSV columns: flat, one value each, in the order GDELT-style tables use. */
export const EVENT_CSV_HEADER = [
  'article_id',
  'event_id',
  'date',
  'date_granularity',
  'code',
  'name',
  'goldstein',
  'quad_class',
  'source_name',
  'source_code',
  'target_name',
  'target_code',
  'text',
  'span_start',
  'span_end',
  'location_name',
  'location_country',
  'lat',
  'lon',
  'sentence',
] as const;

function csvRow({ articleId, event: e, sentenceText }: EventRow) {
  const l = e.location;
  return [
    articleId,
    e.id,
    e.date,
    e.dateGranularity,
    e.code,
    e.name,
    e.goldstein,
    e.quadClass,
    e.source.name,
    e.source.code,
    e.target?.name,
    e.target?.code,
    e.text,
    e.span.start,
    e.span.end,
    l?.name,
    l?.country,
    l?.lat,
    l?.lon,
    sentenceText,
  ];
}

/** Prints the events matching the options; returns how many were printed. */
export async function runEvents(options: EventsOptions, io: CliIo = processIo()): Promise<number> {
  const format = checkFormat(options.format ?? 'table', FORMATS);
  const { db = DEFAULT_CONFIG.db, format: _, limit = DEFAULT_LIMIT, ...filters } = options;
  const rows = await withStore(db, (store) => store.queryEvents({ ...filters, limit }));
  if (format === 'json') {
    for (const { articleId, event, sentenceText } of rows) {
      await writeLine(io.stdout, JSON.stringify({ articleId, ...event, sentenceText }));
    }
  } else if (format === 'csv') {
    io.stdout.write(toCsv(EVENT_CSV_HEADER, rows.map(csvRow)));
  } else {
    await writeLine(io.stdout, formatTable(TABLE_COLUMNS, rows.map(tableRow)));
    if (rows.length === limit)
      await writeLine(io.stderr, `dyad: showing the first ${limit} events; use --limit for more`);
  }
  return rows.length;
}

/** Registers `dyad events`. */
export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('list stored events, filtered by actor, CAMEO code and date')
    .option('--db <file>', 'SQLite database file', DEFAULT_CONFIG.db)
    .option('--actor <code|name>', 'source or target: actor-code prefix (CHN) or name substring')
    .option('--code <prefix>', 'CAMEO code prefix (11 = disapprove)')
    .option('--from <date>', 'on or after YYYY[-MM[-DD]]', parseDatePrefix)
    .option('--to <date>', 'on or before YYYY[-MM[-DD]] (a month or year includes all of it)', parseDatePrefix)
    .option('--limit <n>', 'most events to print', parsePositiveInt, DEFAULT_LIMIT)
    .option('-f, --format <format>', `one of ${FORMATS.join(', ')}`, 'table')
    .action(async (options: EventsOptions) => {
      await runEvents(options);
    });
}
