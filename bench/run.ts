/**
 * `npm run bench`: speed and memory of dyad on ../shared/data/news and the PETRARCH
 * validation texts. Prints a table and writes bench/results/<date>.json. Each
 * measurement runs in its own process so that peak RSS is its own.
 * `dyad ingest` runs with one and two coding workers, and on the news corpus repeated N times
 * (`--scale N`, default 10; 0 skips it) with fresh ids and a changed last line, to show that
 * memory does not grow with the corpus. Ends with the goals of issue 7, met or missed.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpora } from './_corpora.js';

const ROOT = resolve(import.meta.dirname, '..');
const DYAD = join(ROOT, 'bin', 'dyad.js');
/**
 * `bench/_measure.ts` bundled by `npm run bench` as the CLI is by `npm run build`: measured through tsx,
 * the code would pay for tsx's transform (it keeps function names, wrapping every closure made in a loop).
 */
const MEASURE = join(ROOT, 'dist', 'bench', 'measure.js');
const EXAMPLE = join(ROOT, 'examples', 'cairo-talks-2024-03-08.txt');
/** The heap cap of `bin/dyad.js`'s first line, which `node bin/dyad.js` would ignore: measure what users run. */
const HEAP_CAP =
  /--max-old-space-size=\d+/.exec(readFileSync(DYAD, 'utf8').split('\n')[0] ?? '')?.[0] ?? '--no-warnings';

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
  const out = execFileSync(process.execPath, [HEAP_CAP, MEASURE, mode, corpus], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Measured;
}

/** Runs a command under /usr/bin/time; returns wall seconds, peak RSS in MB (all threads), and its output. */
function timed(args: readonly string[]): { seconds: number; peakRssMb: number; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-time-'));
  const log = join(dir, 'time.txt');
  let stdout = '';
  let stderr = '';
  try {
    stdout = execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', log, process.execPath, HEAP_CAP, DYAD, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 26,
    });
  } catch (error) {
    stdout = String((error as { stdout?: string }).stdout ?? '');
    stderr = String((error as { stderr?: string }).stderr ?? error);
  }
  const [seconds = 'NaN', kb = 'NaN'] = execFileSync('cat', [log], { encoding: 'utf8' }).trim().split(/\s+/).slice(-2);
  rmSync(dir, { recursive: true, force: true });
  return { seconds: Number(seconds), peakRssMb: Math.round(Number(kb) / 1024), stdout, stderr };
}

/**
 * Writes the corpus `scale` times as JSONL, copy by copy: fresh ids, and from the second copy on
 * a changed last line, so that every article has its own content hash.
 */
function writeScaled(corpus: ReturnType<typeof loadCorpora>[number], scale: number, file: string): number {
  writeFileSync(file, '');
  for (let copy = 0; copy < scale; copy++) {
    const lines = corpus.articles.map((a) =>
      JSON.stringify({ id: `${a.id}#${copy}`, date: a.date, text: copy ? `${a.text}\n\n(copy ${copy})` : a.text }),
    );
    appendFileSync(file, `${lines.join('\n')}\n`);
  }
  return corpus.articles.length * scale;
}

/** Options every bench ingest gets: near-duplicate detection off where it exists, so copies are coded and stored. */
const nearDupOff = timed(['ingest', '--help']).stdout.includes('--near-dup-threshold')
  ? ['--near-dup-threshold', '0']
  : [];

function ingest(corpus: ReturnType<typeof loadCorpora>[number], scale: number, workerCounts: readonly number[]) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const file = join(dir, 'corpus.jsonl');
  const articles = writeScaled(corpus, scale, file);
  const runs = workerCounts.map((workers) => {
    const run = timed([
      'ingest',
      file,
      '--db',
      join(dir, `bench-${workers}.db`),
      '--workers',
      String(workers),
      ...nearDupOff,
    ]);
    const summary = /(\d+) read, (\d+) stored, (?:\d+ near-duplicate, )?(\d+) skipped as duplicate, (\d+) failed/.exec(
      run.stdout,
    );
    return {
      corpus: scale > 1 ? `${corpus.name} ×${scale}` : corpus.name,
      scale,
      workers,
      articles,
      stored: Number(summary?.[2] ?? Number.NaN),
      failed: Number(summary?.[4] ?? Number.NaN),
      ...run,
    };
  });
  rmSync(dir, { recursive: true, force: true });
  return runs;
}

const per = (n: number, ms: number) => Math.round((n / ms) * 1000);
const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 10;

