/** When to try a fetch again, and how long to wait first. */
import type { HttpSettings } from './_fetch-options.js';

/** Statuses that ask a client to come back later: Too Many Requests, Service Unavailable. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** True for a status worth another try. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Milliseconds a Retry-After header asks for: delay-seconds or an HTTP date (RFC 9110 §10.2.3);
 * null when absent or unreadable.
 * @example retryAfterMs('120', Date.now()) // 120000
 */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day (`Fri, 05 Jan 2024 12:00:30 GMT`); `-5` is not one.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The wait before try `attempt + 1` (attempt counts from 1): what the server asked for,
 * else the backoff doubled per try; never more than `maxWaitMs`.
 */
export function retryWaitMs(attempt: number, askedMs: number | null, settings: HttpSettings): number {
  const backoff = settings.backoffMs * 2 ** (attempt - 1);
  return Math.min(askedMs ?? backoff, settings.maxWaitMs);
}
