/**
 * Countries as actor entries: name, aliases and demonyms give the country's CAMEO code
 * ("Chinese" → CHN); the capital stands for the government ("Beijing said" → CHNGOV, type
 * `government`: a metonym, see data/actors/README.md). Plural demonyms ("Israelis") are added.
 * Names that are also common English words in lower case ("US" = "us") are kept apart:
 * they may only match with their exact capitals (see `isCommonWord`).
 */
import { dictionary } from '../core/source.js';
import type { ActorEntry } from '../dictionaries/types.js';
import { phraseWords } from './_phrase-words.js';
import type { Country, Region } from './countries.js';

/** Lower-case words that some names spell ("US", "WHO", "IS", "LeT", "CAR"): never matched case-blind. */
const COMMON_WORDS = new Set('us who is it let aa am an as at no on or to we car pole kiwi'.split(' '));

/** Capitals whose name is far more often a person or another place: no metonym entry. */
const NAME_LIKE_CAPITALS = new Set(['victoria', 'hamilton', 'stanley', 'cayenne']);

/** Where one demonym or name belongs to two countries, the one news usually means. */
const PREFERRED = new Map<string, string>([['congolese', 'COD']]);

/** True for a name whose lower-case form is a common English word ("US", "WHO"). */
export function isCommonWord(name: string): boolean {
  return COMMON_WORDS.has(name.trim().toLowerCase());
}

/** "Israeli" → "Israelis", "Afghan" → "Afghans"; null where English has no plain plural ("Chinese"). */
function pluralDemonym(demonym: string): string | null {
  if (/(?:ese|ss|sh|ch|x|s)$/i.test(demonym)) return null;
  return `${demonym}s`;
}

interface Draft {
  readonly alias: string;
  readonly code: string;
  readonly type: ActorEntry['type'];
  readonly entry: string;
}

function drafts(country: Country): Draft[] {
  const { cameo, name } = country;
  const asCountry = (alias: string): Draft => ({ alias, code: cameo, type: 'country', entry: name });
  const plurals = country.demonyms.map(pluralDemonym).filter((p): p is string => p !== null);
  const names = [name, ...country.aliases, ...country.demonyms, ...plurals].map(asCountry);
  if (NAME_LIKE_CAPITALS.has(country.capital.toLowerCase())) return names;
  return [...names, { alias: country.capital, code: `${cameo}GOV`, type: 'government', entry: country.capital }];
}

/**
 * Actor entries for all countries. A phrase claimed by two countries goes to the one in
 * `PREFERRED`, else to the first in table order. With `exactCase`, returns instead the
 * entries for names that are common words, their phrases in original case.
 */
export function countryActorEntries(countries: ReadonlyMap<string, Country>, exactCase = false): ActorEntry[] {
  const taken = new Map<string, ActorEntry>();
  for (const country of countries.values()) {
    for (const d of drafts(country)) {
      if (isCommonWord(d.alias) !== exactCase) continue;
      const phrase = exactCase ? d.alias.trim().split(/\s+/) : phraseWords(d.alias);
      const key = phrase.join(' ');
      const preferred = PREFERRED.get(key.toLowerCase());
      if (phrase.length === 0 || (taken.has(key) && preferred !== country.iso3)) continue;
      if (preferred !== undefined && preferred !== country.iso3) continue;
      const source = dictionary('countries', d.entry);
      taken.set(key, { phrase, name: country.name, code: d.code, dated: [], type: d.type, source });
    }
  }
  return [...taken.values()];
}

/**
 * Disputed and occupied territories as actors of the country that holds or claims them
 * (data/countries/regions.tsv, kind `disputed`): "Xinjiang"/"East Turkistan" → CHN, "Gaza",
 * "West Bank" → PSE, as PETRARCH-style country dictionaries code them. Other regions (states,
 * provinces) stay places only: their names are too often people, counties or abbreviations.
 * A phrase a country already claims is left to the country.
 */
export function regionActorEntries(regions: readonly Region[], countries: ReadonlyMap<string, Country>): ActorEntry[] {
  const taken = new Set(countryActorEntries(countries).map((e) => e.phrase.join(' ')));
  const out: ActorEntry[] = [];
  for (const region of regions) {
    const country = countries.get(region.country);
    if (region.kind !== 'disputed' || !country) continue;
    for (const alias of [region.name, ...region.aliases]) {
      const phrase = phraseWords(alias);
      const key = phrase.join(' ');
      if (phrase.length === 0 || taken.has(key) || isCommonWord(alias) || alias.includes('.')) continue;
      taken.add(key);
      const source = dictionary('regions', region.name);
      out.push({ phrase, name: region.name, code: country.cameo, dated: [], type: 'country', source });
    }
  }
  return out;
}
