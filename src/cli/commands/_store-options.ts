/** Options and helpers shared by the commands that read the store: events, articles, show. */
import { existsSync } from 'node:fs';
import { isIsoDate } from '../../core/article.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../cli-error.js';

const YEAR_OR_MONTH = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

/** Validates a `--from`/`--to` value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function parseDatePrefix(value: string): string {
  if (YEAR_OR_MONTH.test(value) || isIsoDate(value)) return value;
  throw new CliError(`expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`, 2);
}

/** Parses a whole number of zero or more (`--offset`). */
export function parseCount(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) {
    throw new CliError(`expected a whole number of 0 or more, got "${value}"`, 2);
  }
  return n;
}

/** Checks a `--format` value against the formats a command knows. */
export function checkFormat<F extends string>(value: string, formats: readonly F[]): F {
  if ((formats as readonly string[]).includes(value)) return value as F;
  throw new CliError(`--format must be one of ${formats.join(', ')}; got "${value}"`, 2);
}

/** Opens an existing store: reading a database that is not there is a usage error, not an empty result. */
export async function openForReading(db: string): Promise<Store> {
  if (db !== ':memory:' && !db.includes('://') && !existsSync(db)) {
    throw new CliError(`no database at ${db} (run "dyad ingest" first, or give --db)`, 2);
  }
  return openStore(db);
}

/** Runs `use` with the store open, closing it afterwards whatever happens. */
export async function withStore<T>(db: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openForReading(db);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
