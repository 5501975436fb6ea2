/** Option parsers shared by the commands. */
import { DICTIONARY_KINDS, type DictionaryFile, type DictionaryKind } from '../config.js';
import { isIsoDate } from '../core/article.js';
import { CliError } from './cli-error.js';

const isKind = (value: string): value is DictionaryKind => (DICTIONARY_KINDS as readonly string[]).includes(value);

/**
 * Parses one `--dict KIND=FILE` value; commander calls it once per occurrence.
 * @example program.option('--dict <kind=file>', '...', collectDictionary, [])
 */
export function collectDictionary(value: string, previous: readonly DictionaryFile[] = []): DictionaryFile[] {
  const eq = value.indexOf('=');
  const kind = eq > 0 ? value.slice(0, eq) : '';
  const path = eq > 0 ? value.slice(eq + 1) : '';
  if (!isKind(kind) || path === '') {
    throw new CliError(`--dict expects KIND=FILE with KIND one of ${DICTIONARY_KINDS.join(', ')}; got "${value}"`, 2);
  }
  return [...previous, { kind, path }];
}

/** Validates a `YYYY-MM-DD` option value. */
export function parseDateOption(value: string): string {
  if (!isIsoDate(value)) throw new CliError(`expected a date YYYY-MM-DD, got "${value}"`, 2);
  return value;
}

/** Parses a positive integer option value. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`expected a positive whole number, got "${value}"`, 2);
  return n;
}
