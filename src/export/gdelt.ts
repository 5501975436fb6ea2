/**
 * GDELT 1.0 event-shaped TSV: one tab-separated line per event, the 58 columns of
 * `gdelt-columns.ts`, no header row (as GDELT's own files; the names are GDELT_HEADER).
 */
import type { StreamedEventRow } from '../store/store.js';
import { GDELT_COLUMNS, type GdeltValue, gdeltEvent } from './gdelt-columns.js';

/** The column names, in file order (GDELT publishes them apart from the data). */
export const GDELT_HEADER: readonly string[] = GDELT_COLUMNS.map((c) => c.name);

/** Tabs and line breaks would split a field or a record: they become spaces. */
const SEPARATORS = /[\t\r\n]/g;

function field(value: GdeltValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : value.replace(SEPARATORS, ' ');
}

/** One event as a GDELT line, ending in `\n`. */
export function gdeltLine(row: StreamedEventRow): string {
  const event = gdeltEvent(row);
  return `${GDELT_COLUMNS.map((c) => field(c.value(event))).join('\t')}\n`;
}
