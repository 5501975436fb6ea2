/** Reads one input stream (a file or stdin) in a known or sniffed format. */
import type { Article } from '../../core/article.js';
import { failure, type Outcome } from '../../core/problem.js';
import { type ByteSource, collectBytes, peekBytes } from './_byte-source.js';
import { decodeUtf8 } from './_decode-utf8.js';
import type { ReadLimits } from './_options.js';
import { describeBinary, looksLikeJsonl, SNIFF_BYTES } from './_sniff-bytes.js';
import { looksLikeFeed, parseFeed } from './read-feed.js';
import { parseHtmlArticle } from './read-html.js';
import { readJsonl } from './read-jsonl.js';
import { parseTextArticle } from './read-text.js';

/** Formats a file can be read in. */
export type FileFormat = 'text' | 'jsonl' | 'html' | 'feed';
/** `sniff`: JSONL when the first non-blank character is `{`, HTML or a feed when it is `<`, else text. */
export type InputFormat = FileFormat | 'sniff';

/** Sniffs the format from the first bytes. */
function sniffFormat(head: Uint8Array): FileFormat {
  if (looksLikeJsonl(head)) return 'jsonl';
  const start = new TextDecoder('utf-8').decode(head).trimStart();
  if (!start.startsWith('<')) return 'text';
  return looksLikeFeed(start) ? 'feed' : 'html';
}

/** Decodes a whole web page or feed and reads its article(s). */
function readMarkup(
  bytes: Uint8Array | null,
  input: string,
  format: 'html' | 'feed',
  limits: ReadLimits,
): Outcome<Article>[] {
  if (bytes === null)
    return [failure(input, `input is larger than ${limits.maxFileBytes} bytes (maxFileBytes): refused`)];
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return [failure(input, `invalid UTF-8 at byte ${decoded.offset}: refused`)];
  return format === 'html' ? [parseHtmlArticle(decoded.text, input)] : parseFeed(decoded.text, input);
}

/** Decodes and parses a whole text-format input, checking the length limits. */
export function readTextBytes(bytes: Uint8Array | null, input: string, limits: ReadLimits): Outcome<Article> {
  if (bytes === null) {
    return failure(input, `input is larger than ${limits.maxFileBytes} bytes (maxFileBytes): refused`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return failure(input, `invalid UTF-8 at byte ${decoded.offset}: refused`);
  const parsed = parseTextArticle(decoded.text, input);
  if (parsed.ok && parsed.value.text.length > limits.maxArticleChars) {
    const length = parsed.value.text.length;
    return failure(input, `article text has ${length} characters, over the limit of ${limits.maxArticleChars}`);
  }
  return parsed;
}

/**
 * Reads one input: refuses empty and binary ones, then parses it as one text article or
 * streams it as JSONL. `input` names it in every outcome (`-` for stdin).
 */
export async function* readSource(
  source: ByteSource,
  input: string,
  format: InputFormat,
  limits: ReadLimits,
): AsyncGenerator<Outcome<Article>> {
  const { head, all } = await peekBytes(source, SNIFF_BYTES);
  if (head.length === 0) {
    yield failure(input, input === '-' ? 'empty input on stdin' : 'empty file');
    return;
  }
  const binary = describeBinary(head);
  if (binary !== null) {
    yield failure(input, binary);
    return;
  }
  const resolved = format === 'sniff' ? sniffFormat(head) : format;
  if (resolved === 'jsonl') {
    yield* readJsonl(all, input, limits);
    return;
  }
  if (resolved === 'html' || resolved === 'feed') {
    yield* readMarkup(await collectBytes(all, limits.maxFileBytes), input, resolved, limits);
    return;
  }
  yield readTextBytes(await collectBytes(all, limits.maxFileBytes), input, limits);
}
