import { describe, expect, it } from 'vitest';
import { httpSettings } from './_fetch-options.js';
import { isRetryableStatus, retryAfterMs, retryWaitMs } from './_fetch-retry.js';

const NOW = Date.parse('2024-01-05T12:00:00Z');

describe('retryAfterMs', () => {
  it.each([
    ['delay-seconds', '120', 120_000],
    ['zero', '0', 0],
    ['an HTTP date 30 s ahead', 'Fri, 05 Jan 2024 12:00:30 GMT', 30_000],
    ['an HTTP date already past', 'Fri, 05 Jan 2024 11:00:00 GMT', 0],
    ['nonsense', 'soon', null],
    ['a negative number', '-5', null],
    ['no header', null, null],
  ])('%s', (_, header, ms) => {
    expect(retryAfterMs(header, NOW)).toBe(ms);
  });
});

describe('retryWaitMs', () => {
  const settings = httpSettings({ backoffMs: 1000, maxWaitMs: 30_000 });
  it.each([
    ['doubles the backoff per try', 1, null, 1000],
    ['doubles the backoff per try (second wait)', 2, null, 2000],
    ['takes what the server asked', 1, 5000, 5000],
    ['caps what the server asked', 1, 3_600_000, 30_000],
    ['caps the backoff', 10, null, 30_000],
  ])('%s', (_, attempt, asked, ms) => {
    expect(retryWaitMs(attempt, asked, settings)).toBe(ms);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [429, true],
    [503, true],
    [500, false],
    [404, false],
  ])('%i → %s', (status, retry) => {
    expect(isRetryableStatus(status)).toBe(retry);
  });
});
