/**
 * @module ingest
 * Reads inputs into articles: the `date YYYY-MM-DD` text format, JSONL feeds, directories
 * (recursive) and stdin. Adds nothing to a document: it makes the `Article` the stages start
 * from. Bad input is an `Outcome` failure naming the input (and line), never a throw.
 */
export type { ReadOptions } from './_options.js';
export { parseJsonlLine, readJsonl } from './read-jsonl.js';
export { readInputs } from './read-paths.js';
export { parseTextArticle } from './read-text.js';
