/**
 * `dyad eval <set> FILE`: accuracy against gold sets, read from ../shared at run time.
 * Each scorer in `src/eval/` adds its sub-command here.
 */
import type { Command } from 'commander';
import { registerCameoEval } from '../../eval/cameo.js';
import { registerConflibertEval } from '../../eval/conflibert.js';
import { registerDuplicatesEval } from '../../eval/duplicates-command.js';
import { registerGeoEval } from '../../eval/geo.js';
import { registerPetrarchEval } from '../../eval/petrarch.js';
import { registerPloverEval } from '../../eval/plover.js';
import { registerQuotesEval } from '../../eval/quotes.js';
import { registerTimeEval } from '../../eval/time.js';

/** Registers `dyad eval` and its sub-commands. */
export function registerEval(program: Command): Command {
  const evalCommand = program.command('eval').description('measure accuracy against a gold set');
  registerPetrarchEval(evalCommand);
  registerDuplicatesEval(evalCommand);
  registerGeoEval(evalCommand);
  registerCameoEval(evalCommand);
  registerPloverEval(evalCommand);
  registerConflibertEval(evalCommand);
  registerTimeEval(evalCommand);
  registerQuotesEval(evalCommand);
  return evalCommand;
}
