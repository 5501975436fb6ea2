/**
 * @module ingest
 * Reads inputs into articles: the `date YYYY-MM-DD` text format, JSONL feeds, directories
 * (recursive), stdin, and web pages and feeds fetched over http(s). Adds nothing to a document:
 * it makes the `Article` the stages start from. Bad input is an `Outcome` failure naming the
 * input (and line), never a throw.
 */
export type { HttpCache, HttpOptions, HttpValidators } from './_fetch-options.js';
export type { ReadOptions } from './_options.js';
export { type Fetched, type FetchOptions, fetchUrl } from './fetch-url.js';
export { parseJsonlLine, readJsonl } from './read-jsonl.js';
export { readInputs } from './read-paths.js';
export { parseTextArticle } from './read-text.js';
