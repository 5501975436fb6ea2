/**
 * Which store errors stop `dyad ingest`: those of the database itself (disk full, read-only,
 * I/O error, corrupt file), after which no batch can be stored. Others (a bad document)
 * cost only the batch, retried article by article.
 */

/** SQLite result codes (primary, before any `_EXTENDED` suffix) that no other batch would escape. */
const FATAL: ReadonlyMap<string, string> = new Map([
  ['SQLITE_FULL', 'disk full'],
  ['SQLITE_IOERR', 'input/output error'],
  ['SQLITE_READONLY', 'read-only database'],
  ['SQLITE_CANTOPEN', 'cannot open the file'],
  ['SQLITE_CORRUPT', 'database file is corrupt'],
  ['SQLITE_NOTADB', 'not a database file'],
  ['SQLITE_PERM', 'permission denied'],
  ['SQLITE_BUSY', 'database locked by another process for too long'],
]);

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

function primary(code: string): string | undefined {
  for (const key of FATAL.keys()) if (code === key || code.startsWith(`${key}_`)) return key;
  return undefined;
}

/** True for an error of the database itself. */
export function isStoreFailure(error: unknown): boolean {
  return primary(codeOf(error)) !== undefined;
}

/** `disk full (SQLITE_FULL: database or disk is full)`, or the error's own message. */
export function storeFailureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = codeOf(error);
  const key = primary(code);
  const plain = key ? FATAL.get(key) : undefined;
  return plain ? `${plain} (${code}: ${message})` : message;
}
