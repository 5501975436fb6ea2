/**
 * `dyad eval petrarch FILE.jsonl [--dict KIND=FILE ...] [--json]`: codes each sentence of the
 * PETRARCH validation set with `codeArticle` and scores the events against the gold ones
 * (see petrarch-score.ts). The gold codes follow the suite's own dictionaries, so when no
 * `--dict` is given the `PETR.Validate.*` files beside the set are used, when they exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { collectDictionary, parsePositiveInt } from '../cli/options.js';
import type { DictionaryFile } from '../config.js';
import { type Context, createContext } from '../context.js';
import { articleId } from '../core/article.js';
import { loadDictionariesOnce } from '../dictionaries/load.js';
import { codeArticle } from '../pipeline.js';
import { formatPetrarchReport } from './petrarch-format.js';
import {
  eventTriples,
  INCLUDED_CATEGORIES,
  type PetrarchRecord,
  parseRecord,
  recordOptions,
} from './petrarch-record.js';
import { type PetrarchReport, report, type ScoredRecord } from './petrarch-score.js';

/** Records of a JSONL file, and a message per line that is not a record. */
export function readPetrarchFile(path: string): { records: PetrarchRecord[]; problems: string[] } {
  const records: PetrarchRecord[] = [];
  const problems: string[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const r = parseRecord(line);
      if (typeof r === 'string') problems.push(`${path} line ${i + 1}: ${r}`);
      else records.push(r);
    });
  return { records, problems };
}

/** The validation dictionaries beside a `petrarch-validation/dev.jsonl`, when they are there. */
export function defaultValidationDictionaries(setPath: string): DictionaryFile[] {
  const dir = join(dirname(setPath), '..', 'petrarch-dictionaries');
  const files: DictionaryFile[] = [
    { kind: 'verbs', path: join(dir, 'PETR.Validate.verbs.txt') },
    { kind: 'actors', path: join(dir, 'PETR.Validate.actors.txt') },
    { kind: 'agents', path: join(dir, 'PETR.Validate.agents.txt') },
    { kind: 'discards', path: join(dir, 'PETR.Validate.discards.txt') },
  ];
  return files.every((f) => existsSync(f.path)) ? files : [];
}

/** Codes one record and turns its events into triples; never throws. */
export function codeRecord(record: PetrarchRecord, ctx: Context): ScoredRecord {
  const base = {
    id: record.id,
    category: record.category,
    included: record.valid && INCLUDED_CATEGORIES.has(record.category),
    expected: record.events,
    text: record.text,
  };
  try {
    const article = { id: articleId(record.id), date: record.date, text: record.text, origin: record.id };
    const coded = codeArticle(article, ctx);
    if (!coded.ok) return { ...base, produced: [], raised: true };
    return { ...base, produced: eventTriples(coded.value.events, recordOptions(record.options)), raised: false };
  } catch {
    return { ...base, produced: [], raised: true };
  }
}

/** Codes and scores every record with one context (dictionaries load once). */
export function evaluatePetrarch(records: readonly PetrarchRecord[], ctx: Context): PetrarchReport {
  return report(records.map((r) => codeRecord(r, ctx)));
}

/** Runs the evaluation of a set file with the given dictionaries; returns the report and load warnings. */
export function runPetrarchEval(
  path: string,
  dict: readonly DictionaryFile[],
): { report: PetrarchReport; warnings: string[]; dictionaries: readonly DictionaryFile[] } {
  const { records, problems } = readPetrarchFile(path);
  const dictionaries = dict.length > 0 ? dict : defaultValidationDictionaries(path);
  const ctx = createContext({ dictionaries });
  const loaded = loadDictionariesOnce(ctx);
  const warnings = [...problems, ...loaded.problems.map((p) => `${p.file} line ${p.line}: ${p.message}`)];
  return { report: evaluatePetrarch(records, ctx), warnings, dictionaries };
}

/** Registers `dyad eval petrarch` under the `dyad eval` command. */
export function registerPetrarchEval(evalCommand: Command): Command {
  return evalCommand
    .command('petrarch')
    .description('score event coding on the PETRARCH validation set (JSONL with gold events)')
    .argument('<file>', 'the validation set, e.g. ../shared/data/petrarch-validation/dev.jsonl')
    .option(
      '--dict <kind=file>',
      'dictionary file (repeatable); default: PETR.Validate.* beside the set',
      collectDictionary,
      [],
    )
    .option('--json', 'print the report as JSON')
    .option('--failures <n>', 'failures listed per category in the text report', parsePositiveInt)
    .action((file: string, options: { dict: DictionaryFile[]; json?: boolean; failures?: number }) => {
      const run = runPetrarchEval(file, options.dict);
      for (const w of run.warnings) console.error(`dyad: warning: ${w}`);
      if (options.json) console.log(JSON.stringify({ file, dictionaries: run.dictionaries, ...run.report }, null, 2));
      else {
        const dicts = run.dictionaries.map((d) => `${d.kind}=${d.path}`).join(' ') || '(built-in)';
        console.log(`PETRARCH validation ${file}\ndictionaries: ${dicts}\n`);
        console.log(formatPetrarchReport(run.report, options.failures));
      }
      if (run.report.all.raised > 0) process.exitCode = 1;
    });
}
