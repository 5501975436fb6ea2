/**
 * dyad's own tables as dictionaries: actors and agents from src/tables/actors.ts, verb
 * patterns from src/tables/verbs.ts. Kinds the user replaced are not loaded at all.
 */
import type { DictionaryKind } from '../config.js';
import { jsonCached, startupCache } from '../tables/_json-cache.js';
import { builtinActorEntries, builtinAgentEntries } from '../tables/actors.js';
import { builtinVerbPatterns } from '../tables/verbs.js';
import type { Dictionaries } from './types.js';

type Builtin = Pick<Dictionaries, 'actors' | 'agents' | 'verbs'>;

const buildAll = (): Builtin => ({
  actors: builtinActorEntries(),
  agents: builtinAgentEntries(),
  verbs: builtinVerbPatterns(),
});

/** All three built-in kinds, from the start-up cache when dyad runs built. */
function loadAll(): Builtin {
  const cache = startupCache('dictionaries');
  return cache ? jsonCached(cache.dir, cache.name, cache.key, buildAll) : buildAll();
}

/** The built-in dictionaries, leaving out the kinds in `skip` (replaced by user files). */
export function builtinDictionaries(skip: ReadonlySet<DictionaryKind>): Partial<Dictionaries> {
  const all = skip.size === 0 ? loadAll() : null;
  const part: { -readonly [K in keyof Dictionaries]?: Dictionaries[K] } = {};
  if (!skip.has('actors')) part.actors = all?.actors ?? builtinActorEntries();
  if (!skip.has('agents')) part.agents = all?.agents ?? builtinAgentEntries();
  if (!skip.has('verbs')) part.verbs = all?.verbs ?? builtinVerbPatterns();
  // Discards and issues: dyad has no built-in lists; empty unless the user gives files.
  return part;
}
