/**
 * What `dyad ingest` counts as it goes: the summary it prints at the end, and the
 * progress line it keeps on a terminal.
 */
import { lazyModule } from '../../core/lazy-module.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import type { PutOptions, PutResult, Store } from '../../store/store.js';
import { type Storable, storableName } from '../../store/write-rows.js';
import { CliError } from '../cli-error.js';
import type { OutStream } from '../io.js';

/** The progress bar, loaded only when there is a terminal to draw it on. */
const cliProgress = lazyModule<typeof import('cli-progress')>('cli-progress');

/** The counts and problems of one ingest run. */
export interface IngestSummary {
  /** Articles read from the inputs (bad inputs are in `failed`, not here). */
  readonly read: number;
  readonly stored: number;
  /** Articles already in the store (same date and text), skipped. */
  readonly duplicate: number;
  /** Near-copies of stored articles, kept as mentions of them (their events are not stored again). */
  readonly nearDuplicate: number;
  /** Inputs or articles that were not stored, each with its reason. */
  readonly failed: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** A mutable tally behind the summary. */
export class IngestTally {
  read = 0;
  stored = 0;
  duplicate = 0;
  nearDuplicate = 0;
  readonly failed: Problem[] = [];
  readonly warnings: Problem[] = [];

  /** Counts the store's answer for one document. */
  addResult(doc: Storable, result: PutResult): void {
    if (result.status === 'stored') this.stored++;
    else if (result.status === 'duplicate') this.duplicate++;
    else if (result.status === 'near-duplicate') this.nearDuplicate++;
    else this.fail(doc, `article id ${storableName(doc).id} is already stored with different content; not stored`);
  }

  /** Records a document the store could not take. */
  fail(doc: Storable, message: string): void {
    const { id, origin } = storableName(doc);
    this.failed.push({ input: origin ?? id, message, severity: 'error' });
  }

  /** Records a problem from reading or coding; a warning does not count as a failure. */
  addProblem(problem: Problem): void {
    (problem.severity === 'warning' ? this.warnings : this.failed).push(problem);
  }

  summary(): IngestSummary {
    const { read, stored, duplicate, nearDuplicate, failed, warnings } = this;
    return { read, stored, duplicate, nearDuplicate, failed: [...failed], warnings: [...warnings] };
  }
}

/**
 * `4 read, 2 stored, 1 near-duplicate, 1 skipped as duplicate, 0 failed, 0 warnings`; the
 * near-duplicate count is left out when there are none.
 */
export function formatSummary(s: IngestSummary): string {
  const near = s.nearDuplicate > 0 ? `${s.nearDuplicate} near-duplicate, ` : '';
  return `${s.read} read, ${s.stored} stored, ${near}${s.duplicate} skipped as duplicate, ${s.failed.length} failed, ${s.warnings.length} warnings`;
}

/** The summary's problems, one line each, as `dyad code` prints them. */
export function problemLines(s: IngestSummary): string[] {
  return [
    ...s.failed.map((p) => `dyad: ${formatProblem(p)}`),
    ...s.warnings.map((p) => `dyad: warning: ${formatProblem(p)}`),
  ];
}

/** A progress line on a terminal; does nothing when `stream` is not one. */
export function startProgress(stream: OutStream): { update(t: IngestTally): void; stop(): void } {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new (cliProgress().SingleBar)({
    stream,
    format:
      'ingest | {value} read | {stored} stored | {duplicate} duplicate | {failed} failed | {near} near-duplicate | {duration_formatted}',
    hideCursor: true,
  });
  bar.start(0, 0, { stored: 0, near: 0, duplicate: 0, failed: 0 });
  return {
    update: (t) =>
      bar.update(t.read, { stored: t.stored, near: t.nearDuplicate, duplicate: t.duplicate, failed: t.failed.length }),
    stop: () => bar.stop(),
  };
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Stores one batch and counts the results. When the batch's transaction fails, each
 * document is tried alone, so one bad document costs only itself.
 */
export async function storeBatch(store: Store, docs: readonly Storable[], tally: IngestTally): Promise<void> {
  try {
    const results = await store.putDocuments(docs);
    results.forEach((r, i) => {
      const doc = docs[i];
      if (doc) tally.addResult(doc, r);
    });
  } catch (error) {
    if (docs.length === 1 && docs[0]) tally.fail(docs[0], `not stored: ${errorMessage(error)}`);
    else for (const doc of docs) await storeBatch(store, [doc], tally);
  }
}

/** Parses `--near-dup-threshold`: a similarity from 0 (detection off) to 1. */
export function parseNearDupThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new CliError(`--near-dup-threshold expects a number from 0 (off) to 1, got "${value}"`, 2);
  }
  return n;
}

/**
 * The store with `options` passed to every `putDocuments`, so ingest's batch and retry paths
 * apply one near-duplicate policy. Every other method is the store's own.
 */
export function withPutOptions(store: Store, options: PutOptions): Store {
  return {
    putDocuments: (docs) => store.putDocuments(docs, options),
    getDocument: (id) => store.getDocument(id),
    listArticles: (query) => store.listArticles(query),
    queryEvents: (query) => store.queryEvents(query),
    iterateEvents: (query) => store.iterateEvents(query),
    counts: () => store.counts(),
    search: (query, searchOptions) => store.search(query, searchOptions),
    close: () => store.close(),
  };
}
