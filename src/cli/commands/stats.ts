/** `dyad stats`: how many articles, events and other items the store holds. */
import type { Command } from 'commander';
import { DEFAULT_CONFIG } from '../../config.js';
import type { StoreCounts } from '../../store/store.js';
import { formatTable } from '../format-table.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { checkFormat, withStore } from './_store-options.js';

const FORMATS = ['table', 'json'] as const;

/** Options of `dyad stats`, as commander gives them. */
export interface StatsOptions {
  readonly db?: string;
  readonly format?: string;
}

/** Prints the row counts of the store and returns them. */
export async function runStats(options: StatsOptions, io: CliIo = processIo()): Promise<StoreCounts> {
  const format = checkFormat(options.format ?? 'table', FORMATS);
  const counts = await withStore(options.db ?? DEFAULT_CONFIG.db, (store) => store.counts());
  if (format === 'json') {
    await writeLine(io.stdout, JSON.stringify(counts));
  } else {
    const rows = Object.entries(counts).map(([kind, n]) => [kind, String(n)]);
    await writeLine(io.stdout, formatTable([{ header: 'kind' }, { header: 'rows' }], rows));
  }
  return counts;
}

/** Registers `dyad stats`. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count the stored articles, events, actors, quotes, claims, places and times')
    .option('--db <file>', 'SQLite database file', DEFAULT_CONFIG.db)
    .option('-f, --format <format>', `one of ${FORMATS.join(', ')}`, 'table')
    .action(async (options: StatsOptions) => {
      await runStats(options);
    });
}
