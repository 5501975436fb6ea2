/**
 * `dyad code FILE...`: codes articles and prints them, without a store. JSON Lines
 * (one document per article, see schema/document.schema.json) or a readable report.
 */
import type { Command } from 'commander';
import type { DictionaryFile } from '../../config.js';
import { createContext } from '../../context.js';
import { formatProblem } from '../../core/problem.js';
import { codeArticle } from '../../pipeline.js';
import { readInputs } from '../../stages/ingest/index.js';
import { CliError } from '../cli-error.js';
import { collectDictionary } from '../options.js';
import { toOutputDocument } from '../output/to-json.js';
import { toTextReport } from '../output/to-text.js';
import { reportDictionaryProblems } from './_dictionaries.js';

const FORMATS = ['json', 'text'] as const;
type Format = (typeof FORMATS)[number];

interface CodeOptions {
  readonly format?: string;
  readonly dict: readonly DictionaryFile[];
}

/** Writes one line, waiting for the pipe when it is full. */
async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** Codes every input and prints it; returns the number of inputs that failed. */
export async function runCode(paths: readonly string[], options: CodeOptions): Promise<number> {
  const format = (options.format ?? (process.stdout.isTTY ? 'text' : 'json')) as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}`, 2);
  const ctx = createContext({ dictionaries: options.dict });
  reportDictionaryProblems(ctx);
  let failed = 0;
  for await (const input of readInputs(paths, { stdin: process.stdin })) {
    if (!input.ok) {
      const isWarning = input.problem.severity === 'warning';
      if (!isWarning) failed++;
      console.error(`dyad: ${isWarning ? 'warning: ' : ''}${formatProblem(input.problem)}`);
      continue;
    }
    for (const w of input.warnings) console.error(`dyad: warning: ${formatProblem(w)}`);
    const coded = codeArticle(input.value, ctx);
    if (!coded.ok) {
      failed++;
      console.error(`dyad: ${formatProblem(coded.problem)}`);
      continue;
    }
    await write(format === 'json' ? JSON.stringify(toOutputDocument(coded.value)) : toTextReport(coded.value));
  }
  return failed;
}

/** Registers `dyad code`. */
export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code articles and print who did what to whom (no store)')
    .argument('<paths...>', 'text files, JSONL files, directories, or - for stdin')
    .option('-f, --format <format>', 'json (JSON Lines) or text; default text on a terminal, json otherwise')
    .option('--dict <kind=file>', 'use a PETRARCH/TABARI dictionary file (repeatable)', collectDictionary, [])
    .action(async (paths: string[], options: CodeOptions) => {
      const failed = await runCode(paths, options);
      if (failed > 0) process.exitCode = 1;
    });
}
