import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { sampleDatabase } from './_store-fixture.case.js';
import { runEvents } from './events.js';

let sample: Awaited<ReturnType<typeof sampleDatabase>>;
beforeAll(async () => {
  sample = await sampleDatabase();
});
afterAll(() => sample.remove());

async function events(options: Parameters<typeof runEvents>[0]) {
  const io = memoryIo();
  const count = await runEvents({ db: sample.db, ...options }, io);
  return { count, out: io.out(), err: io.err() };
}

describe('dyad events', () => {
  it('prints an aligned table: date, source, event, target, sentence, article', async () => {
    const { count, out } = await events({ actor: 'NOR' });
    expect(count).toBe(1);
    expect(out.split('\n')).toEqual([
      'date        source                     event                      target  sentence                                                     article',
      '----------  -------------------------  -------------------------  ------  -----------------------------------------------------------  ---------------',
      "2025-03-03  Espen Barth Eide [NORGOV]  111 Criticize or denounce  Russia  OSLO, March 3 \u2014 Norway's foreign minister Espen Barth Eide…  oslo-2025-03-03",
      '',
    ]);
  });

  it('prints JSON Lines with the article id and the sentence', async () => {
    const { out } = await events({ code: '05', format: 'json' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const event = JSON.parse(lines[0] ?? '');
    expect(event).toMatchObject({
      articleId: 'tokyo-2024-11-20',
      id: 'e1',
      code: '051',
      source: { name: 'Japan', code: 'JPN' },
      target: { name: 'India', code: 'IND' },
      date: '2024-11-20',
    });
    expect(event.sentenceText).toBe('Japan praised India on Wednesday for its help after the storm \u{1F30A}.');
  });

  it('prints RFC 4180 CSV with a header, quoting fields that need it', async () => {
    const { out } = await events({ actor: 'France', format: 'csv' });
    const records = out.split('\r\n');
    expect(records[0]).toBe(
      'article_id,event_id,date,date_granularity,code,name,goldstein,quad_class,source_name,source_code,target_name,target_code,text,span_start,span_end,location_name,location_country,lat,lon,sentence',
    );
    expect(records[1]).toBe(
      'paris-undated,e1,,unknown,111,Criticize or denounce,3.4,1,France,FRA,Germany,DEU,criticized,7,17,,,,,"France criticized Germany, its neighbour, over ""the budget rules""."',
    );
    expect(records.slice(2)).toEqual(['']);
  });

  it('says on stderr when the table stops at --limit', async () => {
    expect((await events({ limit: 2 })).err).toBe('dyad: showing the first 2 events; use --limit for more\n');
    expect((await events({ limit: 5 })).err).toBe('');
  });

  it.each([
    ['from a year (undated events left out)', { from: '2025' }, 1],
    ['to a month', { to: '2024-11' }, 1],
    ['CAMEO prefix', { code: '11' }, 2],
    ['limit', { limit: 1 }, 1],
    ['no match', { actor: 'Brazil' }, 0],
  ])('filters: %s', async (_, options, expected) => {
    expect((await events({ ...options, format: 'json' })).count).toBe(expected);
  });

  it('rejects an unknown format and a missing database as usage errors', async () => {
    await expect(events({ format: 'xml' })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runEvents({ db: `${sample.dir}/missing.db` }, memoryIo())).rejects.toThrow(/no database at/);
  });
});
