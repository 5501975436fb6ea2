/**
 * dyad's own actor knowledge as dictionary entries: organisations and groups
 * (`data/actors/organisations.tsv`), role nouns and titles (`data/actors/agents.tsv`), and
 * country names, demonyms and capitals from `data/countries/countries.tsv`. Every row is
 * validated at load: a bad row throws an error naming file and line. Read once per process.
 */
import { dictionary } from '../core/source.js';
import type { ActorEntry, AgentEntry } from '../dictionaries/types.js';
import { type Agent, type Organisation, parseAgents, parseOrganisations } from './_actor-rows.js';
import { countryActorEntries, isCommonWord, regionActorEntries } from './_country-actors.js';
import { phraseWords } from './_phrase-words.js';
import { dataFile } from './_tsv.js';
import { loadCountries, loadRegions } from './countries.js';

export {
  AGENT_KINDS,
  type Agent,
  type AgentKind,
  type Organisation,
  parseAgents,
  parseOrganisations,
} from './_actor-rows.js';

/**
 * Dictionary entries for organisations: one per name or alias, duplicates dropped. Aliases
 * that are common words in lower case ("WHO") are left out, or with `exactCase` are the only
 * ones returned, their words in original case.
 */
export function organisationEntries(orgs: readonly Organisation[], exactCase = false): ActorEntry[] {
  const seen = new Set<string>();
  const entries: ActorEntry[] = [];
  for (const org of orgs) {
    for (const alias of [org.name, ...org.aliases]) {
      if (isCommonWord(alias) !== exactCase) continue;
      const phrase = exactCase ? alias.split(/\s+/) : phraseWords(alias);
      const key = `${phrase.join(' ')}\t${org.code}`;
      if (phrase.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const source = dictionary('organisations', org.name);
      entries.push({ phrase, name: org.name, code: org.code, dated: org.dated, type: org.type, source });
    }
  }
  return entries;
}

const PLAIN_WORD = /^[A-Za-z][A-Za-z-]*$/;

/**
 * Dictionary entries for well-known people: full names match case-blind; a one-word alias
 * (a surname: "Obama", "Xi", "Bush") only in its exact case, so "bush" or "trump" stay words.
 * With `exactCase`, returns only the one-word aliases.
 */
export function peopleEntries(people: readonly Organisation[], exactCase = false): ActorEntry[] {
  const entries: ActorEntry[] = [];
  for (const person of people) {
    for (const alias of [person.name, ...person.aliases]) {
      const single = PLAIN_WORD.test(alias);
      if (single !== exactCase) continue;
      const phrase = single ? [alias] : phraseWords(alias);
      if (phrase.length === 0) continue;
      const source = dictionary('people', person.name);
      entries.push({ phrase, name: person.name, code: person.code, dated: person.dated, type: 'person', source });
    }
  }
  return entries;
}

let orgCache: readonly Organisation[] | undefined;
let peopleCache: readonly Organisation[] | undefined;
let agentCache: readonly Agent[] | undefined;
let actorEntryCache: readonly ActorEntry[] | undefined;
let agentEntryCache: readonly AgentEntry[] | undefined;
let exactCaseCache: readonly ActorEntry[] | undefined;

/** The rows of `data/actors/organisations.tsv`. */
export function loadOrganisations(): readonly Organisation[] {
  orgCache ??= parseOrganisations(dataFile('actors', 'organisations.tsv'), new Set(loadCountries().keys()));
  return orgCache;
}

/** The rows of `data/actors/people.tsv` (same columns as organisations, type `person`). */
export function loadPeople(): readonly Organisation[] {
  peopleCache ??= parseOrganisations(dataFile('actors', 'people.tsv'), new Set(loadCountries().keys()));
  return peopleCache;
}

/** The rows of `data/actors/agents.tsv`. */
export function loadAgents(): readonly Agent[] {
  agentCache ??= parseAgents(dataFile('actors', 'agents.tsv'));
  return agentCache;
}

/**
 * Built-in actor entries: organisations and groups, well-known people, then countries, demonyms
 * and capitals, then disputed territories standing for their country ("Xinjiang" → CHN).
 */
export function builtinActorEntries(): readonly ActorEntry[] {
  actorEntryCache ??= [
    ...organisationEntries(loadOrganisations()),
    ...peopleEntries(loadPeople()),
    ...countryActorEntries(loadCountries()),
    ...regionActorEntries(loadRegions(), loadCountries()),
  ];
  return actorEntryCache;
}

/**
 * Built-in actor names that are common words in lower case ("US", "WHO", "IS"): phrases in
 * original case, to be matched only against a token's exact text, never its `normal` form.
 */
export function exactCaseActorEntries(): readonly ActorEntry[] {
  exactCaseCache ??= [
    ...organisationEntries(loadOrganisations(), true),
    ...peopleEntries(loadPeople(), true),
    ...countryActorEntries(loadCountries(), true),
  ];
  return exactCaseCache;
}

/** Built-in agent entries: role nouns and titles with the role code they add. */
export function builtinAgentEntries(): readonly AgentEntry[] {
  agentEntryCache ??= loadAgents().map((a) => ({
    phrase: phraseWords(a.phrase),
    code: a.code,
    source: dictionary('agents', a.phrase),
  }));
  return agentEntryCache;
}
