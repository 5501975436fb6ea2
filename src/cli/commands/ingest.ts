/**
 * `dyad ingest PATH...`: reads articles, codes them and stores them in bounded
 * batches (one transaction each). Re-running on the same inputs stores nothing new.
 * Exit code 0 when every input was stored or already there, 1 when some failed.
 */
import type { Command } from 'commander';
import { DEFAULT_CONFIG, type DictionaryFile } from '../../config.js';
import { type Context, createContext } from '../../context.js';
import type { CodedDocument } from '../../core/document.js';
import { codeArticle } from '../../pipeline.js';
import { type HttpCache, readInputs } from '../../stages/ingest/index.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { collectDictionary, parsePositiveInt } from '../options.js';
import { reportDictionaryProblems } from './_dictionaries.js';
import {
  formatSummary,
  type IngestSummary,
  IngestTally,
  problemLines,
  startProgress,
  storeBatch,
} from './_ingest-tally.js';

export type { IngestSummary } from './_ingest-tally.js';

/** Options of `dyad ingest`, as commander gives them. */
export interface IngestOptions {
  readonly db?: string;
  readonly batch?: number;
  readonly dict?: readonly DictionaryFile[];
  /** ETag / Last-Modified by URL, read and updated by the fetches (`dyad watch` keeps it across polls). */
  readonly httpCache?: HttpCache;
}

async function ingestAll(
  paths: readonly string[],
  store: Store,
  ctx: Context,
  io: CliIo,
  httpCache?: HttpCache,
): Promise<IngestSummary> {
  const tally = new IngestTally();
  const progress = startProgress(io.stderr);
  let batch: CodedDocument[] = [];
  for await (const input of readInputs(paths, { stdin: io.stdin, ...(httpCache ? { httpCache } : {}) })) {
    if (!input.ok) {
      tally.addProblem(input.problem);
      continue;
    }
    tally.read++;
    for (const w of input.warnings) tally.addProblem(w);
    const coded = codeArticle(input.value, ctx);
    if (coded.ok) batch.push(coded.value);
    else tally.addProblem(coded.problem);
    if (batch.length >= ctx.config.batchSize) {
      await storeBatch(store, batch, tally);
      batch = [];
    }
    progress.update(tally);
  }
  if (batch.length > 0) await storeBatch(store, batch, tally);
  progress.update(tally);
  progress.stop();
  return tally.summary();
}

/** Reads, codes and stores every input; prints the summary (stdout) and each problem (stderr). */
export async function runIngest(
  paths: readonly string[],
  options: IngestOptions,
  io: CliIo = processIo(),
): Promise<IngestSummary> {
  const db = options.db ?? DEFAULT_CONFIG.db;
  const ctx = createContext({
    db,
    dictionaries: options.dict ?? [],
    batchSize: options.batch ?? DEFAULT_CONFIG.batchSize,
  });
  reportDictionaryProblems(ctx);
  const store = await openStore(db);
  let summary: IngestSummary;
  try {
    summary = await ingestAll(paths, store, ctx, io, options.httpCache);
  } finally {
    await store.close();
  }
  for (const line of problemLines(summary)) await writeLine(io.stderr, line);
  await writeLine(io.stdout, `dyad ingest: ${formatSummary(summary)} (${db})`);
  return summary;
}

/** Registers `dyad ingest`. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code articles and store them in the database (idempotent: re-runs add nothing)')
    .argument('<paths...>', 'text, JSONL, HTML or feed files, directories, http(s) URLs, or - for stdin')
    .option('--db <file>', 'SQLite database file', DEFAULT_CONFIG.db)
    .option('--batch <n>', 'articles per store transaction', parsePositiveInt, DEFAULT_CONFIG.batchSize)
    .option('--dict <kind=file>', 'use a PETRARCH/TABARI dictionary file (repeatable)', collectDictionary, [])
    .action(async (paths: string[], options: IngestOptions) => {
      const summary = await runIngest(paths, options);
      if (summary.failed.length > 0) process.exitCode = 1;
    });
}
