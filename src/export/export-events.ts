/**
 * `dyad export`'s engine: streams stored events into one of five formats. The line formats
 * (GDELT TSV, PLOVER JSON Lines, CSV, JSON Lines) write to any writable stream, waiting for
 * it to drain; Parquet writes to a file. Memory holds one store page and one output chunk
 * (or one Parquet row group), whatever the number of events.
 */
import { once } from 'node:events';
import type { StreamedEventRow } from '../store/store.js';
import { csvHeader, csvLine } from './csv.js';
import { gdeltLine } from './gdelt.js';
import { jsonLine } from './jsonl.js';
import { writeParquet } from './parquet.js';
import { ploverRecord } from './plover.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats written line by line to a stream. */
export type LineFormat = Exclude<ExportFormat, 'parquet'>;

/** What an export did: events written, and events left out by reason (PLOVER only). */
export interface ExportSummary {
  readonly written: number;
  readonly skipped: Readonly<Record<string, number>>;
}

/** A line, or why the event has none in this format. */
type Encoded = { readonly line: string } | { readonly skip: string };

interface LineEncoder {
  readonly header?: () => string;
  readonly encode: (row: StreamedEventRow) => Encoded;
}

const LINE_ENCODERS: Readonly<Record<LineFormat, LineEncoder>> = {
  gdelt: { encode: (row) => ({ line: gdeltLine(row) }) },
  plover: {
    encode: (row) => {
      const record = ploverRecord(row);
      return typeof record === 'string' ? { skip: record } : { line: `${JSON.stringify(record)}\n` };
    },
  },
  csv: { header: csvHeader, encode: (row) => ({ line: csvLine(row) }) },
  jsonl: { encode: (row) => ({ line: jsonLine(row) }) },
};

/** Output is written in chunks of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes the rows in a line format to `out` (which it leaves open). */
export async function exportLines(
  rows: AsyncIterable<StreamedEventRow>,
  format: LineFormat,
  out: NodeJS.WritableStream,
): Promise<ExportSummary> {
  const encoder = LINE_ENCODERS[format];
  const skipped: Record<string, number> = {};
  let written = 0;
  let chunk = encoder.header?.() ?? '';
  for await (const row of rows) {
    const encoded = encoder.encode(row);
    if ('skip' in encoded) {
      skipped[encoded.skip] = (skipped[encoded.skip] ?? 0) + 1;
      continue;
    }
    chunk += encoded.line;
    written++;
    if (chunk.length >= CHUNK_CHARS) {
      await write(out, chunk);
      chunk = '';
    }
  }
  if (chunk !== '') await write(out, chunk);
  return { written, skipped };
}

/** Writes the rows to a Parquet file. */
export async function exportParquet(rows: AsyncIterable<StreamedEventRow>, file: string): Promise<ExportSummary> {
  return { written: await writeParquet(rows, file), skipped: {} };
}
