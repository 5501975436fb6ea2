/**
 * `readInputs`: files, directories (recursive), http(s) URLs and `-` for stdin, read into articles.
 * Every bad input becomes a failure naming it, and the batch goes on: the generator
 * never throws.
 */
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Article } from '../../core/article.js';
import { failure, type Outcome, warning } from '../../core/problem.js';
import { isUrlInput, readUrl } from './_fetch-read-url.js';
import { describeFileKind, describeFsError } from './_fs-errors.js';
import { type ReadLimits, type ReadOptions, readLimits } from './_options.js';
import { type InputFormat, readSource } from './_read-source.js';
import { ARTICLE_EXTENSIONS, listDirectory } from './_walk-dir.js';

/** Format of a file named on the command line: by extension, else sniffed from its content. */
function formatOf(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  return ARTICLE_EXTENSIONS.get(ext) ?? 'sniff';
}

/** Catches what escapes a reader (an I/O error mid-stream) as a failure naming the input. */
async function* guard(input: string, outcomes: AsyncGenerator<Outcome<Article>>): AsyncGenerator<Outcome<Article>> {
  try {
    yield* outcomes;
  } catch (error) {
    yield failure(input, `read failed: ${describeFsError(error)}`);
  }
}

/** Why a file cannot be read, before opening it (opening a FIFO would block); null when it can. */
function refusal(stats: Stats, format: InputFormat, limits: ReadLimits): string | null {
  if (!stats.isFile()) return `not a regular file (${describeFileKind(stats)}): refused`;
  if (stats.size === 0) return 'empty file';
  // JSONL streams at any size; a text article is read whole.
  if (format !== 'jsonl' && stats.size > limits.maxFileBytes) {
    return `file is ${stats.size} bytes, over the limit of ${limits.maxFileBytes} (maxFileBytes): refused`;
  }
  return null;
}

async function* readFile(path: string, format: InputFormat, limits: ReadLimits): AsyncGenerator<Outcome<Article>> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    const refused = refusal(await stat(path), format, limits);
    if (refused !== null) {
      yield failure(path, refused);
      return;
    }
    handle = await open(path, 'r');
  } catch (error) {
    yield failure(path, describeFsError(error));
    return;
  }
  try {
    yield* readSource(handle.createReadStream({ autoClose: false }), path, format, limits);
  } finally {
    await handle.close();
  }
}

async function* readDirectory(dir: string, limits: ReadLimits): AsyncGenerator<Outcome<Article>> {
  const { items, skipped } = await listDirectory(dir);
  if (items.length === 0 && skipped === null) {
    yield {
      ok: false,
      problem: warning(dir, `no article files in this directory (${[...ARTICLE_EXTENSIONS.keys()].join(', ')})`),
    };
    return;
  }
  // The skipped-files warning rides on the first article read, so that callers show it as a
  // warning; with no article at all it comes alone, as a problem of severity `warning`.
  let pending = skipped;
  for (const item of items) {
    const outcomes: AsyncIterable<Outcome<Article>> | Outcome<Article>[] =
      item.kind === 'problem'
        ? [{ ok: false, problem: item.problem }]
        : guard(item.path, readFile(item.path, item.format, limits));
    for await (const outcome of outcomes) {
      if (pending !== null && outcome.ok) {
        yield { ...outcome, warnings: [pending, ...outcome.warnings] };
        pending = null;
      } else {
        yield outcome;
      }
    }
  }
  if (pending !== null) yield { ok: false, problem: pending };
}

async function* readPath(path: string, limits: ReadLimits): AsyncGenerator<Outcome<Article>> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    yield failure(path, describeFsError(error));
    return;
  }
  if (stats.isDirectory()) yield* readDirectory(path, limits);
  else yield* readFile(path, formatOf(path), limits);
}

/**
 * Reads articles from files, directories, http(s) URLs and `-` (stdin), in the order given. Yields one
 * outcome per article or bad input. A directory's skipped files are one warning, on the
 * first article read from it (alone, with severity `warning`, if none is read). Never throws.
 * @example for await (const o of readInputs(['news/', '-'], { stdin: process.stdin })) ...
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<Outcome<Article>> {
  const limits = readLimits(options);
  let stdinRead = false;
  for (const path of paths) {
    if (isUrlInput(path)) {
      yield* guard(path, readUrl(path, limits, options));
    } else if (path !== '-') {
      yield* guard(path, readPath(path, limits));
    } else if (stdinRead) {
      yield failure('-', 'stdin named twice; it is read once');
    } else {
      stdinRead = true;
      yield* guard('-', readSource(options.stdin ?? process.stdin, '-', 'sniff', limits));
    }
  }
}
