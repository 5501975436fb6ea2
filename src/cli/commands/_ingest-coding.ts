/**
 * The coding step of `dyad ingest`: in this thread (`--workers 1`), or in worker threads
 * (`--workers N`, one chunk of articles per message). Either way the outcomes come back in
 * input order, and at most a bounded number of articles is held at once, so memory does
 * not grow with the corpus.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Context } from '../../context.js';
import type { Article } from '../../core/article.js';
import { failure, type Outcome } from '../../core/problem.js';
import { codeArticle } from '../../pipeline.js';
import type { Storable } from '../../store/write-rows.js';
import type { CodeReply, CodeRequest } from './_ingest-worker.js';

/** One input as read, and as coded (null when reading it failed): a document, or its rows from a worker. */
export interface CodedInput {
  readonly read: Outcome<Article>;
  readonly coded: Outcome<Storable> | null;
}

/** Articles per message to a worker: enough to make the message cost small next to the coding. */
const CHUNK_ARTICLES = 8;
/** Chunks in flight per worker: one being coded, the next ones waiting, so no worker idles. */
const CHUNKS_PER_WORKER = 4;
/**
 * Old-space limit of a worker's heap. The tables and the garbage of coding live well under it
 * (about 190 MB), and without a limit V8 lets each worker's heap grow to twice that and more.
 */
const WORKER_HEAP_MB = 384;

/**
 * Starts the worker script beside this module. Run from `dist/` it is the compiled `.js`; run
 * from the sources (tests, `tsx src/cli/main.ts`) it is the `.ts`, loaded through tsx's
 * loader, which a worker must register itself (loader hooks do not pass to workers on Node 20).
 */
function startWorker(config: Context['config']): Worker {
  const options = { workerData: config, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./_ingest-worker.js', import.meta.url), options);
  const script = new URL('./_ingest-worker.ts', import.meta.url).href;
  // `tsx/esm/api` as imported (package exports: ./dist/esm/api/index.mjs, beside tsx's main ./dist/loader.mjs).
  const api = new URL('./esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx'))).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface Pending {
  readonly articles: readonly Article[];
  readonly resolve: (outcomes: readonly Outcome<Storable>[]) => void;
}

interface PoolWorker {
  readonly thread: Worker;
  /** Chunks sent to this worker and not answered yet. */
  readonly chunks: Set<number>;
  alive: boolean;
}

/** Worker threads that code chunks of articles. A worker that dies fails only its own chunks. */
class CodingPool {
  private readonly workers: PoolWorker[];
  private readonly pending = new Map<number, Pending>();
  private nextChunk = 0;
  /** Why the last worker died, kept to explain a run that has none left. */
  private lastDeath = '';

  constructor(count: number, ctx: Context) {
    this.workers = Array.from({ length: count }, () => {
      const w: PoolWorker = {
        thread: startWorker(ctx.config),
        chunks: new Set(),
        alive: true,
      };
      w.thread.on('message', (reply: CodeReply) => this.answer(w, reply.chunk, reply.outcomes));
      w.thread.on('error', (error) => this.bury(w, `coding worker failed: ${messageOf(error)}`));
      w.thread.on('exit', (code) => this.bury(w, `coding worker exited with code ${code}`));
      return w;
    });
  }

  /** Throws when every worker has died: nothing more can be coded. */
  checkAlive(): void {
    if (!this.workers.some((w) => w.alive)) throw new Error(`every coding worker stopped; the last: ${this.lastDeath}`);
  }

  /** True when some live worker has nothing to do. */
  hasIdleWorker(): boolean {
    return this.workers.some((w) => w.alive && w.chunks.size === 0);
  }

  /** Codes a chunk on the least busy live worker; a chunk no worker can take fails article by article. */
  code(articles: readonly Article[]): Promise<readonly Outcome<Storable>[]> {
    return new Promise((resolve) => {
      const chunk = this.nextChunk++;
      this.pending.set(chunk, { articles, resolve });
      let target: PoolWorker | undefined;
      for (const w of this.workers) if (w.alive && (!target || w.chunks.size < target.chunks.size)) target = w;
      if (!target) {
        this.fail(chunk, 'no coding worker is left');
        return;
      }
      target.chunks.add(chunk);
      const request: CodeRequest = { chunk, articles };
      target.thread.postMessage(request);
    });
  }

