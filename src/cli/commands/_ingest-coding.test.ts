import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { type Article, articleId } from '../../core/article.js';
import { failure, type Outcome, success } from '../../core/problem.js';
import { rowsOf } from '../../store/write-rows.js';
import { syntheticArticle } from './_ingest-child.case.js';
import { type CodedInput, codeInputs } from './_ingest-coding.js';

/** Articles 0..n-1, with a failed read after every seventh, as a reader would give them. */
async function* inputs(n: number): AsyncGenerator<Outcome<Article>> {
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i);
    yield success({ ...a, id: articleId(a.id), origin: `corpus.jsonl:${i + 1}` });
    if (i % 7 === 6) yield failure(`bad-${i}.txt`, 'empty file');
  }
}

async function collect(workers: number, n: number): Promise<CodedInput[]> {
  const out: CodedInput[] = [];
  for await (const item of codeInputs(inputs(n), createContext(), workers)) out.push(item);
  return out;
}

describe('codeInputs', () => {
  it('codes in worker threads exactly as in this thread, in input order, failed reads passed through', async () => {
    const here = await collect(1, 30);
    const workers = await collect(2, 30);
    expect(here).toHaveLength(30 + 4);
    expect(workers.map((c) => (c.read.ok ? c.read.value.id : c.read.problem.input))).toEqual(
      here.map((c) => (c.read.ok ? c.read.value.id : c.read.problem.input)),
    );
    expect(workers.filter((c) => c.coded === null)).toHaveLength(4);
    // Workers send each document as its rows, the rows this thread's document makes.
    const asRows = (c: CodedInput) => (c.coded?.ok ? { ...c, coded: { ...c.coded, value: rowsOf(c.coded.value) } } : c);
    expect(workers.every((c) => !c.coded?.ok || 'children' in c.coded.value)).toBe(true);
    expect(workers).toStrictEqual(here.map(asRows));
    expect(here.some((c) => c.coded?.ok && rowsOf(c.coded.value).children.events.length > 0)).toBe(true);
  }, 60_000);

  it('stops reading when the consumer stops, and ends its workers', async () => {
    let taken = 0;
    for await (const _ of codeInputs(inputs(500), createContext(), 2)) if (++taken === 3) break;
    expect(taken).toBe(3);
  }, 60_000);
});
