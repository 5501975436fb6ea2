/**
 * `dyad eval <set> FILE`: accuracy against gold sets, read from ../shared at run time.
 * Each scorer in `src/eval/` adds its sub-command here.
 */
import type { Command } from 'commander';
import { registerDuplicatesEval } from '../../eval/duplicates-command.js';
import { registerPetrarchEval } from '../../eval/petrarch.js';

/** Registers `dyad eval` and its sub-commands. */
export function registerEval(program: Command): Command {
  const evalCommand = program.command('eval').description('measure accuracy against a gold set');
  registerPetrarchEval(evalCommand);
  registerDuplicatesEval(evalCommand);
  return evalCommand;
}
