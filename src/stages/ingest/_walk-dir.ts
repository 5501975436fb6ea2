/**
 * Walks a directory for article files: recursive, in sorted order, the extensions of
 * `ARTICLE_EXTENSIONS` only. Hidden entries (`.git`, `.DS_Store`) are passed over; other files are
 * counted and reported once, as a warning naming the directory.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type Problem, warning } from '../../core/problem.js';
import { describeFsError } from './_fs-errors.js';
import type { FileFormat } from './_read-source.js';

/** Extensions read in a directory, and the format each is read in. */
export const ARTICLE_EXTENSIONS: ReadonlyMap<string, FileFormat> = new Map([
  ['.txt', 'text'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xml', 'feed'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
]);

/** A file to read, or a problem met on the way. */
export type WalkItem =
  | { readonly kind: 'file'; readonly path: string; readonly format: FileFormat }
  | { readonly kind: 'problem'; readonly problem: Problem };

interface Walk {
  readonly visited: Set<string>;
  readonly skipped: Map<string, number>;
}

async function isDirectory(entry: Dirent, path: string): Promise<boolean> {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  // A broken link is left to the file reader, which reports it.
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

async function* walk(dir: string, state: Walk): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    // Symbolic links may loop: visit each real directory once.
    const real = await realpath(dir);
    if (state.visited.has(real)) return;
    state.visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'problem', problem: { input: dir, message: describeFsError(error), severity: 'error' } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (await isDirectory(entry, path)) {
      yield* walk(path, state);
      continue;
    }
    const ext = extname(entry.name).toLowerCase();
    const format = ARTICLE_EXTENSIONS.get(ext);
    if (format) yield { kind: 'file', path, format };
    else state.skipped.set(ext || '(none)', (state.skipped.get(ext || '(none)') ?? 0) + 1);
  }
}

function skippedWarning(dir: string, skipped: ReadonlyMap<string, number>): Problem | null {
  let count = 0;
  for (const n of skipped.values()) count += n;
  if (count === 0) return null;
  const kinds = [...skipped.keys()].sort().join(', ');
  const files = count === 1 ? '1 file' : `${count} files`;
  return warning(
    dir,
    `skipped ${files} of other types (${kinds}); directories are read for ${[...ARTICLE_EXTENSIONS.keys()].join(', ')}`,
  );
}

/** What a directory holds for the readers. */
export interface DirectoryListing {
  /** Files to read and problems met, in sorted order. */
  readonly items: readonly WalkItem[];
  /** One warning for the files passed over, or null. */
  readonly skipped: Problem | null;
}

/**
 * Lists the article files under `dir` before any is read, so the warning for skipped
 * files is known up front (a list of paths is small next to the articles themselves).
 */
export async function listDirectory(dir: string): Promise<DirectoryListing> {
  const state: Walk = { visited: new Set(), skipped: new Map() };
  const items: WalkItem[] = [];
  for await (const item of walk(dir, state)) items.push(item);
  return { items, skipped: skippedWarning(dir, state.skipped) };
}
