import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { sampleDatabase } from './_store-fixture.case.js';
import { runStats } from './stats.js';

let sample: Awaited<ReturnType<typeof sampleDatabase>>;
beforeAll(async () => {
  sample = await sampleDatabase();
});
afterAll(() => sample.remove());

describe('dyad stats', () => {
  it('counts the sample articles and their events', async () => {
    const io = memoryIo();
    const counts = await runStats({ db: sample.db, format: 'json' }, io);
    expect(counts).toMatchObject({ articles: 3, events: 4 });
    expect(JSON.parse(io.out())).toEqual(counts);
  });

  it('prints one table row per kind', async () => {
    const io = memoryIo();
    await runStats({ db: sample.db }, io);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toMatch(/^kind\s+rows$/);
    expect(lines.find((l) => l.startsWith('articles'))).toMatch(/^articles\s+3$/);
  });
});
