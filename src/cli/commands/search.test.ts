import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { createProgram } from '../main.js';
import { sampleDatabase } from './_store-fixture.case.js';
import { runSearch } from './search.js';

let sample: Awaited<ReturnType<typeof sampleDatabase>>;
beforeAll(async () => {
  sample = await sampleDatabase();
});
afterAll(() => sample.remove());

describe('dyad search', () => {
  it('prints a table of the hits with their marked snippets', async () => {
    const io = memoryIo();
    expect(await runSearch('Odesa strike', { db: sample.db }, io)).toBe(1);
    const [header, , line] = io.out().split('\n');
    expect(header).toMatch(/^id +date +title +snippet$/);
    expect(line).toMatch(/^oslo-2025-03-03 +2025-03-03 +Norway condemns strike on Odesa +.*«strike» on «Odesa»/);
  });

  it('prints JSON Lines with the rank and the spans of the matches', async () => {
    const io = memoryIo();
    await runSearch('budget', { db: sample.db, format: 'json' }, io);
    const hits = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(hits).toEqual([
      {
        id: 'paris-undated',
        title: null,
        date: null,
        rank: expect.any(Number),
        snippet: 'France criticized Germany, its neighbour, over "the «budget» rules".',
        matches: [{ start: 52, end: 58 }],
      },
    ]);
  });

  it('says so on stderr when nothing matches', async () => {
    const io = memoryIo();
    expect(await runSearch('volcano', { db: sample.db }, io)).toBe(0);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('dyad: no article matches "volcano"\n');
  });

  it('takes FTS5 syntax with --raw, and reports a query it cannot read as a usage error', async () => {
    const io = memoryIo();
    expect(await runSearch('India OR Germany', { db: sample.db, raw: true }, io)).toBe(2);
    expect(await runSearch('India OR Germany', { db: sample.db }, memoryIo())).toBe(0);
    await expect(runSearch('India OR (', { db: sample.db, raw: true }, memoryIo())).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^cannot read the search query "India OR \(": fts5: syntax error/),
    });
  });

  it('refuses an empty query and an unknown format', async () => {
    await expect(runSearch('  ', { db: sample.db }, memoryIo())).rejects.toMatchObject({ exitCode: 2 });
    await expect(runSearch('x', { db: sample.db, format: 'csv' }, memoryIo())).rejects.toMatchObject({ exitCode: 2 });
  });

  it('is registered with its options', () => {
    const search = createProgram().commands.find((c) => c.name() === 'search');
    expect(search?.options.map((o) => o.long)).toEqual(['--db', '--from', '--to', '--limit', '--raw', '--format']);
  });
});
