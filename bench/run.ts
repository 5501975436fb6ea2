/**
 * `npm run bench`: speed and memory of dyad on ../shared/data/news and the PETRARCH
 * validation texts. Prints a table and writes bench/results/<date>.json. Each
 * measurement runs in its own process so that peak RSS is its own.
 * Options: `--scale N` also ingests the news corpus repeated N times with fresh ids.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpora } from './_corpora.js';

const ROOT = resolve(import.meta.dirname, '..');
const DYAD = join(ROOT, 'bin', 'dyad.js');
const EXAMPLE = join(ROOT, 'examples', 'cairo-talks-2024-03-08.txt');

interface Measured {
  readonly mode: string;
  readonly corpus: string;
  readonly articles: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly failed: number;
  readonly stageMs?: Record<string, number>;
}

function measure(mode: string, corpus: string): Measured {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/_measure.ts'), mode, corpus], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Measured;
}

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS in MB. */
function timed(args: readonly string[]): { seconds: number; peakRssMb: number; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-time-'));
  const log = join(dir, 'time.txt');
  let stderr = '';
  try {
    execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', log, process.execPath, DYAD, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    });
  } catch (error) {
    stderr = String((error as { stderr?: string }).stderr ?? error);
  }
  const [seconds = 'NaN', kb = 'NaN'] = execFileSync('cat', [log], { encoding: 'utf8' }).trim().split(/\s+/).slice(-2);
  rmSync(dir, { recursive: true, force: true });
  return { seconds: Number(seconds), peakRssMb: Math.round(Number(kb) / 1024), stderr };
}

function ingest(corpus: ReturnType<typeof loadCorpora>[number], scale: number) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const file = join(dir, 'corpus.jsonl');
  const lines: string[] = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const a of corpus.articles)
      lines.push(
        JSON.stringify({ id: `${a.id}#${copy}`, date: a.date, text: copy ? `${a.text}\n\n(copy ${copy})` : a.text }),
      );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  const run = timed(['ingest', file, '--db', join(dir, 'bench.db')]);
  rmSync(dir, { recursive: true, force: true });
  return { corpus: scale > 1 ? `${corpus.name} ×${scale}` : corpus.name, articles: lines.length, ...run };
}

const per = (n: number, ms: number) => Math.round((n / ms) * 1000);
const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 0;

const rows: Record<string, unknown>[] = [];
for (const corpus of loadCorpora()) {
  const floor = measure('floor', corpus.name);
  const code = measure('code', corpus.name);
  const stageTotal = Object.values(code.stageMs ?? {}).reduce((a, b) => a + b, 0) || 1;
  rows.push({
    corpus: corpus.name,
    articles: code.articles,
    sentences: code.sentences,
    'code sent/s': per(code.sentences, code.ms),
    'code art/s': per(code.articles, code.ms),
    'code tok/s': per(code.tokens, code.ms),
    'code peak MB': code.peakRssMb,
    'floor sent/s': per(floor.sentences, floor.ms),
    'dyad/floor': Number((code.ms / floor.ms).toFixed(2)),
    failed: code.failed,
    stages: Object.entries(code.stageMs ?? {})
      .map(([s, ms]) => `${s} ${Math.round((ms / stageTotal) * 100)}%`)
      .join(', '),
  });
}
const ingests = loadCorpora().map((c) => ingest(c, 1));
if (scale > 1) {
  const news = loadCorpora().find((c) => c.name === 'news');
  if (news) ingests.push(ingest(news, scale));
}
const cold = timed(['code', EXAMPLE, '--format', 'json']);

console.log('\ndyad code (no store), one process, one core:');
console.table(rows.map(({ stages: _s, ...r }) => r));
for (const r of rows) console.log(`  ${r.corpus} time per stage: ${r.stages}`);
console.log('\ndyad ingest (SQLite), whole CLI run:');
console.table(
  ingests.map((i) => ({
    corpus: i.corpus,
    articles: i.articles,
    seconds: i.seconds,
    'art/s': Math.round(i.articles / i.seconds),
    'peak MB': i.peakRssMb,
    error: i.stderr.split('\n').find((l) => l.includes('dyad:')) ?? '',
  })),
);
console.log(`\ncold start, one article (dyad code): ${cold.seconds} s, peak ${cold.peakRssMb} MB`);

const results = { when: new Date().toISOString(), node: process.version, code: rows, ingest: ingests, coldStart: cold };
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results', `${results.when.slice(0, 19).replace(/:/g, '')}.json`),
  JSON.stringify(results, null, 2),
);
writeFileSync(join(ROOT, 'bench/results/latest.json'), JSON.stringify(results, null, 2));
