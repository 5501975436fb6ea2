/**
 * Opens the store a `--db` value names: a SQLite file (or `:memory:`) today; a
 * `postgres://` URL will open the PostgreSQL store once it exists.
 */
import { DyadError } from '../core/problem.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** Opens (creating when needed) the store at `location`. */
export async function openStore(location: string): Promise<Store> {
  if (POSTGRES_URL.test(location)) {
    throw new DyadError('store', 'PostgreSQL stores are not supported yet; give a SQLite file to --db');
  }
  return createSqliteStore(location);
}
