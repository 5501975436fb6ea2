/** Spreadsheet-friendly CSV (RFC 4180, CRLF): a header row, then one row per event with FLAT_COLUMNS. */
import { csvRecord } from '../cli/format-csv.js';
import type { StreamedEventRow } from '../store/store.js';
import { FLAT_COLUMNS } from './rows.js';

/** The header record. */
export function csvHeader(): string {
  return csvRecord(FLAT_COLUMNS.map((c) => c.name));
}

/** One event as a CSV record, ending in CRLF. */
export function csvLine(row: StreamedEventRow): string {
  return csvRecord(FLAT_COLUMNS.map((c) => c.value(row)));
}
