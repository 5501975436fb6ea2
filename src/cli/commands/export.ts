/**
 * `dyad export`: every stored event matching the filters, streamed to a file or stdout as
 * GDELT 1.0 TSV, PLOVER JSON Lines, CSV, JSON Lines or Parquet (file only). Memory stays
 * bounded: the store is read page by page and the output written as it goes.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { DEFAULT_CONFIG } from '../../config.js';
import {
  EXPORT_FORMATS,
  type ExportSummary,
  exportLines,
  exportParquet,
  type LineFormat,
} from '../../export/export-events.js';
import type { EventQuery } from '../../store/store.js';
import { CliError } from '../cli-error.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { checkFormat, parseDatePrefix, withStore } from './_store-options.js';

/** Options of `dyad export`, as commander gives them. */
export interface ExportOptions extends Omit<EventQuery, 'limit'> {
  readonly format?: string;
  readonly db?: string;
  /** Output file; stdout when absent (not for Parquet). */
  readonly out?: string;
}

/** `dyad export: 1112 events written as plover to out.jsonl; skipped 104: no PLOVER type` */
function summaryLine(summary: ExportSummary, format: string, out: string | undefined): string {
  const skipped = Object.entries(summary.skipped).map(([why, n]) => `${n}: ${why}`);
  const target = out === undefined ? 'stdout' : out;
  const tail = skipped.length === 0 ? '' : `; skipped ${skipped.join(', ')}`;
  return `dyad export: ${summary.written} events written as ${format} to ${target}${tail}`;
}

async function toFile(file: string, write: (out: NodeJS.WritableStream) => Promise<ExportSummary>) {
  const out = createWriteStream(file);
  const done = finished(out);
  try {
    const summary = await write(out);
    out.end();
    await done;
    return summary;
  } catch (error) {
    out.destroy();
    await done.catch(() => undefined);
    throw error;
  }
}

/** Exports the events matching the options; the summary also goes to stderr. */
export async function runExport(options: ExportOptions, io: CliIo = processIo()): Promise<ExportSummary> {
  const format = checkFormat(options.format ?? '', EXPORT_FORMATS);
  const { db = DEFAULT_CONFIG.db, format: _, out, ...filters } = options;
  if (format === 'parquet' && out === undefined) {
    throw new CliError('--format parquet writes a file: give --out FILE', 2);
  }
  const summary = await withStore(db, async (store) => {
    const rows = store.iterateEvents(filters);
    if (format === 'parquet') return exportParquet(rows, out as string);
    const lines = (stream: NodeJS.WritableStream) => exportLines(rows, format as LineFormat, stream);
    return out === undefined ? lines(io.stdout) : toFile(out, lines);
  });
  await writeLine(io.stderr, summaryLine(summary, format, out));
  return summary;
}

/** Registers `dyad export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('stream stored events as GDELT 1.0 TSV, PLOVER JSON Lines, CSV, JSON Lines or Parquet')
    .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--db <file>', 'SQLite database file', DEFAULT_CONFIG.db)
    .option('--out <file>', 'write to this file (default: stdout; Parquet needs a file)')
    .option('--actor <code|name>', 'source or target: actor-code prefix (CHN) or name substring')
    .option('--code <prefix>', 'CAMEO code prefix (11 = disapprove)')
    .option('--from <date>', 'on or after YYYY[-MM[-DD]]', parseDatePrefix)
    .option('--to <date>', 'on or before YYYY[-MM[-DD]] (a month or year includes all of it)', parseDatePrefix)
    .action(async (options: ExportOptions) => {
      await runExport(options);
    });
}
