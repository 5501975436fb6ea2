import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../core/problem.js';
import type { HttpCache } from './_fetch-options.js';
import { FEED_ETAG, FEED_XML, startTestServer, TEXT_ARTICLE, type TestServer } from './_fetch-server.case.js';
import { type Fetched, fetchUrl } from './fetch-url.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Small waits and limits, so that every test is fast. */
const FAST = { timeoutMs: 1000, backoffMs: 5, maxWaitMs: 20, maxBytes: 1000 } as const;

const bodyText = (o: Outcome<Fetched>) =>
  o.ok && o.value.status === 'fetched' ? Buffer.from(o.value.body).toString() : null;
const problemOf = (o: Outcome<Fetched>) => (o.ok ? null : o.problem.message);

describe('fetchUrl', () => {
  it('reads a feed by its content type and keeps its ETag in the cache', async () => {
    const cache: HttpCache = new Map();
    const got = await fetchUrl(server.url('/feed.rss'), { ...FAST, maxBytes: 10_000, cache });
    expect(got.ok && got.value.status === 'fetched' && got.value.format).toBe('feed');
    expect(bodyText(got)).toBe(FEED_XML);
    expect(cache.get(server.url('/feed.rss'))).toEqual({ etag: FEED_ETAG });
  });

  it('sends If-None-Match from the cache and reports a 304 as not modified', async () => {
    const url = server.url('/feed.rss');
    const cache: HttpCache = new Map([[url, { etag: FEED_ETAG, lastModified: 'Mon, 08 Jan 2024 10:00:00 GMT' }]]);
    const got = await fetchUrl(url, { ...FAST, cache });
    expect(got).toEqual({ ok: true, value: { status: 'not-modified', url }, warnings: [] });
    const sent = server.requests.at(-1)?.headers;
    expect(sent?.['if-none-match']).toBe(FEED_ETAG);
    expect(sent?.['if-modified-since']).toBe('Mon, 08 Jan 2024 10:00:00 GMT');
    expect(sent?.['user-agent']).toMatch(/^dyad\//);
    expect(cache.get(url)?.etag).toBe(FEED_ETAG);
  });

  it.each([
    ['plain text', '/article.txt', 'text'],
    ['a feed served without a content type, left to sniffing', '/undeclared', 'sniff'],
  ])('reads %s', async (_, path, format) => {
    const got = await fetchUrl(server.url(path), { ...FAST, maxBytes: 10_000 });
    expect(got.ok && got.value.status === 'fetched' && got.value.format).toBe(format);
  });

  it('transcodes a body whose server names another charset to UTF-8', async () => {
    const got = await fetchUrl(server.url('/latin1.txt'), FAST);
    expect(bodyText(got)).toContain('Bogotá offered to mediate');
  });

  it('follows a redirect and reads the page it leads to', async () => {
    const got = await fetchUrl(server.url('/moved'), { ...FAST, maxBytes: 10_000 });
    expect(got.ok && got.value.status === 'fetched' && got.value.finalUrl).toBe(server.url('/feed.rss'));
    expect(bodyText(got)).toBe(FEED_XML);
  });

  it('tries a 503 again after the wait it asks for, and reads the second answer', async () => {
    const got = await fetchUrl(server.url('/busy-then-ok'), FAST);
    expect(bodyText(got)).toBe(TEXT_ARTICLE);
    expect(server.hits.get('/busy-then-ok')).toBe(2);
  });

  it('gives up on a server that stays busy after three tries', async () => {
    const got = await fetchUrl(server.url('/always-busy'), FAST);
    expect(problemOf(got)).toBe('HTTP 429 Too Many Requests, 3 tries: giving up');
    expect(server.hits.get('/always-busy')).toBe(3);
  });

  it('retries a refused connection, then names the error', async () => {
    const closed = await startTestServer();
    const url = closed.url('/feed.rss');
    await closed.close();
    const got = await fetchUrl(url, { ...FAST, tries: 2 });
    expect(got.ok ? null : got.problem).toEqual({
      input: url,
      message: 'network error (ECONNREFUSED), 2 tries: giving up',
      severity: 'error',
    });
  });

  it.each([
    ['before the headers', '/slow'],
    ['in the middle of the body', '/slow-body'],
  ])('stops waiting for a server stalled %s at the timeout, without retrying', async (_, path) => {
    const started = Date.now();
    const got = await fetchUrl(server.url(path), { ...FAST, timeoutMs: 100 });
    expect(problemOf(got)).toBe('no complete answer within 100 ms: timed out');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(server.hits.get(path)).toBe(1);
  });
});
