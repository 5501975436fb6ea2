/**
 * `dyad ingest PATH...`: reads articles, codes them and stores them in bounded
 * batches (one transaction each). Re-running on the same inputs stores nothing new.
 * `--workers N` codes in N worker threads while this thread reads and is the one writer.
 * Exit code 0 when every input was stored or already there, 1 when some failed, 2 when the
 * database cannot be opened or written (disk full, read-only): the run stops there, and what
 * it stored is complete, so the same command run again goes on where it stopped.
 */
import type { Command } from 'commander';
import { DEFAULT_CONFIG, type DictionaryFile } from '../../config.js';
import { type Context, createContext } from '../../context.js';
import { DUPLICATE_THRESHOLD } from '../../dedupe/minhash.js';
import { type HttpCache, readInputs } from '../../stages/ingest/index.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { Storable } from '../../store/write-rows.js';
import { CliError } from '../cli-error.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { collectDictionary, parsePositiveInt } from '../options.js';
import { reportDictionaryProblems } from './_dictionaries.js';
import { codeInputs } from './_ingest-coding.js';
import { isStoreFailure, storeFailureMessage } from './_ingest-store-errors.js';
import {
  formatSummary,
  type IngestSummary,
  IngestTally,
  parseNearDupThreshold,
  problemLines,
  startProgress,
  storeBatch,
  withPutOptions,
} from './_ingest-tally.js';

export type { IngestSummary } from './_ingest-tally.js';

/** Options of `dyad ingest`, as commander gives them. */
export interface IngestOptions {
  readonly db?: string;
  readonly batch?: number;
  readonly dict?: readonly DictionaryFile[];
  /** ETag / Last-Modified by URL, read and updated by the fetches (`dyad watch` keeps it across polls). */
  readonly httpCache?: HttpCache;
  /** Worker threads that code articles; 1 codes in this thread. */
  readonly workers?: number;
  /** Largest text, HTML or feed file read, in bytes (JSONL streams at any size). */
  readonly maxFileBytes?: number;
  /** Longest article text, in UTF-16 code units. */
  readonly maxArticleChars?: number;
  /** Similarity at or above which an article is kept as a mention of a stored one; 0 turns it off. */
  readonly nearDupThreshold?: number;
}

/** The store could not take a batch for a reason that no other batch would escape (disk full, read-only). */
class StoreStopped extends Error {}

/**
 * Stores one batch; a failure of the database itself stops the run (every later batch would
 * fail too), any other failure is retried article by article by `storeBatch`.
 */
async function storeOrStop(store: Store, batch: readonly Storable[], tally: IngestTally): Promise<void> {
  let results: Awaited<ReturnType<Store['putDocuments']>>;
  try {
    results = await store.putDocuments(batch);
  } catch (error) {
    if (isStoreFailure(error)) throw new StoreStopped(storeFailureMessage(error));
    await storeBatch(store, batch, tally);
    return;
  }
  results.forEach((r, i) => {
    const doc = batch[i];
    if (doc) tally.addResult(doc, r);
  });
}

/**
 * Reads, codes and stores in batches of `batchSize`: at any time only the batch being filled
 * and the articles in the coding workers are held, so memory does not grow with the corpus.
 * Returns the summary, and the database's error when it stopped the run.
 */
async function ingestAll(
  paths: readonly string[],
  store: Store,
  ctx: Context,
  io: CliIo,
  options: IngestOptions,
): Promise<{ summary: IngestSummary; stopped: string | null }> {
  const tally = new IngestTally();
  const progress = startProgress(io.stderr);
  const { httpCache, maxFileBytes, maxArticleChars } = options;
  const inputs = readInputs(paths, {
    stdin: io.stdin,
    ...(httpCache ? { httpCache } : {}),
    ...(maxFileBytes ? { maxFileBytes } : {}),
    ...(maxArticleChars ? { maxArticleChars } : {}),
  });
  let batch: Storable[] = [];
  let stopped: string | null = null;
  try {
    for await (const { read, coded } of codeInputs(inputs, ctx, options.workers ?? DEFAULT_CONFIG.workers)) {
      if (!read.ok) {
        tally.addProblem(read.problem);
        continue;
      }
      tally.read++;
      for (const w of read.warnings) tally.addProblem(w);
      if (coded?.ok) batch.push(coded.value);
      else if (coded) tally.addProblem(coded.problem);
      if (batch.length >= ctx.config.batchSize) {
        await storeOrStop(store, batch, tally);
        batch = [];
      }
      progress.update(tally);
    }
    if (batch.length > 0) await storeOrStop(store, batch, tally);
  } catch (error) {
    if (!(error instanceof StoreStopped)) throw error;
    stopped = error.message;
  }
  progress.update(tally);
  progress.stop();
  return { summary: tally.summary(), stopped };
}

async function openOrExplain(db: string): Promise<Store> {
  try {
    return await openStore(db);
  } catch (error) {
    throw new CliError(`cannot open the database ${db}: ${storeFailureMessage(error)}`, 2);
  }
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
    workers: options.workers ?? DEFAULT_CONFIG.workers,
  });
  reportDictionaryProblems(ctx);
  const putOptions = options.nearDupThreshold === undefined ? {} : { nearDuplicateThreshold: options.nearDupThreshold };
  const store = withPutOptions(await openOrExplain(db), putOptions);
  let outcome: Awaited<ReturnType<typeof ingestAll>>;
  try {
    outcome = await ingestAll(paths, store, ctx, io, options);
  } finally {
    await store.close();
  }
  const { summary, stopped } = outcome;
  for (const line of problemLines(summary)) await writeLine(io.stderr, line);
  await writeLine(io.stdout, `dyad ingest: ${formatSummary(summary)} (${db})`);
  if (stopped !== null) {
    throw new CliError(
      `the database ${db} could not be written (${stopped}); stopped after ${summary.stored} stored. ` +
        'What is stored is complete: run the same command again once this is fixed.',
      2,
    );
  }
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
    .option(
      '--workers <n>',
      'worker threads that code articles (1: code in the main thread)',
      parsePositiveInt,
      DEFAULT_CONFIG.workers,
    )
    .option(
      '--max-file-bytes <n>',
      'largest text, HTML or feed file read (JSONL streams at any size)',
      parsePositiveInt,
    )
    .option('--max-article-chars <n>', 'longest article text, in characters', parsePositiveInt)
    .option(
      '--near-dup-threshold <x>',
      'keep an article whose text is this similar (0-1, MinHash Jaccard) to a stored one as its mention; 0: off',
      parseNearDupThreshold,
      DUPLICATE_THRESHOLD,
    )
    .action(async (paths: string[], options: IngestOptions) => {
      const summary = await runIngest(paths, options);
      if (summary.failed.length > 0) process.exitCode = 1;
    });
}
