import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { sampleDatabase } from './_store-fixture.case.js';
import { runArticles } from './articles.js';

let sample: Awaited<ReturnType<typeof sampleDatabase>>;
beforeAll(async () => {
  sample = await sampleDatabase();
});
afterAll(() => sample.remove());

describe('dyad articles', () => {
  it('prints a table by date, undated last, with event and actor counts', async () => {
    const io = memoryIo();
    expect(await runArticles({ db: sample.db }, io)).toBe(3);
    expect(io.out().split('\n')).toEqual([
      'id                date        events  actors  chars  title',
      '----------------  ----------  ------  ------  -----  -------------------------------',
      'tokyo-2024-11-20  2024-11-20  1       0       64',
      'oslo-2025-03-03   2025-03-03  2       4       283    Norway condemns strike on Odesa',
      'paris-undated                 1       0       66',
      '',
    ]);
  });

  it('prints JSON Lines of article summaries, paged', async () => {
    const io = memoryIo();
    await runArticles({ db: sample.db, format: 'json', limit: 1, offset: 1 }, io);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      id: 'oslo-2025-03-03',
      date: '2025-03-03',
      title: 'Norway condemns strike on Odesa',
      url: 'https://news.example.org/oslo-odesa',
      events: 2,
      actors: 4,
    });
  });

  it.each([
    [{ from: '2025' }, ['oslo-2025-03-03']],
    [{ to: '2024-12-31' }, ['tokyo-2024-11-20']],
  ])('filters by publication date: %j', async (filters, ids) => {
    const io = memoryIo();
    await runArticles({ db: sample.db, format: 'json', ...filters }, io);
    const got = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(got).toEqual(ids);
  });

  it('rejects the csv format, which only events have', async () => {
    await expect(runArticles({ db: sample.db, format: 'csv' }, memoryIo())).rejects.toMatchObject({ exitCode: 2 });
  });
});
