import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/article.js';
import { formatProblem, type Outcome } from '../../core/problem.js';
import { parseJsonlLine, readJsonl } from './read-jsonl.js';

const FEED = fileURLToPath(new URL('../../../test/fixtures/ingest/feed.jsonl', import.meta.url));

async function collect(outcomes: AsyncIterable<Outcome<Article>>): Promise<Outcome<Article>[]> {
  const all: Outcome<Article>[] = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

const lines = (...rows: string[]) => Readable.from([Buffer.from(rows.join('\n'))]);

describe('readJsonl on a feed with bad lines in the middle', () => {
  it('keeps the good lines and names each bad one by its line number', async () => {
    const outcomes = await collect(readJsonl(createReadStream(FEED), 'feed.jsonl'));
    const good = outcomes.flatMap((o) => (o.ok ? [o.value] : []));
    const bad = outcomes.flatMap((o) => (o.ok ? [] : [formatProblem(o.problem)]));
    expect(good.map((a) => [a.id, a.date, a.origin])).toEqual([
      ['kx-101', '2024-02-07', 'feed.jsonl:1'],
      ['102', '2024-02-08', 'feed.jsonl:2'],
      ['kx-105', null, 'feed.jsonl:6'],
      ['kx-108', '2024-02-11', 'feed.jsonl:9'],
    ]);
    expect(bad).toEqual([
      expect.stringMatching(/^feed\.jsonl line 4: invalid JSON/),
      'feed.jsonl line 5: empty "text" field',
      'feed.jsonl line 7: malformed "date" "10/02/2024"; expected YYYY-MM-DD or an ISO timestamp',
      'feed.jsonl line 8: expected a JSON object, found an array',
    ]);
  });

  it('keeps title and url, drops extra fields, and warns on a null date', async () => {
    const outcomes = await collect(readJsonl(createReadStream(FEED), 'feed.jsonl'));
    expect(outcomes[0]).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'kx-101',
        date: '2024-02-07',
        title: 'Talks resume',
        url: 'https://example.org/kx-101',
        text: 'Negotiators from Serbia and Kosovo met in Brussels on Wednesday for a new round of talks.',
        origin: 'feed.jsonl:1',
      },
    });
    expect(outcomes[1]?.ok && Object.keys(outcomes[1].value)).not.toContain('section');
    const undated = outcomes.find((o) => o.ok && o.value.id === 'kx-105');
    expect(undated?.ok && undated.warnings.map(formatProblem)).toEqual([
      'feed.jsonl line 6: no "date" field; date unknown',
    ]);
  });
});

const RECORDS = [
  { line: '{"text": "Ghana and Togo signed a border accord.", "date": "2024-05-02"}', id: null, date: '2024-05-02' },
  { line: '{"id": 7, "text": "Ghana and Togo signed a border accord."}', id: '7', date: null },
  {
    line: '{"id": "", "text": "Ghana and Togo signed.", "date": "2024-05-02T23:59:59Z"}',
    id: null,
    date: '2024-05-02',
  },
  { line: '  {"text": "Ghana and Togo signed.", "date": "2024-05-02 10:00"}  \r', id: null, date: '2024-05-02' },
] as const;

describe('parseJsonlLine records', () => {
  it.each(RECORDS)('$line', ({ line, id, date }) => {
    const outcome = parseJsonlLine(line, { input: 'accra.jsonl', line: 3 });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.date).toBe(date);
    expect(outcome.value.origin).toBe('accra.jsonl:3');
    if (id === null) expect(outcome.value.id).toMatch(/^[0-9a-f]{16}$/);
    else expect(outcome.value.id).toBe(id);
  });
});

