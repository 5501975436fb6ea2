import { describe, expect, it } from 'vitest';
import { articleId } from '../../core/article.js';
import type { CodedDocument } from '../../core/document.js';
import { warning } from '../../core/problem.js';
import { osloDocument, tokyoDocument } from '../../store/sample-documents.case.js';
import { createSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import {
  formatSummary,
  IngestTally,
  parseNearDupThreshold,
  problemLines,
  storeBatch,
  withPutOptions,
} from './_ingest-tally.js';

/** A store that refuses any batch holding the Oslo article, as a constraint failure would. */
function refusingOslo(inner: Store): Store {
  return {
    ...inner,
    async putDocuments(docs: readonly CodedDocument[]) {
      if (docs.some((d) => d.id === 'oslo-2025-03-03')) throw new Error('NOT NULL constraint failed: actors.name');
      return inner.putDocuments(docs);
    },
  };
}

describe('storeBatch', () => {
  it('retries a failed batch one document at a time, so only the bad one fails', async () => {
    const inner = createSqliteStore(':memory:');
    const tally = new IngestTally();
    await storeBatch(refusingOslo(inner), [tokyoDocument(), osloDocument()], tally);
    expect(tally.stored).toBe(1);
    expect(tally.failed).toEqual([
      {
        input: 'fixtures/oslo.jsonl:1',
        message: 'not stored: NOT NULL constraint failed: actors.name',
        severity: 'error',
      },
    ]);
    expect((await inner.counts()).articles).toBe(1);
    await inner.close();
  });

  it('counts duplicates and reports conflicts as failures', async () => {
    const store = createSqliteStore(':memory:');
    const tally = new IngestTally();
    await storeBatch(store, [tokyoDocument()], tally);
    await storeBatch(store, [tokyoDocument(), { ...tokyoDocument(), text: 'Japan praised India again.' }], tally);
    expect(tally.summary()).toMatchObject({ stored: 1, duplicate: 1 });
    expect(tally.failed.map((p) => p.message)).toEqual([
      'article id tokyo-2024-11-20 is already stored with different content; not stored',
    ]);
    await store.close();
  });
});

describe('summary', () => {
  it('prints counts on one line, and failures before warnings', () => {
    const tally = new IngestTally();
    tally.read = 3;
    tally.stored = 1;
    tally.duplicate = 1;
    tally.nearDuplicate = 1;
    tally.addProblem({ input: 'feed.jsonl', line: 2, message: 'empty "text" field', severity: 'error' });
    tally.addProblem(warning('news/', 'skipped 1 file of other types (.md)'));
    const s = tally.summary();
    expect(formatSummary(s)).toBe('3 read, 1 stored, 1 near-duplicate, 1 skipped as duplicate, 1 failed, 1 warnings');
    expect(formatSummary({ ...s, nearDuplicate: 0 })).toBe(
      '3 read, 1 stored, 1 skipped as duplicate, 1 failed, 1 warnings',
    );
    expect(problemLines(s)).toEqual([
      'dyad: feed.jsonl line 2: empty "text" field',
      'dyad: warning: news/: skipped 1 file of other types (.md)',
    ]);
  });
});

/** The Oslo article as a second outlet ran it: one word changed, another id. */
const osloCopy = (): CodedDocument => ({
  ...osloDocument(),
  id: articleId('oslo-copy'),
  text: osloDocument().text.replace('condemned', 'denounced'),
});

describe('near-duplicates', () => {
  it('counts near-copies apart from stored articles and duplicates', async () => {
    const store = createSqliteStore(':memory:');
    const tally = new IngestTally();
    await storeBatch(store, [osloDocument(), osloCopy(), tokyoDocument()], tally);
    await storeBatch(store, [osloCopy()], tally);
    expect(tally.summary()).toMatchObject({ stored: 2, nearDuplicate: 1, duplicate: 1, failed: [] });
    await store.close();
  });

  it('passes the threshold to every write, so 0 stores near-copies as articles', async () => {
    const inner = createSqliteStore(':memory:');
    const store = withPutOptions(inner, { nearDuplicateThreshold: 0 });
    const tally = new IngestTally();
    await storeBatch(store, [osloDocument(), osloCopy()], tally);
    expect(tally.summary()).toMatchObject({ stored: 2, nearDuplicate: 0 });
    expect((await store.counts()).articles).toBe(2);
    await store.close();
  });

  it.each([
    ['0', 0],
    ['0.5', 0.5],
    ['1', 1],
  ])('reads --near-dup-threshold %s', (value, threshold) => {
    expect(parseNearDupThreshold(value)).toBe(threshold);
  });

  it.each(['', '-0.1', '1.5', 'half'])('refuses --near-dup-threshold %j', (value) => {
    expect(() => parseNearDupThreshold(value)).toThrow(/--near-dup-threshold expects a number from 0 \(off\) to 1/);
  });
});
