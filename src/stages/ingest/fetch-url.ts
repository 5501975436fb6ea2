/**
 * `fetchUrl`: one web page, feed or JSONL file over HTTP(S), politely: a User-Agent naming
 * dyad, conditional requests from cached validators, a few spaced tries when the server is
 * busy, a time and a size limit. Never throws: every problem is a failure naming the URL.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { failure, type Outcome, success } from '../../core/problem.js';
import { discardBody, readBodyLimited } from './_fetch-body.js';
import { formatOfContentType, toUtf8 } from './_fetch-content-type.js';
import {
  type HttpCache,
  type HttpOptions,
  type HttpSettings,
  type HttpValidators,
  httpSettings,
} from './_fetch-options.js';
import { isRetryableStatus, retryAfterMs, retryWaitMs } from './_fetch-retry.js';
import { DEFAULT_MAX_FILE_BYTES } from './_options.js';
import type { InputFormat } from './_read-source.js';

/** A body fetched, with the format to read it in; or word that it has not changed. */
export type Fetched =
  | {
      readonly status: 'fetched';
      readonly url: string;
      /** The URL answered from, after redirects. */
      readonly finalUrl: string;
      readonly format: InputFormat;
      /** The body as UTF-8 (transcoded when the server named another charset). */
      readonly body: Uint8Array;
      readonly validators: HttpValidators;
    }
  | { readonly status: 'not-modified'; readonly url: string };

/** Settings of one fetch: network settings, the size limit, and the validators cache. */
export interface FetchOptions extends HttpOptions {
  /** Largest body read, in bytes; default 64 MiB, as for files. */
  readonly maxBytes?: number;
  /** Validators sent as If-None-Match / If-Modified-Since, and updated from a 2xx answer. */
  readonly cache?: HttpCache;
}

type Attempt =
  | { readonly kind: 'done'; readonly outcome: Outcome<Fetched> }
  | { readonly kind: 'retry'; readonly reason: string; readonly askedMs: number | null };

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, ' +
  'text/plain;q=0.8, application/x-ndjson;q=0.8, */*;q=0.1';

const isHttp = (url: URL): boolean => url.protocol === 'http:' || url.protocol === 'https:';
const done = (outcome: Outcome<Fetched>): Attempt => ({ kind: 'done', outcome });

function requestHeaders(settings: HttpSettings, cached: HttpValidators | undefined): Headers {
  const headers = new Headers({ 'user-agent': settings.userAgent, accept: ACCEPT });
  if (cached?.etag) headers.set('if-none-match', cached.etag);
  if (cached?.lastModified) headers.set('if-modified-since', cached.lastModified);
  return headers;
}

/** Follows up to `maxRedirects` redirects by hand, so that each target is checked. */
async function follow(
  start: URL,
  init: RequestInit,
  maxRedirects: number,
): Promise<{ response: Response; finalUrl: string } | { error: string }> {
  let current = start;
  for (let hops = 0; ; hops++) {
    const response = await fetch(current, { ...init, redirect: 'manual' });
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return { response, finalUrl: current.href };
    await discardBody(response);
    if (hops >= maxRedirects) return { error: `more than ${maxRedirects} redirects: refused` };
    const next = URL.canParse(location, current.href) ? new URL(location, current) : null;
    if (next === null) return { error: `redirected to an invalid URL "${location}"` };
    if (!isHttp(next)) return { error: `redirected to ${next.href}: only http and https URLs are fetched` };
    current = next;
  }
}

/** Reads a 2xx answer: refuses it by type or size, else returns its body as UTF-8. */
async function readAnswer(url: string, finalUrl: string, response: Response, maxBytes: number) {
  const verdict = formatOfContentType(response.headers.get('content-type'), finalUrl);
  if (!verdict.ok) {
    await discardBody(response);
    return failure<Fetched>(url, verdict.message);
  }
  const raw = await readBodyLimited(response, maxBytes);
  if (raw === null) return failure<Fetched>(url, `response is larger than ${maxBytes} bytes (maxFileBytes): refused`);
  const body = toUtf8(raw, verdict.charset);
  if (body === null) return failure<Fetched>(url, `unknown charset "${verdict.charset}": refused`);
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  const validators = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  return success<Fetched>({ status: 'fetched', url, finalUrl, format: verdict.format, body, validators });
}

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** One try: the request, its redirects and the body, under one timeout. */
async function attempt(start: URL, url: string, settings: HttpSettings, options: FetchOptions): Promise<Attempt> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    const headers = requestHeaders(settings, options.cache?.get(url));
    const followed = await follow(start, { headers, signal }, settings.maxRedirects);
    if ('error' in followed) return done(failure(url, followed.error));
    const { response, finalUrl } = followed;
    if (response.status === 304) {
      await discardBody(response);
      return done(success({ status: 'not-modified', url }));
    }
    if (isRetryableStatus(response.status)) {
      await discardBody(response);
      const askedMs = retryAfterMs(response.headers.get('retry-after'), Date.now());
      return { kind: 'retry', reason: `HTTP ${response.status} ${response.statusText}`.trim(), askedMs };
    }
    if (!response.ok) {
      await discardBody(response);
      return done(failure(url, `HTTP ${response.status} ${response.statusText}`.trim()));
    }
    return done(await readAnswer(url, finalUrl, response, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES));
  } catch (error) {
    if (signal.aborted) return done(failure(url, `no complete answer within ${settings.timeoutMs} ms: timed out`));
    return { kind: 'retry', reason: `network error (${describeNetworkError(error)})`, askedMs: null };
  }
}

/** Keeps the validators of a fresh 2xx answer; forgets old ones the server no longer sends. */
function remember(cache: HttpCache | undefined, url: string, outcome: Outcome<Fetched>): void {
  if (cache === undefined || !outcome.ok || outcome.value.status !== 'fetched') return;
  const { validators } = outcome.value;
  if (validators.etag !== undefined || validators.lastModified !== undefined) cache.set(url, validators);
  else cache.delete(url);
}

/**
 * Fetches one http(s) URL, following redirects, retrying 429, 503 and network errors with
 * exponential backoff (honouring Retry-After, capped). A 304 to a conditional request is
 * `not-modified`. Never throws.
 * @example const got = await fetchUrl('https://example.org/world.rss', { cache });
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Outcome<Fetched>> {
  const start = URL.canParse(url) ? new URL(url) : null;
  if (start === null) return failure(url, 'not a valid URL');
  if (!isHttp(start)) return failure(url, `${start.protocol} URLs are not fetched; only http and https`);
  const settings = httpSettings(options);
  const tries = Math.max(1, settings.tries);
  let reason = '';
  for (let n = 1; n <= tries; n++) {
    const result = await attempt(start, url, settings, options);
    if (result.kind === 'done') {
      remember(options.cache, url, result.outcome);
      return result.outcome;
    }
    reason = result.reason;
    if (n < tries) await delay(retryWaitMs(n, result.askedMs, settings));
  }
  return failure(url, `${reason}, ${tries} ${tries === 1 ? 'try' : 'tries'}: giving up`);
}
