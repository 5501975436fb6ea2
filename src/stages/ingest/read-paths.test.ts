import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article.js';
import { formatProblem, type Outcome } from '../../core/problem.js';
import { readInputs } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);

const temporary: string[] = [];
function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function collect(outcomes: AsyncIterable<Outcome<Article>>): Promise<Outcome<Article>[]> {
  const all: Outcome<Article>[] = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

/** One line per outcome: the article's origin and date, or the problem as the CLI prints it. */
const summary = (o: Outcome<Article>) => (o.ok ? `${o.value.origin} ${o.value.date}` : formatProblem(o.problem));

describe('readInputs on a directory', () => {
  it('reads .txt, .jsonl and .ndjson recursively in sorted order, passing over hidden files', async () => {
    const tree = fixture('tree');
    const outcomes = await collect(readInputs([tree]));
    expect(outcomes.map(summary)).toEqual([
      `${tree}/a-first.txt 2022-06-30`,
      `${tree}/sub/b-feed.jsonl:1 2022-07-02`,
      `${tree}/sub/b-feed.jsonl:2 2022-07-03`,
      `${tree}/sub/c-more.ndjson:1 2022-07-04`,
      `${tree}/sub/d-last.txt 2022-07-05`,
    ]);
  });

  it('warns once for the other files, on the first article read', async () => {
    const tree = fixture('tree');
    const outcomes = await collect(readInputs([tree]));
    expect(outcomes.map((o) => (o.ok ? o.warnings.map(formatProblem) : []))).toEqual([
      [
        `${tree}: skipped 2 files of other types (.csv, .md); directories are read for .txt, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom`,
      ],
      [],
      [],
      [],
      [],
    ]);
  });

  it('warns that an empty directory holds no article files', async () => {
    const dir = makeTempDir();
    expect(await collect(readInputs([dir]))).toEqual([
      {
        ok: false,
        problem: {
          input: dir,
          severity: 'warning',
          message: 'no article files in this directory (.txt, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom)',
        },
      },
    ]);
  });

  it('gives the warning alone when the directory holds no article', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    const outcomes = await collect(readInputs([dir]));
    expect(outcomes).toEqual([
      {
        ok: false,
        problem: {
          input: dir,
          severity: 'warning',
          message:
            'skipped 1 file of other types (.md); directories are read for .txt, .jsonl, .ndjson, .html, .htm, .xml, .rss, .atom',
        },
      },
    ]);
  });
});

describe('readInputs on several paths', () => {
  it('reads each path in the order given and goes on past a bad one', async () => {
    const paths = [fixture('next-line.txt'), fixture('missing.txt'), fixture('bad-date.txt'), fixture('no-date.txt')];
    const outcomes = await collect(readInputs(paths));
    expect(outcomes.map(summary)).toEqual([
      `${fixture('next-line.txt')} 2023-11-02`,
      `${fixture('missing.txt')}: no such file or directory`,
      `${fixture('bad-date.txt')}: malformed date "2024-13-45" in the \`date\` header; expected YYYY-MM-DD`,
      `${fixture('no-date.txt')} null`,
    ]);
    expect(outcomes[3]?.ok && outcomes[3].warnings.map(formatProblem)).toEqual([
      `${fixture('no-date.txt')}: no \`date YYYY-MM-DD\` line; date unknown`,
    ]);
  });

  it('closes the file when the consumer stops early', async () => {
    const seen: string[] = [];
    for await (const outcome of readInputs([fixture('feed.jsonl'), fixture('next-line.txt')])) {
      seen.push(summary(outcome));
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([`${fixture('feed.jsonl')}:1 2024-02-07`, `${fixture('feed.jsonl')}:2 2024-02-08`]);
  });

  it('gives the same ids on a second run', async () => {
    const paths = [fixture('same-line.txt'), fixture('tree')];
    const ids = async () => (await collect(readInputs(paths))).flatMap((o) => (o.ok ? [o.value.id] : []));
    const first = await ids();
    expect(first).toHaveLength(6);
    expect(new Set(first).size).toBe(6);
    expect(await ids()).toEqual(first);
  });

  it('sniffs a file with another extension: JSONL when it starts with {', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'feed.json'), '{"id":"j1","date":"2024-05-02","text":"Togo ratified the accord."}\n');
    writeFileSync(join(dir, 'story'), 'date 2024-05-03\nGhana welcomed the ratification.\n');
    const outcomes = await collect(readInputs([join(dir, 'feed.json'), join(dir, 'story')]));
    expect(outcomes.map(summary)).toEqual([
      `${join(dir, 'feed.json')}:1 2024-05-02`,
      `${join(dir, 'story')} 2024-05-03`,
    ]);
  });
});

