/**
 * JSONL (one JSON object per line) reader: `{id?, text, date?, title?, url?}` per line.
 * It streams, so a feed of any size is read in constant memory; a bad line is a failure
 * naming `file line N`, and the lines after it are read as usual.
 */
import type { Article } from '../../core/article.js';
import { failure, type Outcome, success } from '../../core/problem.js';
import type { ByteSource } from './_byte-source.js';
import { decodeUtf8 } from './_decode-utf8.js';
import { checkFields, describe, type LinePlace } from './_jsonl-fields.js';
import { makeArticle } from './_make-article.js';
import { type ReadLimits, type ReadOptions, readLimits } from './_options.js';
import { splitLines } from './_split-lines.js';

/** Room for `id`, `title`, `url` and escapes around a text at the length limit. */
const LINE_SLACK_BYTES = 64 * 1024;
/** A UTF-16 code unit takes at most 3 UTF-8 bytes, so longer lines hold a text over the limit. */
const MAX_BYTES_PER_CHAR = 3;

const lineFailure = (place: LinePlace, reason: string): Outcome<Article> =>
  failure(place.input, reason, { line: place.line });

/** Parses one JSONL line (already decoded) into an article, or a failure naming its line. */
export function parseJsonlLine(line: string, place: LinePlace, limits: ReadLimits = readLimits()): Outcome<Article> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return lineFailure(place, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return lineFailure(place, `expected a JSON object, found ${describe(record)}`);
  }
  const checked = checkFields(record as Record<string, unknown>, place);
  if (!checked.ok) return lineFailure(place, checked.reason);
  const { text } = checked.fields;
  if (text.length > limits.maxArticleChars) {
    return lineFailure(place, `"text" has ${text.length} characters, over the limit of ${limits.maxArticleChars}`);
  }
  return success(makeArticle(checked.fields), checked.warnings);
}

/**
 * Reads a JSONL stream line by line. Blank lines are skipped; an input with no record
 * at all is one failure. Never throws for bad content.
 * @example for await (const o of readJsonl(createReadStream('feed.jsonl'), 'feed.jsonl')) ...
 */
export async function* readJsonl(
  source: ByteSource,
  input: string,
  options: ReadOptions = {},
): AsyncGenerator<Outcome<Article>> {
  const limits = readLimits(options);
  const maxBytes = limits.maxArticleChars * MAX_BYTES_PER_CHAR + LINE_SLACK_BYTES;
  let records = 0;
  for await (const raw of splitLines(toBytes(source), maxBytes)) {
    const place = { input, line: raw.number };
    if (raw.bytes === null) {
      records += 1;
      yield lineFailure(place, `line of ${raw.length} bytes is too long (limit ${maxBytes} bytes): skipped`);
      continue;
    }
    const decoded = decodeUtf8(raw.bytes);
    if (!decoded.ok) {
      records += 1;
      yield lineFailure(place, `invalid UTF-8 at byte ${decoded.offset} of the line`);
      continue;
    }
    if (decoded.text.trim() === '') continue;
    records += 1;
    yield parseJsonlLine(decoded.text, place, limits);
  }
  if (records === 0) yield failure(input, 'no JSON lines (the input is empty or only whitespace)');
}

async function* toBytes(source: ByteSource): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}
