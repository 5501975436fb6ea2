/**
 * Shared plumbing of the table loaders: find the package's data/ folder and read a
 * tab-separated table into rows that remember their line number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One data row of a TSV table: its cells and its 1-based line number in the file. */
export interface TsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

let root: string | undefined;

/** The folder holding package.json, found by walking up from this file (works from src/ and dist/). */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('[tables] cannot find package.json above the tables module');
    dir = up;
  }
}

/** Absolute path of a file under the package's data/ folder, e.g. `dataFile('cameo', 'events.tsv')`. */
export function dataFile(...parts: readonly string[]): string {
  return join(packageRoot(), 'data', ...parts);
}

/** Error for a bad row, naming the file and the line. */
export function tableError(file: string, line: number, message: string): Error {
  return new Error(`[tables] ${file}:${line}: ${message}`);
}

/**
 * Reads a TSV table: checks the header, skips blank and `#` lines, and checks each row has
 * between `minCells` and the header's number of cells (missing trailing cells become '').
 */
export function readTsv(file: string, header: readonly string[], minCells = header.length): readonly TsvRow[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows: TsvRow[] = [];
  let seenHeader = false;
  lines.forEach((raw, index) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '' || text.startsWith('#')) return;
    const cells = text.split('\t');
    if (!seenHeader) {
      if (cells.join('\t') !== header.join('\t')) {
        throw tableError(file, index + 1, `expected header "${header.join(' ')}"`);
      }
      seenHeader = true;
      return;
    }
    if (cells.length < minCells || cells.length > header.length) {
      throw tableError(
        file,
        index + 1,
        `expected ${minCells}-${header.length} tab-separated cells, got ${cells.length}`,
      );
    }
    while (cells.length < header.length) cells.push('');
    rows.push({ line: index + 1, cells });
  });
  if (!seenHeader) throw tableError(file, 1, 'empty table, no header');
  return rows;
}
