/**
 * A child process for the concurrency test: stores generated articles `first` to
 * `first + count - 1` into the database given as argument, one small batch at a time,
 * then prints how many it stored and found already there.
 * Run with `node --import tsx concurrent-writer.case.ts FILE FIRST COUNT BATCH`.
 */
import { articleId } from '../../core/article.js';
import type { CodedDocument } from '../../core/document.js';
import { tokyoDocument } from '../sample-documents.case.js';
import { createSqliteStore } from './sqlite-store.js';

/** The `i`-th generated article: the Tokyo document with a numbered sentence appended. */
export function numberedDocument(i: number): CodedDocument {
  const base = tokyoDocument();
  return { ...base, id: articleId(`numbered-${i}`), text: `${base.text} Report ${i}.` };
}

async function writeAll(file: string, first: number, count: number, batch: number): Promise<void> {
  const store = createSqliteStore(file);
  const statuses: Record<string, number> = { stored: 0, duplicate: 0, conflict: 0 };
  for (let i = 0; i < count; i += batch) {
    const docs = Array.from({ length: Math.min(batch, count - i) }, (_, k) => numberedDocument(first + i + k));
    for (const r of await store.putDocuments(docs)) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  await store.close();
  process.stdout.write(JSON.stringify(statuses));
}

const [file, first, count, batch] = process.argv.slice(2);
if (file !== undefined) await writeAll(file, Number(first), Number(count), Number(batch));
