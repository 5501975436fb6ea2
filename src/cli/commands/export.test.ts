import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../core/article.js';
import { GDELT_HEADER } from '../../export/gdelt.js';
import { writeParquet } from '../../export/parquet.js';
import { validatePloverRecord } from '../../export/plover.js';
import { FLAT_COLUMNS } from '../../export/rows.js';
import { osloDocument } from '../../store/sample-documents.case.js';
import { createSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { EventQuery, EventRow } from '../../store/store.js';
import { memoryIo } from '../io.js';
import { sampleDatabase } from './_store-fixture.case.js';
import { type ExportOptions, runExport } from './export.js';
import { runIngest } from './ingest.js';

const FIXTURES = new URL('../../../test/fixtures/store/', import.meta.url).pathname;

/** The GDELT 1.0 event columns, in file order, as the GDELT 1.0 codebook (V1.03) and daily files give them. */
const GDELT_1_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...[1, 2].flatMap((n) =>
    [
      'Code',
      'Name',
      'CountryCode',
      'KnownGroupCode',
      'EthnicCode',
      'Religion1Code',
      'Religion2Code',
      'Type1Code',
      'Type2Code',
      'Type3Code',
    ].map((c) => `Actor${n}${c}`),
  ),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...['Actor1Geo', 'Actor2Geo', 'ActionGeo'].flatMap((g) =>
    ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${g}_${c}`),
  ),
  'DATEADDED',
  'SOURCEURL',
];

let sample: Awaited<ReturnType<typeof sampleDatabase>>;
/** Every stored event, as queryEvents gives them. */
let stored: readonly EventRow[];
const out = (name: string) => join(sample.dir, name);
const key = (r: EventRow) => `${r.articleId}/${r.event.id}`;

beforeAll(async () => {
  // The sample documents (Oslo with a place and a URL, Tokyo, undated Paris), then our fixture articles coded by the pipeline.
  sample = await sampleDatabase();
  const files = ['helsinki.txt', 'nairobi.txt', 'feed.jsonl'].map((f) => join(FIXTURES, f));
  await runIngest(files, { db: sample.db }, memoryIo());
  const store = createSqliteStore(sample.db);
  // The Oslo story again from another outlet, one word changed: a near-duplicate, so its events count twice.
  const { url: _, ...oslo } = osloDocument();
  const copy = {
    ...oslo,
    id: articleId('oslo-copy'),
    url: 'https://other.example.net/odesa',
    text: oslo.text.replace('condemned', 'denounced'),
  };
  expect(await store.putDocuments([copy])).toMatchObject([{ status: 'near-duplicate' }]);
  stored = await store.queryEvents();
  await store.close();
});
afterAll(() => sample.remove());

async function exported(options: ExportOptions) {
  const io = memoryIo();
  const summary = await runExport({ db: sample.db, ...options }, io);
  return { summary, out: io.out(), err: io.err() };
}

async function duck<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as T[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; anything else throws. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        value += text[i++];
      }
    }
    fields.push(value);
    if (text[i] === ',') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') {
      records.push(fields);
      fields = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (fields.length > 0) throw new Error('last record has no CRLF');
  return records;
}

describe('dyad export', () => {
  it('has ingested a store with events to export', () => {
    expect(stored.length).toBeGreaterThanOrEqual(6);
    expect(stored.map(key)).toContain('oslo-2025-03-03/e1');
    expect(stored.some((r) => r.articleId === 'lima-1')).toBe(true);
  });

  it('writes JSON Lines: each stored event whole, with its article id, sentence, title and URL', async () => {
    const { summary, out: text, err } = await exported({ format: 'jsonl' });
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.articleId}/${l.id}`)).toEqual(stored.map(key));
    expect(summary).toEqual({ written: stored.length, skipped: {} });
    expect(err).toBe(`dyad export: ${stored.length} events written as jsonl to stdout\n`);
    const oslo = lines.find((l) => l.articleId === 'oslo-2025-03-03' && l.id === 'e1');
    const { articleId, sentenceText, title, url, ...event } = oslo;
    expect(event).toStrictEqual(JSON.parse(JSON.stringify(stored.find((r) => key(r) === 'oslo-2025-03-03/e1')?.event)));
    expect({ title, url }).toEqual({
      title: 'Norway condemns strike on Odesa',
      url: 'https://news.example.org/oslo-odesa',
    });
    expect(sentenceText).toMatch(/^OSLO, March 3/);
    expect(lines.find((l) => l.articleId === 'lima-1')).toMatchObject({ title: 'Peru recalls ambassador' });
    expect(lines.find((l) => l.articleId === 'paris-undated')).not.toHaveProperty('url');
  });

  it('writes RFC 4180 CSV that a strict reader and DuckDB both read back whole', async () => {
    await exported({ format: 'csv', out: out('events.csv') });
    const text = readFileSync(out('events.csv'), 'utf8');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(FLAT_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(stored.length);
    for (const row of rows) expect(row).toHaveLength(FLAT_COLUMNS.length);
    const column = (name: string) => (header ?? []).indexOf(name);
    const paris = rows.find((r) => r[column('article_id')] === 'paris-undated');
    expect(paris?.[column('sentence')]).toBe('France criticized Germany, its neighbour, over "the budget rules".');
    expect(paris?.[column('date')]).toBe('');
    const viaDuck = await duck<{ n: number; sentence: string }>(
      `SELECT count(*)::INTEGER AS n, max(sentence) FILTER (WHERE article_id = 'paris-undated') AS sentence
       FROM read_csv('${out('events.csv')}', header = true, delim = ',', quote = '"', escape = '"', strict_mode = true)`,
    );
    expect(viaDuck).toEqual([{ n: stored.length, sentence: paris?.[column('sentence')] }]);
  });

  it('writes GDELT 1.0 TSV: the 58 codebook columns on every line, read back by DuckDB', async () => {
    expect(GDELT_HEADER).toEqual(GDELT_1_COLUMNS);
    expect(GDELT_HEADER).toHaveLength(58);
    await exported({ format: 'gdelt', out: out('events.tsv') });
    const text = readFileSync(out('events.tsv'), 'utf8');
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(stored.length);
    for (const line of lines) expect(line.split('\t')).toHaveLength(58);
    const names = GDELT_1_COLUMNS.map((c) => `'${c}'`).join(', ');
    const rows = await duck<Record<string, string | null>>(
      `SELECT * FROM read_csv('${out('events.tsv')}', delim = '\t', header = false, quote = '', escape = '',
         all_varchar = true, strict_mode = true, names = [${names}])`,
    );
    expect(rows).toHaveLength(stored.length);
    expect(Object.keys(rows[0] ?? {})).toEqual(GDELT_1_COLUMNS);
    expect(new Set(rows.map((r) => r.GLOBALEVENTID)).size).toBe(stored.length);
    const oslo = rows.find((r) => r.SOURCEURL === 'https://news.example.org/oslo-odesa');
    expect(oslo).toMatchObject({
      SQLDATE: '20250303',
      MonthYear: '202503',
      Year: '2025',
      FractionDate: '2025.1671', // 61 days of 365 gone before 3 March
      Actor1Code: 'NORGOV',
      Actor1Name: 'Espen Barth Eide',
      Actor1CountryCode: 'NOR',
      Actor1Type1Code: 'GOV',
      Actor2Name: 'Russia',
      Actor2Code: null,
      IsRootEvent: '1',
      EventCode: '111',
      EventBaseCode: '111',
      EventRootCode: '11',
      QuadClass: '3',
      GoldsteinScale: '-2',
      NumMentions: '2', // the article and its near-duplicate from another host
      NumSources: '2',
      NumArticles: '2',
      AvgTone: null,
      Actor1Geo_Type: '0',
      ActionGeo_Type: '4',
      ActionGeo_FullName: 'Odesa, Ukraine',
      ActionGeo_CountryCode: null,
      ActionGeo_Lat: '46.4825',
      ActionGeo_Long: '30.7233',
    });
    expect(oslo?.DATEADDED).toMatch(/^20\d{6}$/);
    const paris = rows.find((r) => r.Actor1Code === 'FRA');
    expect(paris).toMatchObject({ NumMentions: '1', NumSources: '1', NumArticles: '1' });
    expect(paris).toMatchObject({
      SQLDATE: null,
      Year: null,
      Actor1CountryCode: 'FRA',
      Actor2Code: 'DEU',
      SOURCEURL: null,
    });
  });

  it('writes PLOVER records with the manual fields only, skipping events without a PLOVER type', async () => {
    const { summary, out: text, err } = await exported({ format: 'plover' });
    const records = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const record of records) expect(validatePloverRecord(record)).toEqual([]);
    const typed = stored.filter((r) => r.event.plover !== undefined && r.event.date !== null);
    const untyped = stored.filter((r) => r.event.plover === undefined).length;
    expect(untyped).toBeGreaterThan(0);
    expect(records.map((r) => r.id)).toEqual(typed.map(key));
    expect(summary.skipped['no PLOVER type']).toBe(untyped);
    expect(err).toContain(`skipped ${untyped}: no PLOVER type`);
    const oslo = records.find((r) => r.id === 'oslo-2025-03-03/e1');
    expect(oslo).toMatchObject({
      date: '2025-03-03',
      source: [{ code: 'NOR', sector: 'GOV', actor_text: 'Espen Barth Eide' }],
      recipient: [{ actor_text: 'Russia' }],
      event: ['ACCUSE'],
      quad_code: 3,
      event_text: ['condemned'],
      event_loc: { name: 'Odesa', latitude: 46.4825, 'country code': 'UA', cc3: 'UKR' },
      cite_info: { url: 'https://news.example.org/oslo-odesa', title: 'Norway condemns strike on Odesa' },
    });
    expect(oslo).not.toHaveProperty('enddate');
  });

  it('writes Parquet that DuckDB reads back: same rows, same values', async () => {
    const { summary } = await exported({ format: 'parquet', out: out('events.parquet') });
    expect(summary.written).toBe(stored.length);
    const rows = await duck<Record<string, unknown>>(
      `SELECT article_id, event_id, code, goldstein, quad_class, lat, article_url, future, span_start
       FROM read_parquet('${out('events.parquet')}')`,
    );
    expect(rows.map((r) => `${r.article_id}/${r.event_id}`)).toEqual(stored.map(key));
    expect(rows.find((r) => r.article_id === 'oslo-2025-03-03' && r.event_id === 'e1')).toEqual({
      article_id: 'oslo-2025-03-03',
      event_id: 'e1',
      code: '111',
      goldstein: -2,
      quad_class: 3,
      lat: 46.4825,
      article_url: 'https://news.example.org/oslo-odesa',
      future: false,
      span_start: stored.find((r) => key(r) === 'oslo-2025-03-03/e1')?.event.span.start,
    });
  });

  it('writes one Parquet row group per N rows as it streams', async () => {
    const store = createSqliteStore(sample.db);
    try {
      expect(await writeParquet(store.iterateEvents(), out('groups.parquet'), 2)).toBe(stored.length);
    } finally {
      await store.close();
    }
    const [meta] = await duck<{ groups: number; rows: number }>(
      `SELECT count(DISTINCT row_group_id)::INTEGER AS groups, sum(row_group_num_rows)::INTEGER AS rows
       FROM (SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('${out('groups.parquet')}'))`,
    );
    expect(meta).toEqual({ groups: Math.ceil(stored.length / 2), rows: stored.length });
  });

  it('writes an empty but valid Parquet file when nothing matches', async () => {
    await exported({ format: 'parquet', out: out('none.parquet'), actor: 'Atlantis' });
    const [row] = await duck<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM read_parquet('${out('none.parquet')}')`,
    );
    expect(row?.n).toBe(0);
  });

  const FILTERS: readonly (readonly [string, EventQuery])[] = [
    ['--from', { from: '2025' }],
    ['--to', { to: '2024-11' }],
    ['--from and --to', { from: '2025-02-01', to: '2025-02-28' }],
    ['--actor code prefix', { actor: 'NOR' }],
    ['--actor name', { actor: 'germany' }],
    ['--code', { code: '11' }],
    ['all together', { actor: 'FIN', code: '0', from: '2025-02' }],
  ];

  it.each(FILTERS)('filters like dyad events: %s', async (_, query) => {
    const store = createSqliteStore(sample.db);
    const want = (await store.queryEvents(query)).map(key);
    await store.close();
    const { out: text } = await exported({ format: 'jsonl', ...query });
    const got =
      text === ''
        ? []
        : text
            .trimEnd()
            .split('\n')
            .map((l) => JSON.parse(l));
    expect(got.map((l) => `${l.articleId}/${l.id}`)).toEqual(want);
    await exported({ format: 'gdelt', out: out('filtered.tsv'), ...query });
    expect(readFileSync(out('filtered.tsv'), 'utf8').split('\n').length - 1).toBe(want.length);
  });

  it('filters select some events but not all', async () => {
    const counts = await Promise.all(
      FILTERS.map(async ([, q]) => (await exported({ format: 'jsonl', ...q })).summary.written),
    );
    expect(counts.every((n) => n > 0 && n < stored.length)).toBe(true);
  });

  it('rejects a missing or unknown format, Parquet to stdout and a missing database as usage errors', async () => {
    await expect(exported({})).rejects.toMatchObject({ exitCode: 2 });
    await expect(exported({ format: 'xml' })).rejects.toMatchObject({ exitCode: 2 });
    await expect(exported({ format: 'parquet' })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runExport({ format: 'csv', db: out('missing.db') }, memoryIo())).rejects.toThrow(/no database at/);
  });
});

describe('validatePloverRecord', () => {
  const good = { id: 'a/e1', date: '2025-03-03', source: [{ code: 'NOR', sector: 'GOV' }], event: ['ACCUSE'] };

  it.each([
    ['a minimal record', good, []],
    ['a missing id', { ...good, id: undefined }, ['id: required', 'id: must be a non-empty string']],
    ['a field outside the manual', { ...good, actor: 'NOR' }, ['record: unknown field "actor"']],
    ['a partial date', { ...good, date: '2025-03' }, ['date: not YYYY-MM-DD']],
    ['a CAMEO code as event', { ...good, event: ['111'] }, ['event: unknown category "111"']],
    [
      'a source that is not a list',
      { ...good, source: { code: 'NOR' } },
      ['source: must be a non-empty list of actor objects'],
    ],
    ['an unknown actor field', { ...good, source: [{ country: 'NOR' }] }, ['source[0]: unknown field "country"']],
    ['a bad quad code', { ...good, quad_code: 5 }, ['quad_code: not 1, 2, 3 or 4']],
    ['an unknown location field', { ...good, event_loc: { lat: 1 } }, ['event_loc: unknown field "lat"']],
  ])('%s', (_, record, problems) => {
    expect(validatePloverRecord(record)).toEqual(problems);
  });
});
