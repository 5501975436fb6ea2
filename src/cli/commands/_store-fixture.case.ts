/** A temporary database holding the sample documents, for the tests of the read commands. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { osloDocument, smallDocument, tokyoDocument } from '../../store/sample-documents.case.js';
import { createSqliteStore } from '../../store/sqlite/sqlite-store.js';

/** Creates a database with the Oslo, Tokyo and an undated Paris document; `remove()` deletes it. */
export async function sampleDatabase(): Promise<{ db: string; dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  const db = join(dir, 'sample.db');
  const store = createSqliteStore(db);
  const paris = smallDocument({
    id: 'paris-undated',
    date: null,
    text: 'France criticized Germany, its neighbour, over "the budget rules".',
    source: ['France', 'FRA'],
    target: ['Germany', 'DEU'],
    verb: 'criticized',
    code: '111',
    name: 'Criticize or denounce',
  });
  await store.putDocuments([osloDocument(), tokyoDocument(), paris]);
  await store.close();
  return { db, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
