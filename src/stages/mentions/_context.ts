/**
 * What a sentence says about where it happens, for roles named without a country:
 * (1) a capital after a locative preposition is a place, not an actor ("a bombing in central
 * Baghdad", "talks in the capital Doha"), though it still tells the sentence's country;
 * (2) when a sentence names exactly one country (as an actor, an adjective or such a place),
 * a domestic role with no country of its own belongs to it ("President Dos Santos ... Angola",
 * "opposition leaders ... in Baku"); troops, armed, criminal, ethnic and religious groups do not
 * (troops are as often abroad: "send 30,000 troops to Afghanistan"), though a people by descent
 * ("ethnic Hungarians") takes where the sentence happens; a government role does not take a
 * state named on its own ("the minister warned Iran").
 */
import { type Context, memo } from '../../context.js';
import type { AgentEntry } from '../../dictionaries/types.js';
import { isCommonWord } from '../../tables/_country-actors.js';
import { phraseWords } from '../../tables/_phrase-words.js';
import { loadCountries, loadRegions } from '../../tables/countries.js';
import type { Chunk } from './_chunks.js';
import type { Group } from './_groups.js';
import type { Word } from './words.js';

/** Prepositions after which a city is where something happens. */
// Not "at" nor "over": "fired shells at Seoul", "a dispute over Jerusalem" aim at a target.
const LOCATIVE = new Set(['in', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'within']);
/** Nouns that may stand between the preposition and the city: "in the capital Kabul". */
const CITY_NOUNS = new Set(['capital', 'city', 'town', 'downtown']);
const VERBS = new Set(['VERB', 'AUX']);
/** Role codes of a state's own institutions and people, which take the country the sentence names (not `MIL`). */
const DOMESTIC = new Set([
  'GOV',
  'COP',
  'JUD',
  'LEG',
  'PTY',
  'OPP',
  'LAB',
  'EDU',
  'MED',
  'BUS',
  'CVL',
  'HLH',
  'AGR',
  'ELI',
]);

/** CAMEO codes of the built-in countries (memo key `mentions/country-codes`). */
export function countryCodes(ctx: Context): ReadonlySet<string> {
  return memo(ctx, 'mentions/country-codes', () => {
    try {
      return new Set([...loadCountries().values()].map((c) => c.cameo));
    } catch {
      return new Set<string>();
    }
  });
}

/**
 * Lower-case names of countries, provinces, states and cities (not disputed regions, which are
 * actors) → CAMEO country. Country names here only matter in datelines and places: as mentions
 * the dictionary codes them first.
 */
export function regionNames(ctx: Context): ReadonlyMap<string, string> {
  return memo(ctx, 'mentions/region-names', () => {
    const map = new Map<string, string>();
    try {
      const countries = loadCountries();
      // Countries' own names first, for datelines ("DENPASAR, Indonesia:").
      for (const c of countries.values()) {
        for (const name of [c.name, ...c.aliases]) {
          const key = phraseWords(name).join(' ');
          if (key !== '' && !map.has(key)) map.set(key, c.cameo);
        }
      }
      for (const r of loadRegions()) {
        const country = countries.get(r.country)?.cameo;
        if (r.kind === 'disputed' || !country) continue;
        for (const alias of [r.name, ...r.aliases]) {
          if (alias.includes('.') || isCommonWord(alias)) continue;
          const key = phraseWords(alias).join(' ');
          if (key !== '' && !map.has(key)) map.set(key, country);
        }
      }
    } catch {
      // No region table: no region places.
    }
    return map;
  });
}

/** Words that make a region's name a place: "in Sindh", "of Anbar", "Sindh province". */
const PLACE_BEFORE = new Set(['in', 'of', 'near', 'from', 'across', 'outside', 'throughout']);
const PLACE_AFTER = new Set(['province', 'state', 'region', 'district', 'county', 'governorate', 'city']);

/** The first words of a name table's keys, by table: a proper noun that is none starts no name. */
const FIRST_WORDS = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();

