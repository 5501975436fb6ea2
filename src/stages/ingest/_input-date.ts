/** Publication dates as inputs give them: `YYYY-MM-DD`, or an ISO 8601 timestamp. */
import { isIsoDate } from '../../core/article.js';

// `2024-01-05`, `2024-01-05T09:30`, `2024-01-05 09:30:00.123+08:00`, `2024-01-05T09:30:00Z`.
// Each quantifier stands on its own character class, so matching is linear.
const INPUT_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The calendar date of a `YYYY-MM-DD` date or an ISO timestamp, as written (a timestamp's
 * own date, not converted to UTC: it is the publisher's local day). Null when malformed.
 * @example parseInputDate('2024-01-05T23:30:00-05:00') // '2024-01-05'
 */
export function parseInputDate(value: string): string | null {
  const m = INPUT_DATE.exec(value.trim());
  const day = m?.[1];
  return day !== undefined && isIsoDate(day) ? day : null;
}
