/**
 * dyad's own tables as dictionaries: actors and agents from src/tables/actors.ts, verb
 * patterns from src/tables/verbs.ts. Kinds the user replaced are not loaded at all.
 */
import type { DictionaryKind } from '../config.js';
import { builtinActorEntries, builtinAgentEntries } from '../tables/actors.js';
import { builtinVerbPatterns } from '../tables/verbs.js';
import type { Dictionaries } from './types.js';

/** The built-in dictionaries, leaving out the kinds in `skip` (replaced by user files). */
export function builtinDictionaries(skip: ReadonlySet<DictionaryKind>): Partial<Dictionaries> {
  const part: { -readonly [K in keyof Dictionaries]?: Dictionaries[K] } = {};
  if (!skip.has('actors')) part.actors = builtinActorEntries();
  if (!skip.has('agents')) part.agents = builtinAgentEntries();
  if (!skip.has('verbs')) part.verbs = builtinVerbPatterns();
  // Discards and issues: dyad has no built-in lists; empty unless the user gives files.
  return part;
}