function firstWords(names: ReadonlyMap<string, string>): ReadonlySet<string> {
  let firsts = FIRST_WORDS.get(names);
  if (firsts === undefined) {
    firsts = new Set([...names.keys()].map((key) => key.split(' ')[0] ?? key));
    FIRST_WORDS.set(names, firsts);
  }
  return firsts;
}

/** The countries of the provinces, states and cities a sentence names as places ("in Kandahar"). */
export function regionPlaces(words: readonly Word[], names: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const firsts = firstWords(names);
  for (let i = 0; i < words.length; i++) {
    if (words[i]?.pos !== 'PROPN' || !firsts.has(words[i]?.normal ?? '')) continue;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      let key = '';
      for (let k = i; k < i + n; k++) key = key === '' ? (words[k]?.normal ?? '') : `${key} ${words[k]?.normal}`;
      const country = names.get(key);
      if (country === undefined) continue;
      if (PLACE_BEFORE.has(words[i - 1]?.normal ?? '') || PLACE_AFTER.has(words[i + n]?.normal ?? ''))
        out.push(country);
      i += n - 1;
      break;
    }
  }
  return out;
}

/** True when a chunk's actor hit is a capital's name ("Berlin", "Baku"). */
export function capitalHit(words: readonly Word[], chunk: Chunk, table: ReadonlyMap<string, string>): boolean {
  const hit = chunk.hits.find((h) => h.kind === 'actor');
  if (!hit) return false;
  let name = '';
  for (let i = hit.from; i < hit.to; i++) name = name === '' ? (words[i]?.normal ?? '') : `${name} ${words[i]?.normal}`;
  return table.has(name);
}

/**
 * True when a chunk is a capital used as a place: `[the] [central|capital] Baghdad[’s stadium]`
 * right after a locative preposition. Territories ("in the Gaza Strip") stay actors: coders
 * take them for the party acted on. `table` maps lower-case capital names to country codes.
 */
export function locativeCapital(words: readonly Word[], chunk: Chunk, table: ReadonlyMap<string, string>): boolean {
  const hit = chunk.hits[0];
  if (chunk.hits.length !== 1 || hit?.kind !== 'actor') return false;
  // "in Harare's main stadium": a place in the city; "in Baghdad police custody" is not one.
  if (hit.to !== chunk.to && words[hit.to]?.normal !== "'s") return false;
  if (!LOCATIVE.has(words[chunk.from - 1]?.normal ?? '')) return false;
  for (let i = chunk.from; i < hit.from; i++) {
    const w = words[i];
    if (!w || !(w.pos === 'DET' || w.pos === 'ADJ' || CITY_NOUNS.has(w.normal))) return false;
  }
  return capitalHit(words, chunk, table);
}

/** The countries a sentence names: of all its groups and places, and of those that are not a government. */
export interface SentenceCountries {
  /** The first word of the sentence's first actor phrase, its subject: only it takes the country. */
  readonly subject: number;
  /** The one country named, or null when none or several. */
  readonly any: string | null;
  /** The same, leaving out governments ("Nigerian President Obasanjo", "Beijing said"). */
  readonly besidesGovernments: string | null;
  /** The one country of its places and of names that only modify a thing ("Algeria's elections"). */
  readonly setting: string | null;
}

/** Police and courts of a country named in the phrase ("Kenyan police", "a Russian court"). */
const JURISDICTION = new Set(['COP', 'JUD']);
const jurisdiction = (g: Group): boolean =>
  !g.inherited && g.agents.length > 0 && g.agents.every((a) => JURISDICTION.has(a.code) && a.position !== 'prefix');

const sole = (seen: ReadonlySet<string>): string | null => (seen.size === 1 ? ([...seen][0] ?? null) : null);

