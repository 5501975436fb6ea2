import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article.js';
import { formatProblem, type Outcome } from '../../core/problem.js';
import { FEED_ETAG, startTestServer, type TestServer } from './_fetch-server.case.js';
import { type HttpCache, type ReadOptions, readInputs } from './index.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const FAST: ReadOptions = { http: { timeoutMs: 1000, backoffMs: 5, maxWaitMs: 20 } };

async function read(paths: string[], options: ReadOptions = FAST): Promise<Outcome<Article>[]> {
  const all: Outcome<Article>[] = [];
  for await (const outcome of readInputs(paths, options)) all.push(outcome);
  return all;
}

/** One line per outcome: the article's date, url and first words, or the problem as the CLI prints it. */
const line = (o: Outcome<Article>) =>
  o.ok ? `${o.value.date} ${o.value.url} ${o.value.text.slice(0, 24)}` : formatProblem(o.problem);

describe('readInputs on URLs', () => {
  it('reads a feed, one article per item, and nothing when it has not changed since', async () => {
    const httpCache: HttpCache = new Map();
    const url = server.url('/feed.rss');
    expect((await read([url], { ...FAST, httpCache })).map(line)).toEqual([
      '2024-01-08 http://gazette.test/chile-peru Chile and Peru opened ta',
      '2024-01-09 http://gazette.test/kenya-envoy Kenya recalled its ambas',
    ]);
    expect(httpCache.get(url)).toEqual({ etag: FEED_ETAG });
    expect(await read([url], { ...FAST, httpCache })).toEqual([]);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe(FEED_ETAG);
  });

  it('reads a page as one article, its URL the one it was fetched from', async () => {
    const url = server.url('/page');
    const [page] = await read([url]);
    expect(page && line(page)).toBe(`2024-01-11 ${url} Armenian and Azerbaijani`);
    expect(page?.ok && page.value.origin).toBe(url);
  });

  it('reads a text article and a redirected feed in the order given', async () => {
    const outcomes = await read([server.url('/article.txt'), server.url('/moved')]);
    expect(outcomes.map(line)).toEqual([
      `2024-01-10 ${server.url('/article.txt')} Norway offered to mediat`,
      '2024-01-08 http://gazette.test/chile-peru Chile and Peru opened ta',
      '2024-01-09 http://gazette.test/kenya-envoy Kenya recalled its ambas',
    ]);
  });

  it.each([
    ['/archive.zip', 'content type application/zip is not an article format'],
    ['/empty', 'empty response body'],
    ['/missing', 'HTTP 404 Not Found'],
  ])('reports %s by its URL, and the batch goes on', async (path, message) => {
    const url = server.url(path);
    const outcomes = await read([url, server.url('/article.txt')]);
    expect(outcomes).toHaveLength(2);
    expect(outcomes.map(line)[0]).toContain(`${url}: ${message}`);
    expect(outcomes[1]?.ok).toBe(true);
  });

  it('refuses a body over maxFileBytes, naming the URL', async () => {
    const url = server.url('/big-stream');
    expect((await read([url], { ...FAST, maxFileBytes: 1000 })).map(line)).toEqual([
      `${url}: response is larger than 1000 bytes (maxFileBytes): refused`,
    ]);
  });

  it('refuses a URL of another scheme without reading a file of that name', async () => {
    expect((await read(['ftp://127.0.0.1/feed.rss'])).map(line)).toEqual([
      'ftp://127.0.0.1/feed.rss: ftp: URLs are not fetched; only http and https',
    ]);
  });
});
