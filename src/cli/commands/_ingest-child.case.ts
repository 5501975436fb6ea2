/**
 * Helpers for the fault and hostile-input tests of `dyad ingest`: a corpus of our own
 * synthetic articles, the CLI run from the sources as a child process, and a fingerprint
 * of a database to compare with a clean run's.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { CHILD_TABLES } from '../../store/columns.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

const LEADERS = [
  ['France', 'Paris', 'foreign minister'],
  ['Egypt', 'Cairo', 'president'],
  ['Kenya', 'Nairobi', 'prime minister'],
  ['Peru', 'Lima', 'defence minister'],
  ['Japan', 'Tokyo', 'foreign minister'],
  ['Chile', 'Santiago', 'president'],
  ['Ghana', 'Accra', 'trade minister'],
  ['Norway', 'Oslo', 'prime minister'],
] as const;
const VERBS = ['met', 'criticized', 'praised', 'accused', 'visited', 'thanked', 'warned', 'invited'] as const;
const TOPICS = [
  'fishing rights',
  'a border dispute',
  'grain exports',
  'a detained journalist',
  'water sharing',
] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

const pick = <T>(list: readonly T[], k: number): T => list[k % list.length] as T;

/**
 * The `i`-th synthetic article: a dated JSONL record with political sentences and a quote.
 * Every sentence carries the article's number, so no two articles are near-copies.
 */
export function syntheticArticle(i: number): { id: string; date: string; text: string } {
  const [a, cityA, roleA] = pick(LEADERS, i);
  const [b, cityB, roleB] = pick(LEADERS, i * 3 + 1 + Math.floor(i / LEADERS.length));
  const day = String((i % 28) + 1).padStart(2, '0');
  const text = [
    `The ${roleA} of ${a} ${pick(VERBS, i * 7)} the ${roleB} of ${b} in ${cityB} on ${pick(DAYS, i)}, bulletin ${i} said.`,
    `Talks ${i}A on ${pick(TOPICS, i)} held ${i}B in ${cityA} would ${i}C continue next week.`,
    `"We will ${i}D not give up on ${pick(TOPICS, i + 2)}," the ${roleA} ${i}E told reporters.`,
    `${b} ${pick(VERBS, i + 3)} ${a} ${i}F over ${pick(TOPICS, i + 4)} on ${pick(DAYS, i + 2)}, report ${i}G added.`,
  ].join(' ');
  return { id: `synthetic-${i}`, date: `2024-03-${day}`, text };
}

/** Writes articles `from` to `to - 1` as a JSONL file. */
export function writeCorpus(path: string, from: number, to: number): string {
  const lines: string[] = [];
  for (let i = from; i < to; i++) lines.push(JSON.stringify(syntheticArticle(i)));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** What a finished child left: exit code (null when killed), signal and output. */
export interface ChildResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  /** Run as this user (tests run as root, for whom permissions do not apply). */
  readonly uid?: number;
  /** A shell prefix before `exec node ...`, e.g. `ulimit -f 64;`. */
  readonly shellPrefix?: string;
}

/** Starts `dyad ARGS` from the sources (no build needed) and collects its output. */
export function startDyad(
  args: readonly string[],
  options: SpawnOptions = {},
): { child: ChildProcess; done: Promise<ChildResult> } {
  const node = [process.execPath, '--import', 'tsx', MAIN, ...args];
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
  const child =
    options.shellPrefix === undefined
      ? spawn(node[0] as string, node.slice(1), { cwd: ROOT, ...ids })
      : spawn('/bin/sh', ['-c', `${options.shellPrefix} exec ${node.map(quote).join(' ')}`], { cwd: ROOT, ...ids });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += String(d);
  });
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const done = new Promise<ChildResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs `dyad ARGS` to the end. */
export function runDyad(args: readonly string[], options: SpawnOptions = {}): Promise<ChildResult> {
  return startDyad(args, options).done;
}

/** `{read, stored, duplicate, failed}` from the summary line `dyad ingest` prints. */
export function parseSummary(stdout: string): Record<'read' | 'stored' | 'duplicate' | 'failed', number> | null {
  const m = /(\d+) read, (\d+) stored, (?:\d+ near-duplicate, )?(\d+) skipped as duplicate, (\d+) failed/.exec(stdout);
  if (!m) return null;
  return { read: Number(m[1]), stored: Number(m[2]), duplicate: Number(m[3]), failed: Number(m[4]) };
}

/** Articles stored so far, or 0 while the database does not exist yet (read-only, never blocks the writer). */
export function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return Number((conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

/**
 * What a database holds, to compare runs: per article its content hash and its row count in
 * every child table; child rows whose article is missing; and SQLite's own integrity check.
 */
export function fingerprint(db: string): { articles: Record<string, string>; orphans: number; integrity: string } {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const articles: Record<string, string> = {};
    const rows = conn.prepare('SELECT id, content_hash FROM articles ORDER BY id').all() as {
      id: string;
      content_hash: string;
    }[];
    const counts = CHILD_TABLES.map((t) => {
      const byArticle = new Map<string, number>();
      const all = conn.prepare(`SELECT article_id AS a, count(*) AS n FROM ${t} GROUP BY article_id`).all() as {
        a: string;
        n: number;
      }[];
      for (const r of all) byArticle.set(r.a, r.n);
      return byArticle;
    });
    for (const r of rows) articles[r.id] = [r.content_hash, ...counts.map((c) => c.get(r.id) ?? 0)].join(' ');
    const orphanSql = CHILD_TABLES.map(
      (t) => `(SELECT count(*) FROM ${t} WHERE article_id NOT IN (SELECT id FROM articles))`,
    ).join(' + ');
    const orphans = Number((conn.prepare(`SELECT ${orphanSql} AS n`).get() as { n: number }).n);
    const integrity = String(conn.pragma('integrity_check', { simple: true }));
    return { articles, orphans, integrity };
  } finally {
    conn.close();
  }
}
