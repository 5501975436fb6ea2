/** Reads the article(s) at an http(s) URL, in the format its content type gives (or sniffed). */
import type { Article } from '../../core/article.js';
import { failure, type Outcome } from '../../core/problem.js';
import type { ReadLimits, ReadOptions } from './_options.js';
import { readSource } from './_read-source.js';
import { fetchUrl } from './fetch-url.js';

/** `scheme://…`: an input fetched (and refused unless http or https), not a file path. */
const URL_PREFIX = /^[a-z][a-z0-9+.-]*:\/\//i;

/** True when an input names a URL rather than a file. */
export function isUrlInput(input: string): boolean {
  return URL_PREFIX.test(input);
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/**
 * Fetches `url` and reads it: a page is one article (its URL the one answered from, unless
 * the page names a canonical one), a feed one per item. A 304 to a conditional request
 * yields nothing. Problems name the URL. Never throws.
 */
export async function* readUrl(
  url: string,
  limits: ReadLimits,
  options: ReadOptions,
): AsyncGenerator<Outcome<Article>> {
  const fetched = await fetchUrl(url, {
    ...options.http,
    maxBytes: limits.maxFileBytes,
    ...(options.httpCache ? { cache: options.httpCache } : {}),
  });
  if (!fetched.ok) {
    yield { ok: false, problem: fetched.problem };
    return;
  }
  if (fetched.value.status === 'not-modified') return;
  const { body, format, finalUrl } = fetched.value;
  if (body.length === 0) {
    yield failure(url, 'empty response body');
    return;
  }
  for await (const outcome of readSource(once(body), url, format, limits)) {
    const page = outcome.ok && outcome.value.origin === url && outcome.value.url === undefined;
    yield page ? { ...outcome, value: { ...outcome.value, url: finalUrl } } : outcome;
  }
}