  private answer(w: PoolWorker, chunk: number, outcomes: readonly Outcome<Storable>[]): void {
    w.chunks.delete(chunk);
    this.pending.get(chunk)?.resolve(outcomes);
    this.pending.delete(chunk);
  }

  private fail(chunk: number, message: string): void {
    const pending = this.pending.get(chunk);
    this.pending.delete(chunk);
    pending?.resolve(pending.articles.map((a) => failure(a.origin ?? a.id, `article ${a.id}: ${message}`)));
  }

  private bury(w: PoolWorker, message: string): void {
    if (!w.alive) return;
    w.alive = false;
    this.lastDeath = message;
    for (const chunk of w.chunks) this.fail(chunk, message);
    w.chunks.clear();
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.alive = false;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }
}

/** One input waiting for its coded outcome. */
interface Slot {
  readonly read: Outcome<Article>;
  coded: Outcome<Storable> | null | undefined;
  readonly done: Promise<void>;
}

function slotFor(read: Outcome<Article>): { slot: Slot; settle: (coded: Outcome<Storable>) => void } {
  let settle: (coded: Outcome<Storable>) => void = () => {};
  const slot: Slot = {
    read,
    coded: read.ok ? undefined : null,
    done: read.ok
      ? new Promise<void>((resolve) => {
          settle = (coded) => {
            slot.coded = coded;
            resolve();
          };
        })
      : Promise.resolve(),
  };
  return { slot, settle };
}

async function* codeInPool(inputs: AsyncIterable<Outcome<Article>>, pool: CodingPool, workers: number) {
  const maxHeld = workers * CHUNKS_PER_WORKER * CHUNK_ARTICLES;
  const held: Slot[] = [];
  let chunk: { article: Article; settle: (coded: Outcome<Storable>) => void }[] = [];
  const send = () => {
    if (chunk.length === 0) return;
    pool.checkAlive();
    const sent = chunk;
    chunk = [];
    pool.code(sent.map((s) => s.article)).then((outcomes) => {
      sent.forEach((s, i) => {
        s.settle(outcomes[i] ?? failure(s.article.id, 'no answer from the coding worker'));
      });
    });
  };
  const take = (): CodedInput => {
    const slot = held.shift() as Slot;
    return { read: slot.read, coded: slot.coded ?? null };
  };
  for await (const read of inputs) {
    const { slot, settle } = slotFor(read);
    held.push(slot);
    if (read.ok) chunk.push({ article: read.value, settle });
    // Send a full chunk, or a partial one as soon as a worker would otherwise wait.
    if (chunk.length >= CHUNK_ARTICLES || pool.hasIdleWorker()) send();
    // Hand on what is coded at the head; wait for the head only when too much is held.
    while (held.length > 0 && (held[0]?.coded !== undefined || held.length >= maxHeld)) {
      if (held[0]?.coded === undefined) {
        send();
        await held[0]?.done;
      }
      yield take();
    }
  }
  send();
  while (held.length > 0) {
    await held[0]?.done;
    yield take();
  }
}

/**
 * Codes each article read, in input order: in this thread when `workers` is 1, else in
 * that many worker threads. Failed reads pass through with `coded: null`.
 * @example for await (const { read, coded } of codeInputs(readInputs(paths), ctx, 2)) ...
 */
export async function* codeInputs(
  inputs: AsyncIterable<Outcome<Article>>,
  ctx: Context,
  workers: number,
): AsyncGenerator<CodedInput> {
  if (workers <= 1) {
    for await (const read of inputs) yield { read, coded: read.ok ? codeArticle(read.value, ctx) : null };
    return;
  }
  const pool = new CodingPool(workers, ctx);
  try {
    yield* codeInPool(inputs, pool, workers);
  } finally {
    await pool.close();
  }
}
