import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedDocument } from '../../core/document.js';
import { osloDocument, smallDocument, tokyoDocument } from '../sample-documents.case.js';
import type { EventQuery, EventRow } from '../store.js';
import { iterateEventRows } from './_iterate.js';
import { createSqliteStore } from './sqlite-store.js';

/** Small articles whose dates tie, nest (`2024-01` before `2024-01-01`) and are missing, so pages split ties. */
function documents(): CodedDocument[] {
  const dates = ['2024-01-02', '2024-01-02', '2024-01-01', null, null, '2024-01', '2025', '2024-01-02'];
  const docs = dates.map((date, i) =>
    smallDocument({
      id: `doc-${String.fromCharCode(104 - i)}`, // ids run backwards against the insertion order
      date,
      text: `Country ${i} criticized Germany over rule ${i}.`,
      source: [`Country ${i}`, i % 2 === 0 ? 'FRA' : 'ITA'],
      target: ['Germany', 'DEU'],
      verb: 'criticized',
      code: i % 3 === 0 ? '111' : '051',
      name: 'Test event',
    }),
  );
  return [...docs, osloDocument(), tokyoDocument()];
}

const key = (r: EventRow) => `${r.articleId}/${r.event.id}`;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-iterate-'));
  file = join(dir, 'iterate.db');
  const store = createSqliteStore(file);
  await store.putDocuments(documents());
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expected(query: EventQuery): Promise<string[]> {
  const store = createSqliteStore(file);
  try {
    return (await store.queryEvents(query)).map(key);
  } finally {
    await store.close();
  }
}

async function iterated(query: EventQuery, pageSize: number): Promise<string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const keys: string[] = [];
    for await (const row of iterateEventRows(db, query, pageSize)) keys.push(key(row));
    return keys;
  } finally {
    db.close();
  }
}

const QUERIES: readonly EventQuery[] = [
  {},
  { actor: 'FRA' },
  { actor: 'country 1' },
  { code: '11' },
  { from: '2024-01-02' },
  { to: '2024-01' },
  { limit: 5 },
  { limit: 11 },
  { code: '05', limit: 2 },
];

describe('iterateEventRows', () => {
  it('walks every event once, in queryEvents order, whatever the page size', async () => {
    const all = await expected({});
    expect(all).toHaveLength(11);
    expect(all.at(-1)).toBe('oslo-2025-03-03/e2'); // undated events come last
    for (const pageSize of [1, 2, 3, 4, 1000]) {
      expect(await iterated({}, pageSize)).toEqual(all);
    }
  });

  it.each(QUERIES)('applies filters and limit like queryEvents: %o', async (query) => {
    const want = await expected(query);
    for (const pageSize of [1, 2, 7]) {
      expect(await iterated(query, pageSize)).toEqual(want);
    }
  });

  it('stops at the limit', async () => {
    expect(await iterated({ limit: 3 }, 2)).toHaveLength(3);
    expect(await iterated({ limit: 0 }, 2)).toEqual([]);
  });
});
