/**
 * `dyad watch URL-or-FILE...`: polls each source every `--every` (default 15m) and ingests
 * what is new, as `dyad ingest` does (the store skips what it already has). Fetches are
 * conditional: the ETag / Last-Modified of each URL are kept across polls and beside the
 * database (`<db>.watch.json`), so an unchanged feed costs a 304. One summary line per poll;
 * a failing poll is reported and the next one still happens. Stops on SIGINT / SIGTERM.
 */
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import { DEFAULT_CONFIG, type DictionaryFile } from '../../config.js';
import type { HttpCache } from '../../stages/ingest/index.js';
import { CliError } from '../cli-error.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { collectDictionary, parsePositiveInt } from '../options.js';
import { formatSummary } from './_ingest-tally.js';
import { loadHttpCache, saveHttpCache, watchCachePath } from './_watch-cache.js';
import { parseInterval } from './_watch-interval.js';
import { runIngest } from './ingest.js';

/** Options of `dyad watch`, as commander gives them (`every` already in milliseconds). */
export interface WatchOptions {
  readonly db?: string;
  /** Milliseconds from the end of one poll to the start of the next; default 15 minutes. */
  readonly every?: number;
  /** Stop after this many polls; default: run until stopped. */
  readonly times?: number;
  readonly dict?: readonly DictionaryFile[];
}

/** How a watch went: polls run, and whether the last one failed (threw, or had failed items). */
export interface WatchResult {
  readonly polls: number;
  readonly failedPolls: number;
  readonly lastFailed: boolean;
}

const DEFAULT_EVERY_MS = 15 * 60_000;
const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const timestamp = (): string => `${new Date().toISOString().slice(0, 19)}Z`;

/** A stream that drops what is written: `runIngest`'s own summary line, replaced by the poll's. */
const discard = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });

interface PollContext {
  readonly sources: readonly string[];
  readonly db: string;
  readonly dict: readonly DictionaryFile[];
  readonly cache: HttpCache;
  readonly cachePath: string | null;
  readonly io: CliIo;
}

/** One poll: ingests every source, saves the cache, prints one line; true when all went well. */
async function poll(n: number, p: PollContext): Promise<boolean> {
  const at = timestamp();
  // A poll that fails part-way keeps the validators it started with, so that the next poll
  // fetches again what this one fetched but may not have stored.
  const before = new Map(p.cache);
  let ok: boolean;
  try {
    const options = { db: p.db, dict: p.dict, httpCache: p.cache };
    const summary = await runIngest(p.sources, options, { ...p.io, stdout: discard() });
    await writeLine(p.io.stdout, `dyad watch: poll ${n} at ${at}: ${formatSummary(summary)}`);
    ok = summary.failed.length === 0;
  } catch (error) {
    await writeLine(p.io.stderr, `dyad watch: poll ${n} at ${at} failed: ${errorMessage(error)}`);
    p.cache.clear();
    for (const [url, validators] of before) p.cache.set(url, validators);
    ok = false;
  }
  try {
    await saveHttpCache(p.cachePath, p.cache);
  } catch (error) {
    await writeLine(p.io.stderr, `dyad watch: warning: cache not saved: ${errorMessage(error)}`);
  }
  return ok;
}

/**
 * Polls `sources` until `times` polls are done or `signal` aborts (a poll under way is
 * finished first). Stdin cannot be watched.
 */
export async function runWatch(
  sources: readonly string[],
  options: WatchOptions,
  io: CliIo = processIo(),
  signal?: AbortSignal,
): Promise<WatchResult> {
  if (sources.includes('-')) throw new CliError('stdin (-) cannot be watched; give URLs or files', 2);
  const db = options.db ?? DEFAULT_CONFIG.db;
  const cachePath = watchCachePath(db);
  // Validators are only worth sending when what they vouch for is in the database.
  const { cache, problem } = await loadHttpCache(cachePath !== null && existsSync(db) ? cachePath : null);
  if (problem !== null) await writeLine(io.stderr, `dyad watch: warning: ${problem}; starting without it`);
  const context: PollContext = { sources, db, dict: options.dict ?? [], cache, cachePath, io };
  let polls = 0;
  let failedPolls = 0;
  let lastFailed = false;
  while (!signal?.aborted) {
    polls++;
    lastFailed = !(await poll(polls, context));
    if (lastFailed) failedPolls++;
    if (options.times !== undefined && polls >= options.times) break;
    await sleep(options.every ?? DEFAULT_EVERY_MS, undefined, signal ? { signal } : {}).catch(() => undefined);
  }
  return { polls, failedPolls, lastFailed };
}

/** Stops the watch on the first SIGINT / SIGTERM; a second one leaves at once (exit 130). */
function stopOnSignals(io: CliIo): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const stop = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write(`dyad watch: ${name}: stopping (once more to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

/** Registers `dyad watch`. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll web pages, feeds or files and ingest what is new (conditional requests; stops on Ctrl-C)')
    .argument('<sources...>', 'http(s) URLs of pages or feeds, files or directories')
    .option('--every <interval>', 'time between polls: 30s, 15m, 1h (at least 10s)', parseInterval, DEFAULT_EVERY_MS)
    .option('--times <n>', 'stop after this many polls', parsePositiveInt)
    .option('--db <file>', 'SQLite database file', DEFAULT_CONFIG.db)
    .option('--dict <kind=file>', 'use a PETRARCH/TABARI dictionary file (repeatable)', collectDictionary, [])
    .action(async (sources: string[], options: WatchOptions) => {
      const io = processIo();
      const stopping = stopOnSignals(io);
      try {
        const result = await runWatch(sources, options, io, stopping.signal);
        if (stopping.signal.aborted)
          await writeLine(io.stderr, `dyad watch: stopped after ${result.polls} poll${result.polls === 1 ? '' : 's'}`);
        if (result.lastFailed) process.exitCode = 1;
      } finally {
        stopping.release();
      }
    });
}
