/** `dyad articles`: the stored articles by date, with their event and actor counts. */
import type { Command } from 'commander';
import { DEFAULT_CONFIG } from '../../config.js';
import type { ArticleSummary } from '../../store/store.js';
import { formatTable } from '../format-table.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { parsePositiveInt } from '../options.js';
import { checkFormat, parseCount, parseDatePrefix, withStore } from './_store-options.js';

const FORMATS = ['table', 'json'] as const;
const DEFAULT_LIMIT = 100;

/** Options of `dyad articles`, as commander gives them. */
export interface ArticlesOptions {
  readonly db?: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly from?: string;
  readonly to?: string;
  readonly format?: string;
}

const COLUMNS = [
  { header: 'id', maxWidth: 40 },
  { header: 'date' },
  { header: 'events' },
  { header: 'actors' },
  { header: 'chars' },
  { header: 'title', maxWidth: 60 },
] as const;

const row = (a: ArticleSummary): string[] => [
  a.id,
  a.date ?? '',
  String(a.events),
  String(a.actors),
  String(a.chars),
  a.title ?? a.origin ?? '',
];

/** Prints the stored articles; returns how many were printed. */
export async function runArticles(options: ArticlesOptions, io: CliIo = processIo()): Promise<number> {
  const format = checkFormat(options.format ?? 'table', FORMATS);
  const { db = DEFAULT_CONFIG.db, format: _, limit = DEFAULT_LIMIT, ...filters } = options;
  const articles = await withStore(db, (store) => store.listArticles({ ...filters, limit }));
  if (format === 'json') {
    for (const a of articles) await writeLine(io.stdout, JSON.stringify(a));
  } else {
    await writeLine(io.stdout, formatTable(COLUMNS, articles.map(row)));
    if (articles.length === limit) {
      await writeLine(io.stderr, `dyad: showing the first ${limit} articles; use --limit and --offset for more`);
    }
  }
  return articles.length;
}

/** Registers `dyad articles`. */
export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('list stored articles by publication date')
    .option('--db <file>', 'SQLite database file', DEFAULT_CONFIG.db)
    .option('--from <date>', 'published on or after YYYY[-MM[-DD]]', parseDatePrefix)
    .option('--to <date>', 'published on or before YYYY[-MM[-DD]]', parseDatePrefix)
    .option('--limit <n>', 'most articles to print', parsePositiveInt, DEFAULT_LIMIT)
    .option('--offset <n>', 'articles to skip first', parseCount)
    .option('-f, --format <format>', `one of ${FORMATS.join(', ')}`, 'table')
    .action(async (options: ArticlesOptions) => {
      await runArticles(options);
    });
}
