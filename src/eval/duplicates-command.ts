/** `dyad eval duplicates FILE.jsonl`: the near-duplicate check on a synthetic set of edited copies. */
import type { Command } from 'commander';
import { parsePositiveInt } from '../cli/options.js';
import { readCorpus, scoreDuplicates } from './duplicates.js';

const THRESHOLDS = [0.4, 0.5, 0.6, 0.7, 0.8] as const;
const RATES = [0.02, 0.05, 0.1] as const;

/** Registers `dyad eval duplicates`. */
export function registerDuplicatesEval(evalCommand: Command): void {
  evalCommand
    .command('duplicates')
    .description('near-duplicate detection on edited copies of a JSONL corpus (synthetic gold)')
    .argument('<file>', 'JSONL corpus, e.g. ../shared/data/news/wikinews/articles.jsonl')
    .option('-n, --articles <n>', 'originals to use', parsePositiveInt, 500)
    .option('--copies <n>', 'edited copies per original', parsePositiveInt, 2)
    .action(async (file: string, options: { articles: number; copies: number }) => {
      const originals = await readCorpus(file, options.articles);
      console.log(`${originals.length} originals × ${options.copies} edited copies (seeded)`);
      console.log('edit rate  threshold  precision  recall  false dups  ms/article');
      for (const rate of RATES) {
        for (const threshold of THRESHOLDS) {
          const r = scoreDuplicates(originals, { threshold, rate, copiesEach: options.copies, seed: 42 });
          console.log(
            `${`${rate * 100}%`.padStart(9)}  ${threshold.toFixed(2).padStart(9)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall
              .toFixed(3)
              .padStart(6)}  ${String(r.falseDuplicates).padStart(10)}  ${r.msPerArticle.toFixed(3).padStart(10)}`,
          );
        }
      }
    });
}
