/**
 * The `dyad` command line: wires the commands together. Each command lives in
 * `commands/<name>.ts` and exports `register<Name>(program)`.
 */
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { registerArticles } from './commands/articles.js';
import { registerCode } from './commands/code.js';
import { registerDict } from './commands/dict.js';
import { registerEval } from './commands/eval.js';
import { registerEvents } from './commands/events.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerStats } from './commands/stats.js';
import { registerWatch } from './commands/watch.js';

/** Builds the program with every command registered. */
export function createProgram(): Command {
  const program = new Command('dyad')
    .description('Political event data from news text: who did what to whom, when and where.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerCode(program);
  registerDict(program);
  registerEval(program);
  registerIngest(program);
  registerEvents(program);
  registerExport(program);
  registerArticles(program);
  registerSearch(program);
  registerShow(program);
  registerStats(program);
  registerWatch(program);
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 some inputs failed, 2 usage or configuration error. */
export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = 0;
  try {
    await createProgram().parseAsync([...argv]);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      console.error(`dyad: ${error.message}`);
      return error.exitCode;
    }
    console.error(`dyad: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
