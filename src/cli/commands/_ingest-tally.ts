/**
 * What `dyad ingest` counts as it goes: the summary it prints at the end, and the
 * progress line it keeps on a terminal.
 */
import { SingleBar } from 'cli-progress';
import type { CodedDocument } from '../../core/document.js';
import { formatProblem, type Problem } from '../../core/problem.js';
import type { PutResult, Store } from '../../store/store.js';
import type { OutStream } from '../io.js';

/** The counts and problems of one ingest run. */
export interface IngestSummary {
  /** Articles read from the inputs (bad inputs are in `failed`, not here). */
  readonly read: number;
  readonly stored: number;
  /** Articles already in the store (same date and text), skipped. */
  readonly duplicate: number;
  /** Inputs or articles that were not stored, each with its reason. */
  readonly failed: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** A mutable tally behind the summary. */
export class IngestTally {
  read = 0;
  stored = 0;
  duplicate = 0;
  readonly failed: Problem[] = [];
  readonly warnings: Problem[] = [];

  /** Counts the store's answer for one document. */
  addResult(doc: CodedDocument, result: PutResult): void {
    if (result.status === 'stored') this.stored++;
    else if (result.status === 'duplicate') this.duplicate++;
    else this.fail(doc, `article id ${doc.id} is already stored with different content; not stored`);
  }

  /** Records a document the store could not take. */
  fail(doc: CodedDocument, message: string): void {
    this.failed.push({ input: doc.origin ?? doc.id, message, severity: 'error' });
  }

  /** Records a problem from reading or coding; a warning does not count as a failure. */
  addProblem(problem: Problem): void {
    (problem.severity === 'warning' ? this.warnings : this.failed).push(problem);
  }

  summary(): IngestSummary {
    const { read, stored, duplicate, failed, warnings } = this;
    return { read, stored, duplicate, failed: [...failed], warnings: [...warnings] };
  }
}

/** `3 read, 2 stored, 1 skipped as duplicate, 0 failed, 0 warnings` */
export function formatSummary(s: IngestSummary): string {
  return `${s.read} read, ${s.stored} stored, ${s.duplicate} skipped as duplicate, ${s.failed.length} failed, ${s.warnings.length} warnings`;
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
  const bar = new SingleBar({
    stream,
    format: 'ingest | {value} read | {stored} stored | {duplicate} duplicate | {failed} failed | {duration_formatted}',
    hideCursor: true,
  });
  bar.start(0, 0, { stored: 0, duplicate: 0, failed: 0 });
  return {
    update: (t) => bar.update(t.read, { stored: t.stored, duplicate: t.duplicate, failed: t.failed.length }),
    stop: () => bar.stop(),
  };
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Stores one batch and counts the results. When the batch's transaction fails, each
 * document is tried alone, so one bad document costs only itself.
 */
export async function storeBatch(store: Store, docs: readonly CodedDocument[], tally: IngestTally): Promise<void> {
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
