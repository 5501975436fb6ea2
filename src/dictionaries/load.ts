/**
 * The coder's dictionaries: dyad's built-in tables, with each kind replaced by the user's
 * files of that kind when `--dict KIND=FILE` names some (several files of one kind are
 * concatenated). Loaded once per context.
 */
import type { DictionaryKind, DyadConfig } from '../config.js';
import { type Context, memo } from '../context.js';
import { builtinDictionaries } from './builtin.js';
import { readDictionaryFile } from './read.js';
import type { Dictionaries, DictionaryProblem } from './types.js';

/** Dictionaries with the problems found while reading the user's files. */
export interface LoadedDictionaries {
  readonly dictionaries: Dictionaries;
  readonly problems: readonly DictionaryProblem[];
}

type Lists = { -readonly [K in keyof Dictionaries]: Dictionaries[K][number][] };

/** Loads the built-in tables and the configured user files, collecting problems. */
export function loadDictionariesWithProblems(config: DyadConfig): LoadedDictionaries {
  const replaced = new Set<DictionaryKind>(config.dictionaries.map((d) => d.kind));
  const lists: Lists = { actors: [], agents: [], verbs: [], discards: [], issues: [] };
  const problems: DictionaryProblem[] = [];
  for (const file of config.dictionaries) {
    const result = readDictionaryFile(file.kind, file.path);
    problems.push(...result.problems);
    append(lists, result.part);
  }
  const builtin = builtinDictionaries(replaced);
  append(lists, builtin);
  return { dictionaries: lists, problems };
}

function append(lists: Lists, part: Partial<Dictionaries>): void {
  if (part.actors) lists.actors.push(...part.actors);
  if (part.agents) lists.agents.push(...part.agents);
  if (part.verbs) lists.verbs.push(...part.verbs);
  if (part.discards) lists.discards.push(...part.discards);
  if (part.issues) lists.issues.push(...part.issues);
}

/** The dictionaries with their load problems, once per context (memo key `dictionaries`). */
export function loadDictionariesOnce(ctx: Context): LoadedDictionaries {
  return memo(ctx, 'dictionaries', () => loadDictionariesWithProblems(ctx.config));
}

/** The coder's dictionaries for this context: built-in tables, or the user's files per kind. */
export function loadDictionaries(ctx: Context): Dictionaries {
  return loadDictionariesOnce(ctx).dictionaries;
}