const rows: Record<string, unknown>[] = [];
/** Floor seconds by corpus, to give each ingest run as a multiple of it. */
const floorSeconds = new Map<string, number>();
for (const corpus of loadCorpora()) {
  const floor = measure('floor', corpus.name);
  floorSeconds.set(corpus.name, floor.ms / 1000);
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
const ingests = loadCorpora().flatMap((c) => ingest(c, 1, c.name === 'news' ? [1, 2] : [1]));
if (scale > 1) {
  const news = loadCorpora().find((c) => c.name === 'news');
  if (news) ingests.push(...ingest(news, scale, [1]));
}
// Cold start: the first run after a build or install (it writes the start-up cache under
// node_modules/.cache/dyad), then the median of five runs as users meet it.
rmSync(join(ROOT, 'node_modules', '.cache', 'dyad'), { recursive: true, force: true });
const firstRun = timed(['code', EXAMPLE, '--format', 'json']);
const runs = Array.from({ length: 5 }, () => timed(['code', EXAMPLE, '--format', 'json'])).sort(
  (a, b) => a.seconds - b.seconds,
);
const cold = runs[2] ?? firstRun;

console.log('\ndyad code (no store), one process, one core:');
console.table(rows.map(({ stages: _s, ...r }) => r));
for (const r of rows) console.log(`  ${r.corpus} time per stage: ${r.stages}`);
console.log(
  `\ndyad ingest (SQLite), whole CLI run (start-up included)${nearDupOff.length ? ', near-duplicate detection off' : ''}:`,
);
const ingestRows = ingests.map((i) => {
  const floor = (floorSeconds.get(i.corpus.split(' ')[0] ?? '') ?? Number.NaN) * i.scale;
  return {
    corpus: i.corpus,
    workers: i.workers,
    articles: i.articles,
    stored: i.stored,
    failed: i.failed,
    seconds: i.seconds,
    'art/s': Math.round(i.articles / i.seconds),
    'peak MB': i.peakRssMb,
    '÷ floor': Number((i.seconds / floor).toFixed(2)),
    error: i.stderr.split('\n').find((l) => l.includes('dyad:')) ?? '',
  };
});
console.table(ingestRows);
const newsBy = (workers: number) => ingests.find((i) => i.corpus === 'news' && i.workers === workers);
const [one, two] = [newsBy(1), newsBy(2)];
const speedup = one && two ? Number((one.seconds / two.seconds).toFixed(2)) : null;
console.log(`  speed-up from 1 to 2 workers on news: ×${speedup} (load average ${loadavg()[0]?.toFixed(1)})`);
console.log(
  `\ncold start, one article (dyad code): ${cold.seconds} s (median of 5), peak ${cold.peakRssMb} MB; ` +
    `first run after a build (writes the start-up cache): ${firstRun.seconds} s`,
);

const newsCode = rows.find((r) => r.corpus === 'news');
const peak = Math.max(
  cold.peakRssMb,
  ...ingests.map((i) => i.peakRssMb),
  ...rows.map((r) => Number(r['code peak MB'])),
);
const bestIngest = Math.max(...ingestRows.filter((r) => r.corpus === 'news').map((r) => r['art/s']));
const goals = [
  { goal: 'ingest ≥ 200 articles/s (news, SQLite)', measured: bestIngest, met: bestIngest >= 200 },
  {
    goal: 'coding ≥ 5,000 sentences/s per core',
    measured: newsCode?.['code sent/s'],
    met: Number(newsCode?.['code sent/s']) >= 5000,
  },
  { goal: 'peak RSS ≤ 300 MB at any corpus size', measured: peak, met: peak <= 300 },
  { goal: 'cold start, one article ≤ 0.5 s', measured: cold.seconds, met: cold.seconds <= 0.5 },
  {
    goal: 'dyad ≤ 3× the tokenise-and-tag floor',
    measured: newsCode?.['dyad/floor'],
    met: Number(newsCode?.['dyad/floor']) <= 3,
  },
];
console.log('\ngoals of issue 7:');
console.table(goals);

const results = {
  when: new Date().toISOString(),
  node: process.version,
  loadAverage: loadavg(),
  code: rows,
  ingest: ingests.map(({ stdout: _o, ...i }) => i),
  speedup,
  coldStart: { seconds: cold.seconds, peakRssMb: cold.peakRssMb, firstRunSeconds: firstRun.seconds },
  goals,
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results', `${results.when.slice(0, 19).replace(/:/g, '')}.json`),
  JSON.stringify(results, null, 2),
);
writeFileSync(join(ROOT, 'bench/results/latest.json'), JSON.stringify(results, null, 2));