const BAD_RECORDS = [
  { line: '{"text": "Ghana and Togo"', reason: 'invalid JSON' },
  { line: '"just a string"', reason: 'expected a JSON object, found a string' },
  { line: 'null', reason: 'expected a JSON object, found null' },
  { line: '{"date": "2024-05-02"}', reason: 'missing "text" field' },
  { line: '{"text": 42}', reason: '"text" must be a string, found a number' },
  { line: '{"text": "  "}', reason: 'empty "text" field' },
  { line: '{"text": "Accord signed.", "date": "2024-13-01"}', reason: 'malformed "date" "2024-13-01"' },
  { line: '{"text": "Accord signed.", "date": 20240501}', reason: '"date" must be a string, found a number' },
  { line: '{"text": "Accord signed.", "id": {"n": 1}}', reason: '"id" must be a string or a number, found an object' },
] as const;

describe('parseJsonlLine failures', () => {
  it.each(BAD_RECORDS)('$line', ({ line, reason }) => {
    const outcome = parseJsonlLine(line, { input: 'accra.jsonl', line: 12 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toMatchObject({ input: 'accra.jsonl', line: 12, severity: 'error' });
    expect(outcome.problem.message).toContain(reason);
  });
});

describe('readJsonl streaming', () => {
  it('splits lines across chunk boundaries and skips blank lines', async () => {
    const text = '{"id":"a","date":"2024-05-02","text":"Ghana and Togo signed a border accord."}\n\n  \n{"id":"b",';
    const chunks = [text, '"date":"2024-05-03","text":"Togo ratified it."}'].map((s) => Buffer.from(s));
    const outcomes = await collect(readJsonl(Readable.from(chunks), 'x.jsonl'));
    expect(outcomes.map((o) => (o.ok ? [o.value.id, o.value.origin] : o.problem.message))).toEqual([
      ['a', 'x.jsonl:1'],
      ['b', 'x.jsonl:4'],
    ]);
  });

  it('refuses an over-long line without losing the next one', async () => {
    const long = JSON.stringify({ id: 'long', text: 'Ghana and Togo. '.repeat(20_000) });
    const short = JSON.stringify({ id: 'short', date: '2024-05-02', text: 'Togo ratified the accord.' });
    const outcomes = await collect(readJsonl(lines(long, short), 'x.jsonl', { maxArticleChars: 1000 }));
    expect(outcomes[0]).toMatchObject({ ok: false, problem: { input: 'x.jsonl', line: 1 } });
    expect(!outcomes[0]?.ok && outcomes[0]?.problem.message).toMatch(/too long/);
    expect(outcomes[1]?.ok && outcomes[1].value.id).toBe('short');
  });

  it('refuses a text over maxArticleChars on a line under the byte limit', async () => {
    const line = JSON.stringify({ id: 'mid', date: '2024-05-02', text: 'Accord. '.repeat(200) });
    const outcomes = await collect(readJsonl(lines(line), 'x.jsonl', { maxArticleChars: 1000 }));
    expect(outcomes).toMatchObject([{ ok: false, problem: { line: 1, message: expect.stringContaining('1600') } }]);
  });

  it('names a line with invalid UTF-8 and reads the others', async () => {
    const good = Buffer.from('{"id":"ok","date":"2024-05-02","text":"Togo ratified the accord."}\n');
    const bad = Buffer.concat([Buffer.from('{"text":"Lom'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const outcomes = await collect(readJsonl(Readable.from([bad, good]), 'x.jsonl'));
    expect(outcomes[0]).toMatchObject({
      ok: false,
      problem: { line: 1, message: 'invalid UTF-8 at byte 12 of the line' },
    });
    expect(outcomes[1]?.ok && outcomes[1].value.origin).toBe('x.jsonl:2');
  });

  it('strips a byte-order mark from the first line', async () => {
    const outcomes = await collect(
      readJsonl(Readable.from(['\uFEFF{"text":"Togo ratified the accord.","date":"2024-05-02"}']), 'x.jsonl'),
    );
    expect(outcomes[0]?.ok).toBe(true);
  });

  it('reports an input with only blank lines once', async () => {
    const outcomes = await collect(readJsonl(Readable.from(['\n \n\n']), 'blank.jsonl'));
    expect(outcomes).toMatchObject([
      { ok: false, problem: { input: 'blank.jsonl', message: expect.stringContaining('no JSON lines') } },
    ]);
  });
});
