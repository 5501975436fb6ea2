import { describe, expect, it } from 'vitest';
import { isStoreFailure, storeFailureMessage } from './_ingest-store-errors.js';

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('store failures that stop an ingest', () => {
  it.each([
    ['SQLITE_FULL', 'database or disk is full', true, 'disk full (SQLITE_FULL: database or disk is full)'],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', true, 'input/output error (SQLITE_IOERR_WRITE: disk I/O error)'],
    [
      'SQLITE_READONLY',
      'attempt to write a readonly database',
      true,
      'read-only database (SQLITE_READONLY: attempt to write a readonly database)',
    ],
    [
      'SQLITE_CANTOPEN',
      'unable to open database file',
      true,
      'cannot open the file (SQLITE_CANTOPEN: unable to open database file)',
    ],
    [
      'SQLITE_CONSTRAINT_NOTNULL',
      'NOT NULL constraint failed: events.code',
      false,
      'NOT NULL constraint failed: events.code',
    ],
    ['SQLITE_FULLY_MADE_UP', 'not a real code', false, 'not a real code'],
    ['', 'a bug', false, 'a bug'],
  ])('%s → stops: %s', (code, message, stops, shown) => {
    const error = sqliteError(code, message);
    expect(isStoreFailure(error)).toBe(stops);
    expect(storeFailureMessage(error)).toBe(shown);
  });

  it('takes anything thrown', () => {
    expect(isStoreFailure('text')).toBe(false);
    expect(isStoreFailure(null)).toBe(false);
    expect(storeFailureMessage('text')).toBe('text');
  });
});
