import type { Context } from '../../context.js';
import { loadDictionariesOnce } from '../../dictionaries/load.js';

/**
 * Prints the problems found in the user's dictionary files, once, as warnings on stderr.
 * A malformed entry is skipped by the reader; the run goes on with the rest.
 */
export function reportDictionaryProblems(ctx: Context, log: (line: string) => void = console.error): number {
  const { problems } = loadDictionariesOnce(ctx);
  for (const p of problems) log(`dyad: warning: ${p.file} line ${p.line}: ${p.message}`);
  return problems.length;
}
