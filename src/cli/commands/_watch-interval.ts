/** `--every` values of `dyad watch`: `30s`, `15m`, `1h`. */
import { CliError } from '../cli-error.js';

const INTERVAL = /^(\d{1,7})(s|m|h)$/;
const UNIT_MS: ReadonlyMap<string, number> = new Map([
  ['s', 1000],
  ['m', 60_000],
  ['h', 3_600_000],
]);

/** The shortest interval: polling a site more often than this is not polite. */
export const MIN_INTERVAL_MS = 10_000;
/** The longest interval: a week (timers cannot wait much longer than 24 days). */
export const MAX_INTERVAL_MS = 7 * 24 * 3_600_000;

/**
 * Parses a poll interval into milliseconds; refuses one under 10 s or over a week (exit 2).
 * @example parseInterval('15m') // 900000
 */
export function parseInterval(value: string): number {
  const m = INTERVAL.exec(value.trim().toLowerCase());
  const ms = m ? Number(m[1]) * (UNIT_MS.get(m[2] ?? '') ?? 0) : Number.NaN;
  if (Number.isNaN(ms)) throw new CliError(`--every expects a number and a unit (30s, 15m, 1h); got "${value}"`, 2);
  if (ms < MIN_INTERVAL_MS)
    throw new CliError(`--every must be at least 10s, to be polite to servers; got "${value}"`, 2);
  if (ms > MAX_INTERVAL_MS) throw new CliError(`--every must be at most 168h (a week); got "${value}"`, 2);
  return ms;
}
