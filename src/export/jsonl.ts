/**
 * JSON Lines: one object per event, the stored CodedEvent with its `articleId` and
 * `sentenceText` (as `dyad events --format json` prints it), plus the article's `title`
 * and `url` when the store has them.
 */
import type { StreamedEventRow } from '../store/store.js';

/** One event as a JSON line, ending in `\n`. */
export function jsonLine(row: StreamedEventRow): string {
  const record: Record<string, unknown> = { articleId: row.articleId, ...row.event, sentenceText: row.sentenceText };
  if (row.title !== null) record.title = row.title;
  if (row.url !== null) record.url = row.url;
  return `${JSON.stringify(record)}\n`;
}
