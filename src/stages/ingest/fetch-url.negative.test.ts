import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpCache } from './_fetch-options.js';
import { startTestServer, type TestServer } from './_fetch-server.case.js';
import { fetchUrl } from './fetch-url.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const FAST = { timeoutMs: 1000, backoffMs: 5, maxWaitMs: 20, maxBytes: 1000 } as const;

describe('fetchUrl refuses, naming the URL', () => {
  it.each([
    ['a zip archive, by its content type', '/archive.zip', 'content type application/zip is not an article format'],
    [
      'a body over the limit, by its Content-Length',
      '/big',
      'response is larger than 1000 bytes (maxFileBytes): refused',
    ],
    [
      'a body over the limit, while streaming',
      '/big-stream',
      'response is larger than 1000 bytes (maxFileBytes): refused',
    ],
    ['a page not found', '/missing', 'HTTP 404 Not Found'],
    ['a redirect loop', '/loop', 'more than 5 redirects: refused'],
    [
      'a redirect to another scheme',
      '/to-ftp',
      'redirected to ftp://127.0.0.1/feed: only http and https URLs are fetched',
    ],
  ])('%s', async (_, path, message) => {
    const url = server.url(path);
    const got = await fetchUrl(url, FAST);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.problem.input).toBe(url);
    expect(got.problem.message).toContain(message);
  });

  it.each([
    ['ftp://127.0.0.1/feed.rss', 'ftp: URLs are not fetched; only http and https'],
    ['file:///etc/hosts', 'file: URLs are not fetched; only http and https'],
    ['http://', 'not a valid URL'],
  ])('%s without a request', async (url, message) => {
    const before = server.requests.length;
    expect(await fetchUrl(url, FAST)).toEqual({ ok: false, problem: { input: url, message, severity: 'error' } });
    expect(server.requests.length).toBe(before);
  });

  it('keeps the cached validators when the answer is an error', async () => {
    const url = server.url('/missing');
    const cache: HttpCache = new Map([[url, { etag: '"old"' }]]);
    await fetchUrl(url, { ...FAST, cache });
    expect(cache.get(url)).toEqual({ etag: '"old"' });
  });

  it('refuses a charset Node does not know', async () => {
    const got = await fetchUrl(server.url('/odd-charset'), FAST);
    expect(got.ok ? null : got.problem.message).toBe('unknown charset "x-klingon": refused');
  });
});
