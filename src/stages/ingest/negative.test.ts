import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article.js';
import { formatProblem, type Outcome } from '../../core/problem.js';
import { readInputs } from './index.js';

const ARTICLE = 'date 2024-05-02\nGhana and Togo signed a border accord on Thursday.\n';
const isRoot = process.getuid?.() === 0;

let dir = '';
const path = (name: string) => join(dir, name);

async function summaries(paths: readonly string[], options = {}): Promise<string[]> {
  const all: string[] = [];
  for await (const o of readInputs(paths, options) as AsyncIterable<Outcome<Article>>) {
    all.push(o.ok ? `${o.value.origin} ${o.value.date}` : formatProblem(o.problem));
  }
  return all;
}

function makeFifo(name: string): boolean {
  try {
    execFileSync('mkfifo', [path(name)]);
    return true;
  } catch {
    return false;
  }
}

let socket: Server | undefined;
let hasFifo = false;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-negative-'));
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('nul.txt'), Buffer.from('date 2024-05-02\nGhana\u0000and Togo'));
  writeFileSync(path('report.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
  writeFileSync(path('feed.jsonl'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]));
  writeFileSync(path('scan.txt'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  writeFileSync(path('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
  writeFileSync(path('latin1.txt'), Buffer.concat([Buffer.from('date 2024-05-02\nLom'), Buffer.from([0xe9, 0x20])]));
  writeFileSync(path('big.txt'), `date 2024-05-02\n${'Ghana and Togo signed a border accord. '.repeat(100)}`);
  writeFileSync(path('secret.txt'), ARTICLE);
  chmodSync(path('secret.txt'), 0o000);
  mkdirSync(path('mixed'));
  writeFileSync(path('mixed/a.txt'), ARTICLE);
  writeFileSync(path('mixed/c.txt'), 'date 2024-05-03\nTogo ratified the accord.\n');
  hasFifo = makeFifo('mixed/b-pipe.txt');
  mkdirSync(path('looped/inner'), { recursive: true });
  writeFileSync(path('looped/inner/a.txt'), ARTICLE);
  symlinkSync('..', path('looped/inner/up'));
  symlinkSync('missing.txt', path('looped/inner/broken.txt'));
  socket = createServer();
  await new Promise<void>((resolve) => socket?.listen(path('mixed/b-socket.jsonl'), resolve));
});

afterAll(async () => {
  await new Promise((resolve) => socket?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('bad files are failures naming the file', () => {
  it.each([
    { name: 'missing.txt', message: 'no such file or directory' },
    { name: 'empty.txt', message: 'empty file' },
    { name: 'nul.txt', message: 'binary file (NUL byte at offset 21), not a text article: refused' },
    { name: 'report.txt', message: 'binary file (zip archive), not a text article: refused' },
    { name: 'feed.jsonl', message: 'binary file (gzip archive), not a text article: refused' },
    { name: 'scan.txt', message: 'binary file (PDF document), not a text article: refused' },
    { name: 'utf16.txt', message: 'binary file (UTF-16 text; dyad reads UTF-8), not a text article: refused' },
    { name: 'latin1.txt', message: 'invalid UTF-8 at byte 19: refused' },
  ])('$name: $message', async ({ name, message }) => {
    expect(await summaries([path(name)])).toEqual([`${path(name)}: ${message}`]);
  });

  it('refuses a text file over maxFileBytes before reading it', async () => {
    expect(await summaries([path('big.txt')], { maxFileBytes: 1000 })).toEqual([
      `${path('big.txt')}: file is 3916 bytes, over the limit of 1000 (maxFileBytes): refused`,
    ]);
  });

  it('refuses an article over maxArticleChars', async () => {
    expect(await summaries([path('big.txt')], { maxArticleChars: 500 })).toEqual([
      `${path('big.txt')}: article text has 3899 characters, over the limit of 500`,
    ]);
  });

  it('refuses a socket: not a regular file', async () => {
    const sock = path('mixed/b-socket.jsonl');
    expect(await summaries([sock])).toEqual([`${sock}: not a regular file (socket): refused`]);
  });

  it('refuses a FIFO without blocking on it', async (ctx) => {
    if (!hasFifo) ctx.skip('mkfifo is not available');
    const fifo = path('mixed/b-pipe.txt');
    expect(await summaries([fifo])).toEqual([`${fifo}: not a regular file (FIFO): refused`]);
  });

  it.skipIf(isRoot)('refuses an unreadable file (root reads it anyway)', async () => {
    expect(await summaries([path('secret.txt')])).toEqual([`${path('secret.txt')}: permission denied`]);
  });
});

describe('a directory with bad entries', () => {
  it('fails the bad entries and reads the others', async () => {
    const lines = await summaries([path('mixed')]);
    expect(lines[0]).toBe(`${path('mixed/a.txt')} 2024-05-02`);
    expect(lines).toContain(`${path('mixed/b-socket.jsonl')}: not a regular file (socket): refused`);
    expect(lines.at(-1)).toBe(`${path('mixed/c.txt')} 2024-05-03`);
    expect(lines).toHaveLength(hasFifo ? 4 : 3);
  });

  it('reads everything else in a batch with a missing path, a binary file and a directory', async () => {
    const lines = await summaries([path('report.txt'), path('nowhere'), path('mixed'), path('empty.txt')]);
    expect(lines.filter((l) => l.endsWith('2024-05-02') || l.endsWith('2024-05-03'))).toHaveLength(2);
    expect(lines[0]).toContain('zip archive');
    expect(lines[1]).toBe(`${path('nowhere')}: no such file or directory`);
    expect(lines.at(-1)).toBe(`${path('empty.txt')}: empty file`);
  });
});

describe('symbolic links', () => {
  it('visits a directory once when a link loops back to it, and fails a broken link', async () => {
    expect(await summaries([path('looped')])).toEqual([
      `${path('looped/inner/a.txt')} 2024-05-02`,
      `${path('looped/inner/broken.txt')}: no such file or directory`,
    ]);
  });
});

describe('bad stdin', () => {
  it.each([
    { chunks: [] as Buffer[], message: '-: empty input on stdin' },
    {
      chunks: [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0a])],
      message: '-: binary file (zip archive), not a text article: refused',
    },
    { chunks: [Buffer.from('  \n\t ')], message: '-: no article text (the input is empty or only whitespace)' },
    { chunks: [Buffer.from('{"text": 3}\n')], message: '- line 1: "text" must be a string, found a number' },
  ])('$message', async ({ chunks, message }) => {
    const { Readable } = await import('node:stream');
    expect(await summaries(['-'], { stdin: Readable.from(chunks) })).toEqual([message]);
  });
});
