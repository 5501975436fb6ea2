/**
 * The plain-text article format: optional leading whitespace, a `date YYYY-MM-DD` header,
 * then the body, on the same line or the next one:
 *
 *     date 2024-01-05 The head of the organisation said on Friday ...
 *
 * The stored text is the body with surrounding whitespace trimmed and nothing else
 * changed (no CRLF conversion), so offsets point into exactly what is stored.
 */
import type { Article } from '../../core/article.js';
import { failure, type Outcome, success, warning } from '../../core/problem.js';
import { parseInputDate } from './_input-date.js';
import { makeArticle } from './_make-article.js';

// `date` (or `date:`) then blanks then one token. The keyword is case-insensitive only
// when the token starts with a digit, so a body starting "Date palms ..." is no header.
const HEADER = /date:?[ \t]+(\S+)/iy;
const BARE_HEADER = /date:?[ \t]*(?:\r?\n|$)/y;
const FIRST_NON_SPACE = /\S/g;

interface Header {
  /** The date as written, or null when the header has none. */
  readonly written: string | null;
  /** Where the body starts (before its leading whitespace). */
  readonly end: number;
}

/** Finds the header at `start`; null when the text does not start with one. */
function findHeader(content: string, start: number): Header | null {
  HEADER.lastIndex = start;
  const m = HEADER.exec(content);
  const token = m?.[1];
  if (m && token !== undefined && (m[0].startsWith('date') || /^\d/.test(token))) {
    return { written: token, end: start + m[0].length };
  }
  BARE_HEADER.lastIndex = start;
  const bare = BARE_HEADER.exec(content);
  return bare && content.startsWith('date', start) ? { written: null, end: start + bare[0].length } : null;
}

/** Index of the first non-whitespace character, or the length. */
function firstNonSpace(content: string): number {
  FIRST_NON_SPACE.lastIndex = 0;
  return FIRST_NON_SPACE.exec(content)?.index ?? content.length;
}

/**
 * Parses one article in the text format. A missing header gives date null and a warning;
 * a malformed date or an empty body is a failure naming `origin`.
 * @example parseTextArticle(' date 2024-01-05 The head of ...', 'a.txt') // ok, date '2024-01-05'
 */
export function parseTextArticle(content: string, origin: string): Outcome<Article> {
  const body = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const header = findHeader(body, firstNonSpace(body));
  if (header === null) {
    const text = body.trim();
    if (text === '') return failure(origin, 'no article text (the input is empty or only whitespace)');
    const missing = warning(origin, 'no `date YYYY-MM-DD` line; date unknown');
    return success(makeArticle({ date: null, text, origin }), [missing]);
  }
  if (header.written === null) return failure(origin, '`date` header without a date; expected `date YYYY-MM-DD`');
  const date = parseInputDate(header.written);
  if (date === null) {
    return failure(origin, `malformed date "${header.written}" in the \`date\` header; expected YYYY-MM-DD`);
  }
  const text = body.slice(header.end).trim();
  if (text === '') return failure(origin, `no article text after the \`date ${header.written}\` header`);
  return success(makeArticle({ date, text, origin }));
}
