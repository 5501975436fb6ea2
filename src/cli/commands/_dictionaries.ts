import type { Context } from '../../context.js';
import { loadDictionariesOnce } from '../../dictionaries/load.js';

/**
 * Prints the problems found in the user's dictionary files, once, as warnings on stderr.
 * A malformed entry is skipped by the reader; the run goes on with the rest.
 */
export function reportDictionaryProblems(ctx: Context, log: (line: string) => void = console.error): number {
  // dyad's own tables have no problems (a bad row stops the start): nothing to load here, and a
  // main thread that only stores what its workers code never loads them at all.
  if (ctx.config.dictionaries.length === 0) return 0;
  const { problems } = loadDictionariesOnce(ctx);
  for (const p of problems) log(`dyad: warning: ${p.file} line ${p.line}: ${p.message}`);
  return problems.length;
}
