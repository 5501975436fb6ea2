/**
 * `dyad eval <set> FILE`: accuracy against gold sets, read from ../shared at run time.
 * Each scorer in `src/eval/` adds its sub-command here.
 */
import type { Command } from 'commander';

/** Registers `dyad eval` and its sub-commands. */
export function registerEval(program: Command): Command {
  const evalCommand = program.command('eval').description('measure accuracy against a gold set');
  return evalCommand;
}