/** The one country a sentence's groups and places name (see `SentenceCountries`). */
export function sentenceCountries(
  words: readonly Word[],
  groups: readonly Group[],
  places: readonly string[],
  countries: ReadonlySet<string>,
): SentenceCountries {
  const all = new Set<string>(places);
  const other = new Set<string>(places);
  const setting = new Set<string>(places);
  for (const g of groups) {
    // A name after a country may be its leader or envoy, another party ("Chinese envoy Wang Yi").
    const named = g.modifies && words[g.to - 1]?.pos === 'PROPN';
    // A state named on its own ("warned Iran") is a party to foreign relations, as its government is.
    const state = g.agents.length === 0 && !g.modifies && g.person === null && g.actor?.type === 'country';
    const government =
      named || state || g.metonym || g.agents.some((a) => a.code === 'GOV') || g.bases.some((b) => b.endsWith('GOV'));
    // "Algeria's first elections": a name before a common noun (not before a name: "Chinese President Xi Jinping").
    const modifier = g.modifies && g.agents.length === 0 && g.person === null && words[g.to - 1]?.pos === 'NOUN';
    for (const base of g.bases) {
      const country = base.slice(0, 3);
      if (!countries.has(country)) continue;
      all.add(country);
      if (!government) other.add(country);
      // A nation's name, not an ethnic group's ("the Uyghur genocide" is not set in China).
      if (modifier && base === country) setting.add(country);
    }
  }
  // The subject: the first actor phrase, with no verb before it ("documented by researchers" is not one).
  let subject = groups[0]?.from ?? -1;
  for (let i = 0; i < subject; i++) if (VERBS.has(words[i]?.pos ?? '')) subject = -1;
  // "Kenyan police arrested two men", "a Russian court jailed the activist": police and courts
  // act at home, so the country of such a subject is where the sentence happens.
  const first = groups[0];
  if (subject >= 0 && first && jurisdiction(first)) {
    for (const base of first.bases) if (countries.has(base.slice(0, 3))) setting.add(base.slice(0, 3));
  }
  return { subject, any: sole(all), besidesGovernments: sole(other), setting: sole(setting) };
}

/**
 * The country a role with none of its own takes from its sentence: only a state's own role; any
 * such role from the sentence's setting (its places, "Algeria's elections"); the subject also
 * from the actors named (an object or an apposition, "told reporters", "a coalition of Muslim
 * governments", is as often foreign), a government role never from another government ("the
 * minister met Chinese President Xi" says nothing of the minister's country).
 */
export function contextCountry(from: number, agents: readonly AgentEntry[], named: SentenceCountries): string | null {
  // "ethnic Albanians demonstrated in Serbia": a people by descent belongs where it lives.
  if (agents.length > 0 && agents.every((a) => a.code === 'ETH')) return named.setting;
  if (!domesticRoles(agents)) return null;
  // Where the sentence happens ("police ... in central Baghdad") holds for every role in it.
  if (from !== named.subject) return named.setting;
  if (agents.some((a) => a.code === 'GOV')) return named.besidesGovernments;
  // "Thousands of people marched in Hong Kong against Chinese authorities": where the subject acts when
  // the actors named disagree (a government role may be visiting, so not for it).
  return named.any ?? named.setting;
}

/** Posts abroad: where an embassy or an envoy is says nothing of whose it is. */
const DIPLOMATIC = new Set(
  'embassy embassies consulate consulates consul ambassador ambassadors envoy envoys diplomat diplomats delegation delegations mission missions'.split(
    ' ',
  ),
);

/** True for a post abroad ("embassy", "envoy"). */
export const diplomatic = (a: AgentEntry): boolean => DIPLOMATIC.has(a.phrase[a.phrase.length - 1] ?? '');

/** True when every role of a group is a state's own (government, police, parties, workers...), not a post abroad. */
export const domesticRoles = (agents: readonly AgentEntry[]): boolean =>
  agents.length > 0 &&
  agents.every((a) => a.position !== 'prefix' && DOMESTIC.has(a.code.replace(/[^A-Z]/g, '')) && !diplomatic(a));
