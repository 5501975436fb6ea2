/**
 * `dyad ingest` on hostile input, run as a child process: binary files, invalid UTF-8, files
 * and JSONL lines over the limits, deeply nested and malformed HTML, archives (a gzip bomb
 * among them), directories, a socket, a FIFO, an unreadable file and a missing one, all in
 * one batch with good articles. Each bad input is one error naming it; the batch goes on;
 * the exit code is 1; the database holds the good articles, each complete.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, parseSummary, runDyad, syntheticArticle, writeCorpus } from './_ingest-child.case.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));
const at = (name: string) => join(dir, name);
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
let socket: Server;

const textArticle = (i: number) => `date ${syntheticArticle(i).date}\n${syntheticArticle(i).text}\n`;

/** Each hostile input, and the error `dyad ingest` must give for it. */
const CASES: readonly (readonly [name: string, expected: RegExp])[] = [
  ['binary.dat', /binary file \(NUL byte at offset \d+\), not a text article: refused/],
  ['invalid-utf8.txt', /invalid UTF-8 at byte 26: refused/],
  ['too-big.txt', /file is \d+ bytes, over the limit of 100000 \(maxFileBytes\): refused/],
  ['long-line.jsonl line 2', /line of 300\d{3} bytes is too long \(limit \d+ bytes\): skipped/],
  ['nested.html', /HTML nested \d+ elements deep \(limit 512\): refused/],
  ['archive.zip', /binary file \(zip archive\), not a text article: refused/],
  ['bomb.txt.gz', /binary file \(gzip archive\), not a text article: refused/],
  ['bomb.jsonl', /binary file \(gzip archive\), not a text article: refused/],
  ['socket', /not a regular file \(socket\): refused/],
  ['fifo.txt', /not a regular file \(FIFO\): refused/],
  ['unreadable.txt', /permission denied/],
  ['no-such-file.txt', /no such file or directory/],
];

beforeAll(async () => {
  writeCorpus(at('good.jsonl'), 0, 10);
  writeFileSync(at('binary.dat'), Buffer.from([0x7f, 0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x42]));
  writeFileSync(
    at('invalid-utf8.txt'),
    Buffer.concat([Buffer.from('date 2024-03-01\nThe mayor '), Buffer.from([0xc3, 0x28]), Buffer.from(' spoke.\n')]),
  );
  writeFileSync(at('too-big.txt'), `date 2024-03-01\n${'The council met again. '.repeat(10_000)}\n`);
  // A 300 KB text in a JSONL line over `--max-article-chars 1000`, then a good line: the file goes on.
  const long = JSON.stringify({ id: 'long', date: '2024-03-01', text: 'x'.repeat(300_000) });
  writeFileSync(at('long-line.jsonl'), `${JSON.stringify(syntheticArticle(10))}\n${long}\n`);
  writeFileSync(at('nested.html'), `<html><body>${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</body></html>`);
  writeFileSync(
    at('malformed.html'),
    `<html><head><title>Talks</title><body><div><p>${syntheticArticle(11).text}<p><b><i>unclosed <div></span></td>`,
  );
  writeFileSync(at('archive.zip'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]));
  // A gzip bomb: 10 KB that would inflate to 10 MB; it is refused by its magic bytes, never inflated.
  const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x20));
  writeFileSync(at('bomb.txt.gz'), bomb);
  writeFileSync(at('bomb.jsonl'), bomb);
  mkdirSync(at('articles/nested'), { recursive: true });
  writeFileSync(at('articles/nested/one.txt'), textArticle(12));
  mkdirSync(at('articles/looks-like-a-file.txt'));
  writeFileSync(at('articles/looks-like-a-file.txt/two.txt'), textArticle(13));
  mkdirSync(at('empty-dir'));
  execFileSync('mkfifo', [at('fifo.txt')]);
  writeFileSync(at('unreadable.txt'), textArticle(14));
  chmodSync(at('unreadable.txt'), 0o000);
  writeFileSync(at('last.txt'), textArticle(15));
  socket = createServer().listen(at('socket'));
  await new Promise((resolve) => socket.once('listening', resolve));
  if (isRoot) for (const name of readdirSync(dir)) chownSync(at(name), NOBODY, NOBODY);
  if (isRoot) chownSync(dir, NOBODY, NOBODY);
});
afterAll(() => {
  socket?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dyad ingest on hostile input', () => {
  it('names every bad input, stores every good article, and exits 1', async () => {
    const inputs = [
      'good.jsonl',
      ...CASES.map(([name]) => name.replace(/ line \d+$/, '')),
      'malformed.html',
      'articles',
      'empty-dir',
      'last.txt',
    ].map(at);
    const db = at('hostile.db');
    // Permissions do not bind root, so as root the child runs as `nobody`.
    const run = await runDyad(
      ['ingest', ...inputs, '--db', db, '--max-file-bytes', '100000', '--max-article-chars', '1000'],
      isRoot ? { uid: NOBODY } : {},
    );
    expect(run.code, run.stderr).toBe(1);
    for (const [name, expected] of CASES) {
      const line = run.stderr.split('\n').find((l) => l.startsWith(`dyad: ${at(name)}`));
      expect(line, `no error line for ${name} in:\n${run.stderr}`).toBeDefined();
      expect(line).toMatch(expected);
    }
    expect(run.stderr.split('\n').filter((l) => l.startsWith('dyad: ') && !l.includes('warning'))).toHaveLength(
      CASES.length,
    );
    expect(run.stderr).toContain(`dyad: warning: ${at('empty-dir')}: no article files in this directory (.txt,`);
    // 10 good lines, the good line of long-line.jsonl, the malformed page, two in articles/, last.txt.
    expect(parseSummary(run.stdout)).toMatchObject({ read: 15, stored: 15, failed: CASES.length });
    const stored = fingerprint(db);
    expect(stored.integrity).toBe('ok');
    expect(stored.orphans).toBe(0);
    expect(Object.keys(stored.articles)).toHaveLength(15);
    expect(statSync(db).size).toBeGreaterThan(0);
  }, 120_000);
});
