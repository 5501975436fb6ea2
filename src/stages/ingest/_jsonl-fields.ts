/** Checks the fields of one parsed JSONL record: `{id?, text, date?, title?, url?}`. */
import { type Problem, warning } from '../../core/problem.js';
import { parseInputDate } from './_input-date.js';
import type { ArticleFields } from './_make-article.js';

/** Where a record came from: the input name and its 1-based line. */
export interface LinePlace {
  readonly input: string;
  readonly line: number;
}

/** The record's article fields and warnings, or the reason it is refused. */
export type FieldCheck =
  | { readonly ok: true; readonly fields: ArticleFields; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): FieldCheck => ({ ok: false, reason });

/** The input's id as a string; undefined (derive one from the content) when absent, null or "". */
function readId(value: unknown): string | undefined | Error {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return new Error(`"id" must be a string or a number, found ${describe(value)}`);
}

function readDate(value: unknown): string | null | Error {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') return new Error(`"date" must be a string, found ${describe(value)}`);
  return parseInputDate(value) ?? new Error(`malformed "date" "${value}"; expected YYYY-MM-DD or an ISO timestamp`);
}

/** Optional string fields: anything but a non-empty string is dropped. */
function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A short name for a JSON value's type, for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Validates one record; extra fields are ignored. */
export function checkFields(record: Readonly<Record<string, unknown>>, place: LinePlace): FieldCheck {
  const { text } = record;
  if (text === undefined) return refuse('missing "text" field');
  if (typeof text !== 'string') return refuse(`"text" must be a string, found ${describe(text)}`);
  if (text.trim() === '') return refuse('empty "text" field');
  const id = readId(record.id);
  if (id instanceof Error) return refuse(id.message);
  const date = readDate(record.date);
  if (date instanceof Error) return refuse(date.message);
  // Plain assignments: conditional spreads cost microseconds per record on a large feed.
  const fields: { -readonly [K in keyof ArticleFields]: ArticleFields[K] } = {
    date,
    text,
    origin: `${place.input}:${place.line}`,
  };
  if (id !== undefined) fields.id = id;
  const title = optionalString(record.title);
  if (title !== undefined) fields.title = title;
  const url = optionalString(record.url);
  if (url !== undefined) fields.url = url;
  const warnings = date === null ? [warning(place.input, 'no "date" field; date unknown', { line: place.line })] : [];
  return { ok: true, fields, warnings };
}
