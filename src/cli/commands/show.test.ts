import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDocument } from '../../store/sample-documents.case.js';
import { memoryIo } from '../io.js';
import { toOutputDocument } from '../output/to-json.js';
import { sampleDatabase } from './_store-fixture.case.js';
import { runShow } from './show.js';

let sample: Awaited<ReturnType<typeof sampleDatabase>>;
beforeAll(async () => {
  sample = await sampleDatabase();
});
afterAll(() => sample.remove());

describe('dyad show', () => {
  it('prints the same JSON as `dyad code --format json` for the stored article', async () => {
    const io = memoryIo();
    await runShow('oslo-2025-03-03', { db: sample.db, format: 'json' }, io);
    expect(JSON.parse(io.out())).toEqual(JSON.parse(JSON.stringify(toOutputDocument(osloDocument()))));
  });

  it('prints a readable report with the events, quotes and claims', async () => {
    const io = memoryIo();
    await runShow('oslo-2025-03-03', { db: sample.db }, io);
    const out = io.out();
    expect(out).toMatch(/^Article oslo-2025-03-03 {2}· {2}2025-03-03 {2}· {2}Norway condemns strike on Odesa\n/);
    expect(out).toContain('Espen Barth Eide [NORGOV]');
    expect(out).toContain('111 Criticize or denounce');
    expect(out).toContain('at least 12 people');
    expect(out).toContain('Odesa  UKR  46.48, 30.72  city');
  });

  it('fails with exit code 1 for an unknown id', async () => {
    await expect(runShow('no-such-article', { db: sample.db }, memoryIo())).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringContaining('no article "no-such-article"'),
    });
  });
});
