/** Options of the input readers, and their defaults. */
import type { HttpCache, HttpOptions } from './_fetch-options.js';

/** Limits and the stdin stream used by `readInputs`. */
export interface ReadOptions {
  /** Stream read for the path `-`; defaults to `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Largest text-format file read whole into memory, in bytes (JSONL files stream at any size). */
  readonly maxFileBytes?: number;
  /** Longest article text, in UTF-16 code units; also bounds one JSONL line. */
  readonly maxArticleChars?: number;
  /** Validators (ETag, Last-Modified) by URL, sent with each fetch and updated from its answer. */
  readonly httpCache?: HttpCache;
  /** Timeouts, retries and redirects of URL fetches (their size limit is `maxFileBytes`). */
  readonly http?: HttpOptions;
}

/** `ReadOptions` with every limit filled in. */
export interface ReadLimits {
  readonly maxFileBytes: number;
  readonly maxArticleChars: number;
}

/** 64 MiB: far above any news article, low enough to refuse a mistaken disk image. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Two million characters: about 300,000 words, longer than any news article. */
export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

/** Fills in the default limits. */
export function readLimits(options: ReadOptions = {}): ReadLimits {
  return {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxArticleChars: options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS,
  };
}
