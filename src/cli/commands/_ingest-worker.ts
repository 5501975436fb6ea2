/**
 * The worker thread of `dyad ingest --workers N`: codes the chunks of articles the main
 * thread sends and posts the coded documents back, as the rows the store inserts (flat rows
 * with packed tokens cost the main thread far less to receive than documents). It never touches the store: the main
 * thread is the one writer. Started by `_ingest-coding.ts`, from `dist/` as `.js` or from
 * the sources as `.ts` under tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DyadConfig } from '../../config.js';
import { type Context, createContext } from '../../context.js';
import type { Article } from '../../core/article.js';
import { type Outcome, success } from '../../core/problem.js';
import { codeArticle } from '../../pipeline.js';
import { type DocumentRows, writeRows } from '../../store/write-rows.js';

/** A chunk of articles to code, and its number. */
export interface CodeRequest {
  readonly chunk: number;
  readonly articles: readonly Article[];
}

/** What the worker sends back: one outcome per article, in order. */
export interface CodeReply {
  readonly chunk: number;
  readonly outcomes: readonly Outcome<DocumentRows>[];
}

function codeToRows(article: Article, ctx: Context): Outcome<DocumentRows> {
  const coded = codeArticle(article, ctx);
  return coded.ok ? success(writeRows(coded.value), coded.warnings) : coded;
}

if (parentPort) {
  const port = parentPort;
  const ctx = createContext(workerData as Partial<DyadConfig>);
  port.on('message', (request: CodeRequest) => {
    const reply: CodeReply = { chunk: request.chunk, outcomes: request.articles.map((a) => codeToRows(a, ctx)) };
    port.postMessage(reply);
  });
}