describe('readInputs on stdin', () => {
  it('reads JSONL when the first character is {', async () => {
    const stdin = Readable.from(['\n  {"id":"s1","date":"2024-05-02","text":"Togo rat', 'ified the accord."}\n']);
    const outcomes = await collect(readInputs(['-'], { stdin }));
    expect(outcomes.map((o) => (o.ok ? [o.value.id, o.value.origin] : o.problem.message))).toEqual([['s1', '-:2']]);
  });

  it('reads the text format otherwise', async () => {
    const stdin = Readable.from([Buffer.from(' date 2024-05-02 Ghana and Togo signed a border accord on Thursday.')]);
    const outcomes = await collect(readInputs(['-'], { stdin }));
    expect(outcomes.map(summary)).toEqual(['- 2024-05-02']);
    expect(outcomes[0]?.ok && outcomes[0].value.text).toBe('Ghana and Togo signed a border accord on Thursday.');
  });

  it('reads stdin once, between files', async () => {
    const stdin = Readable.from(['date 2024-05-02\nTogo ratified the accord.\n']);
    const outcomes = await collect(readInputs([fixture('next-line.txt'), '-', '-'], { stdin }));
    expect(outcomes.map(summary)).toEqual([
      `${fixture('next-line.txt')} 2023-11-02`,
      '- 2024-05-02',
      '-: stdin named twice; it is read once',
    ]);
  });

  it('refuses a text article over maxFileBytes on stdin', async () => {
    const stdin = Readable.from([`date 2024-05-02\n${'Togo ratified the accord. '.repeat(100)}`]);
    const outcomes = await collect(readInputs(['-'], { stdin, maxFileBytes: 1000 }));
    expect(outcomes.map(summary)).toEqual(['-: input is larger than 1000 bytes (maxFileBytes): refused']);
  });
});

describe('readInputs on web pages and feeds', () => {
  it('reads an HTML page and every item of a feed, by extension or by sniffing', async () => {
    const dir = makeTempDir();
    const page = readFileSync(new URL('../../../test/fixtures/html/ministry-statement.html', import.meta.url), 'utf8');
    writeFileSync(join(dir, 'page.html'), page);
    writeFileSync(join(dir, 'saved-page'), page);
    writeFileSync(
      join(dir, 'world.rss'),
      readFileSync(new URL('../../../test/fixtures/feeds/world.rss', import.meta.url)),
    );
    const outcomes = await collect(
      readInputs([join(dir, 'page.html'), join(dir, 'saved-page'), join(dir, 'world.rss')]),
    );
    expect(
      outcomes.map((o) => (o.ok ? `${o.value.origin} ${o.value.date} ${o.value.title}` : o.problem.message)),
    ).toEqual([
      `${join(dir, 'page.html')} 2024-03-12 Ministers agree to reopen two border crossings`,
      `${join(dir, 'saved-page')} 2024-03-12 Ministers agree to reopen two border crossings`,
      `${join(dir, 'world.rss')} item 1 2024-03-13 Ghana and Togo sign a security pact`,
      `${join(dir, 'world.rss')} item 2 2024-03-14 Protests in the capital`,
      'feed item has no content, description or summary',
    ]);
  });
});
