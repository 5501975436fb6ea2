/**
 * `dyad dict check KIND FILE`: reads a PETRARCH/TABARI dictionary file the way the coder
 * would, prints every problem as `FILE line N: message`, then a summary. Exit 1 on problems.
 */
import type { Command } from 'commander';
import { DICTIONARY_KINDS, type DictionaryKind } from '../../config.js';
import { readDictionaryFile } from '../../dictionaries/read.js';
import { CliError } from '../cli-error.js';

/** Checks one file; prints problems and the summary, returns the exit code (0 clean, 1 problems). */
export function runDictCheck(kind: string, file: string, print: (line: string) => void = console.log): number {
  if (!(DICTIONARY_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(`KIND must be one of ${DICTIONARY_KINDS.join(', ')}; got "${kind}"`, 2);
  }
  const result = readDictionaryFile(kind as DictionaryKind, file);
  for (const p of result.problems) print(`${p.file} line ${p.line}: ${p.message}`);
  const noun = kind === 'verbs' ? 'patterns' : 'entries';
  print(
    `${file}: ${result.count} ${noun} read, ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
  );
  return result.problems.length > 0 ? 1 : 0;
}

/** Registers `dyad dict` and its `check` sub-command. */
export function registerDict(program: Command): Command {
  const dict = program.command('dict').description('work with PETRARCH/TABARI dictionary files');
  dict
    .command('check')
    .description(`read a dictionary file and report its problems (KIND: ${DICTIONARY_KINDS.join(', ')})`)
    .argument('<kind>', 'verbs, actors, agents, discards or issues')
    .argument('<file>', 'the dictionary file')
    .action((kind: string, file: string) => {
      process.exitCode = runDictCheck(kind, file);
    });
  return dict;
}
