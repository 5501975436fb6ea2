/**
 * `dyad show ARTICLE_ID`: one stored article with everything extracted from it, as
 * the readable report or the JSON of `dyad code --format json`.
 */
import type { Command } from 'commander';
import { DEFAULT_CONFIG } from '../../config.js';
import { CliError } from '../cli-error.js';
import { type CliIo, processIo, writeLine } from '../io.js';
import { toOutputDocument } from '../output/to-json.js';
import { toTextReport } from '../output/to-text.js';
import { checkFormat, withStore } from './_store-options.js';

const FORMATS = ['text', 'json'] as const;

/** Options of `dyad show`, as commander gives them. */
export interface ShowOptions {
  readonly db?: string;
  readonly format?: string;
}

/** Prints one stored article; an unknown id is an error (exit 1). */
export async function runShow(id: string, options: ShowOptions, io: CliIo = processIo()): Promise<void> {
  const format = checkFormat(options.format ?? 'text', FORMATS);
  const db = options.db ?? DEFAULT_CONFIG.db;
  const doc = await withStore(db, (store) => store.getDocument(id));
  if (doc === null) throw new CliError(`no article "${id}" in ${db} (see "dyad articles")`, 1);
  await writeLine(io.stdout, format === 'json' ? JSON.stringify(toOutputDocument(doc)) : toTextReport(doc));
}

/** Registers `dyad show`. */
export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print one stored article with its events, actors, quotes, claims, places and times')
    .argument('<article-id>', 'the id shown by "dyad articles"')
    .option('--db <file>', 'SQLite database file', DEFAULT_CONFIG.db)
    .option('-f, --format <format>', `one of ${FORMATS.join(', ')}`, 'text')
    .action(async (id: string, options: ShowOptions) => {
      await runShow(id, options);
    });
}
