/**
 * `dyad search "QUERY"`: full-text search over stored article titles and texts (SQLite
 * FTS5), best match first. Words are plain terms, all required; `--raw` takes FTS5 syntax
 * (`AND`, `OR`, `NOT`, `"a phrase"`, `prefix*`, `NEAR(a b, 5)`).
 */
import type { Command } from 'commander';
import { DEFAULT_CONFIG } from '../../config.js';
import { DyadError } from '../../core/problem.js';
import type { SearchHit, SearchOptions } from '../../store/store.js';
import { CliError } from '../cli-error.js';
import { formatTable } from '../format-table.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { parsePositiveInt } from '../options.js';
import { checkFormat, parseDatePrefix, withStore } from './_store-options.js';

const FORMATS = ['table', 'json'] as const;
const DEFAULT_LIMIT = 20;

/** Options of `dyad search`, as commander gives them. */
export interface SearchCommandOptions extends Omit<SearchOptions, 'limit'> {
  readonly db?: string;
  readonly limit?: number;
  readonly format?: string;
}

const COLUMNS = [
  { header: 'id', maxWidth: 40 },
  { header: 'date' },
  { header: 'title', maxWidth: 40 },
  { header: 'snippet', maxWidth: 80 },
] as const;

const row = (h: SearchHit): string[] => [h.id, h.date ?? '', h.title ?? '', h.snippet];

/** Searches the store and prints the hits; returns how many were printed. */
export async function runSearch(
  query: string,
  options: SearchCommandOptions,
  io: CliIo = processIo(),
): Promise<number> {
  const format = checkFormat(options.format ?? 'table', FORMATS);
  if (query.trim() === '') throw new CliError('give some words to search for', 2);
  const { db = DEFAULT_CONFIG.db, format: _, limit = DEFAULT_LIMIT, ...rest } = options;
  let hits: readonly SearchHit[];
  try {
    hits = await withStore(db, (store) => store.search(query, { ...rest, limit }));
  } catch (error) {
    if (error instanceof DyadError) throw new CliError(error.message.replace(/^\[store\] /, ''), 2);
    throw error;
  }
  if (format === 'json') {
    for (const h of hits) await writeLine(io.stdout, JSON.stringify(h));
  } else if (hits.length === 0) {
    await writeLine(io.stderr, `dyad: no article matches ${JSON.stringify(query)}`);
  } else {
    await writeLine(io.stdout, formatTable(COLUMNS, hits.map(row)));
  }
  return hits.length;
}

/** Registers `dyad search`. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search of stored article titles and texts, best match first')
    .argument('<query>', 'words that must all occur (a trailing * matches a prefix); see --raw')
    .option('--db <file>', 'SQLite database file', DEFAULT_CONFIG.db)
    .option('--from <date>', 'published on or after YYYY[-MM[-DD]]', parseDatePrefix)
    .option('--to <date>', 'published on or before YYYY[-MM[-DD]]', parseDatePrefix)
    .option('--limit <n>', 'most articles to print', parsePositiveInt, DEFAULT_LIMIT)
    .option('--raw', 'read the query as SQLite FTS5 syntax: AND, OR, NOT, "phrases", prefix*, NEAR()')
    .option('-f, --format <format>', `one of ${FORMATS.join(', ')}`, 'table')
    .action(async (query: string, options: SearchCommandOptions) => {
      await runSearch(query, options);
    });
}
