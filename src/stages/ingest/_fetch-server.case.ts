/**
 * A local web server for the fetch tests, on 127.0.0.1 and an ephemeral port only. Each
 * route plays one situation: a feed with an ETag, a slow answer, an oversized body, a busy
 * server, a redirect, a zip archive. `hits` counts requests per path; `requests` keeps them.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An RSS feed of two items, written for these tests. */
export const FEED_XML = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Chile and Peru open talks</title><link>http://gazette.test/chile-peru</link>
<pubDate>Mon, 08 Jan 2024 09:00:00 GMT</pubDate>
<description>Chile and Peru opened talks on fishing rights in Lima on Monday.</description></item>
<item><title>Kenya recalls envoy</title><link>http://gazette.test/kenya-envoy</link>
<pubDate>Tue, 09 Jan 2024 07:30:00 GMT</pubDate>
<description>Kenya recalled its ambassador to Uganda on Tuesday after a border dispute.</description></item>
</channel></rss>
`;

/** The feed's ETag. */
export const FEED_ETAG = '"gazette-v1"';

/** A plain-text article in the reference format. */
export const TEXT_ARTICLE = 'date 2024-01-10\nNorway offered to mediate between the two governments on Wednesday.\n';

/** A news page, with its publication date in the metadata. */
export const PAGE_HTML = `<!doctype html><html><head><title>Talks resume in Geneva</title>
<meta property="article:published_time" content="2024-01-11T08:00:00Z"></head>
<body><article><h1>Talks resume in Geneva</h1>
<p>Armenian and Azerbaijani negotiators resumed talks in Geneva on Thursday, the Swiss foreign ministry said.</p>
<p>The two delegations agreed to meet again in February to discuss the border commission.</p>
</article></body></html>
`;

type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

/** What a route does on its `hit`-th request (1-based). */
function routes(): Map<string, Handler> {
  return new Map<string, Handler>([
    [
      '/feed.rss',
      (req, res) => {
        if (req.headers['if-none-match'] === FEED_ETAG) res.writeHead(304, { etag: FEED_ETAG }).end();
        else
          res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: FEED_ETAG }).end(FEED_XML);
      },
    ],
    ['/page', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_HTML)],
    ['/article.txt', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT_ARTICLE)],
    [
      '/latin1.txt',
      (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' })
          .end(Buffer.from(TEXT_ARTICLE.replace('Norway', 'Bogotá'), 'latin1')),
    ],
    [
      '/slow',
      (_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT_ARTICLE), 2000),
    ],
    ['/slow-body', (_req, res) => stallMidBody(res)],
    ['/big', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000))],
    ['/big-stream', (_req, res) => streamWithoutLength(res, 5000)],
    [
      '/busy-then-ok',
      (_req, res, hit) =>
        hit === 1 ? busy(res, '0') : res.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT_ARTICLE),
    ],
    ['/always-busy', (_req, res) => res.writeHead(429, { 'retry-after': '0' }).end()],
    ['/moved', (_req, res) => res.writeHead(301, { location: '/feed.rss' }).end()],
    ['/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end()],
    ['/to-ftp', (_req, res) => res.writeHead(302, { location: 'ftp://127.0.0.1/feed' }).end()],
    [
      '/archive.zip',
      (_req, res) => res.writeHead(200, { 'content-type': 'application/zip' }).end(Buffer.from('PK\x03\x04zip')),
    ],
    [
      '/odd-charset',
      (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=x-klingon' }).end('qapla'),
    ],
    ['/missing', (_req, res) => res.writeHead(404).end('not here')],
    ['/empty', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end()],
    ['/undeclared', (_req, res) => res.writeHead(200).end(FEED_XML)],
  ]);
}

function busy(res: ServerResponse, retryAfter: string): void {
  res.writeHead(503, { 'retry-after': retryAfter }).end();
}

function stallMidBody(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(TEXT_ARTICLE.length) });
  res.write(TEXT_ARTICLE.slice(0, 10));
  setTimeout(() => res.end(TEXT_ARTICLE.slice(10)), 2000);
}

function streamWithoutLength(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
  for (let sent = 0; sent < bytes; sent += 500) res.write('y'.repeat(500));
  res.end();
}

/** A running test server: `url(path)` addresses it; `close()` stops it. */
export interface TestServer {
  url(path: string): string;
  readonly hits: Map<string, number>;
  readonly requests: IncomingMessage[];
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 and a port the system picks. */
export async function startTestServer(): Promise<TestServer> {
  const table = routes();
  const hits = new Map<string, number>();
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    requests.push(req);
    const handler = table.get(path);
    if (handler) handler(req, res, hit);
    else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    requests,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
