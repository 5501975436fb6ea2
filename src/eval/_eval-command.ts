/**
 * What the `dyad eval cameo|plover|conflibert` sub-commands share: the options `--json`,
 * `--failures N` and `--dict KIND=FILE`, the context they build, and how they print.
 */
import type { Command } from 'commander';
import { collectDictionary, parsePositiveInt } from '../cli/options.js';
import type { DictionaryFile } from '../config.js';
import { type Context, createContext } from '../context.js';
import { loadDictionariesOnce } from '../dictionaries/load.js';

/** Options every one of these sub-commands takes. */
export interface EvalCommandOptions {
  readonly json?: boolean;
  readonly failures: number;
  readonly dict: readonly DictionaryFile[];
}

/** Adds `--json`, `--failures` and `--dict` to a sub-command. */
export function withEvalOptions(command: Command): Command {
  return command
    .option('--json', 'print the report as JSON')
    .option('--failures <n>', 'errors listed in the text report', parsePositiveInt, 20)
    .option(
      '--dict <kind=file>',
      "dictionary file replacing dyad's table of that kind (repeatable)",
      collectDictionary,
      [],
    );
}

/** A context with the given dictionaries; their load problems are printed as warnings. */
export function evalContext(dict: readonly DictionaryFile[]): Context {
  const ctx = createContext({ dictionaries: dict });
  for (const p of loadDictionariesOnce(ctx).problems)
    console.error(`dyad: warning: ${p.file} line ${p.line}: ${p.message}`);
  return ctx;
}

/** Prints read problems as warnings, then the report as JSON or as titled text. */
export function printEval(
  problems: readonly string[],
  json: boolean | undefined,
  report: unknown,
  text: () => string,
): void {
  for (const p of problems) console.error(`dyad: warning: ${p}`);
  console.log(json ? JSON.stringify(report, null, 2) : text());
}
