/**
 * Rules that drop a matched name because it is not a place here: a person's name
 * ("Jordan Peterson", "Chad said he"), a common word ("Reading is fun"), a dish ("Turkey dinner").
 */
import type { Segmented, Token } from '../../core/document.js';
import { foldName } from './_fold.js';
import type { Gazetteer } from './_gazetteer.js';
import { isCapitalised, type NameMatch } from './_match.js';
import { isSpeechVerb } from './_metonym.js';
import {
  COMMON_WORDS,
  DIRECTIONS,
  FEATURE_HEADS,
  FOOD_LIKE,
  FOOD_NOUNS,
  LOCATIVES,
  ORG_HEADS,
  PERSON_LIKE,
  PLACE_PREFIXES,
  PRONOUNS,
} from './_words.js';

/** A rule: true when the match must be dropped. */
export interface DropRule {
  readonly id: string;
  drops(match: NameMatch, doc: Segmented, gazetteer: Gazetteer): boolean;
}

const isCityOnly = (m: NameMatch): boolean => m.entries.every((e) => e.candidate.priority === 1);
const isSingle = (m: NameMatch): boolean => m.end - m.first === 1;
const key = (m: NameMatch): string => foldName(m.text);
/** Cities this big are not taken for a person's name unless they are in `PERSON_LIKE` ("Toronto Saturday"). */
const BIG_CITY = 1_000_000;
const isSmallCity = (m: NameMatch): boolean =>
  isCityOnly(m) && m.entries.every((e) => e.candidate.population < BIG_CITY);
const isPersonLike = (m: NameMatch): boolean => isSingle(m) && (isSmallCity(m) || PERSON_LIKE.has(key(m)));
const isSentenceStart = (m: NameMatch, doc: Segmented): boolean => doc.sentences[m.sentence]?.firstToken === m.first;
const isName = (t: Token | undefined): boolean => t !== undefined && t.pos === 'PROPN' && isCapitalised(t);

/** "Nice, France": a place right after a comma names the country of the one before. */
function followedByPlace(m: NameMatch, doc: Segmented, gazetteer: Gazetteer): boolean {
  const comma = doc.tokens[m.end];
  const next = doc.tokens[m.end + 1];
  if (comma?.text !== ',' || !next) return false;
  const names = gazetteer.names.get(next.normal) ?? [];
  return names.some((e) => e.candidate.priority >= 2);
}

/** "CBC Toronto", "CTV Winnipeg": an acronym before a city's name is a broadcaster or a body, not a first name. */
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** "Northern Georgia", "Metro Nashville", "CTV Winnipeg": a word before the name that keeps it a place. */
const isPlacePrefix = (t: Token): boolean =>
  DIRECTIONS.has(t.normal) || PLACE_PREFIXES.has(t.normal) || ACRONYM.test(t.text);
/** A word before a name that is no first name: a place prefix, or an organisation's head ("University Edwardsville"). */
const isPlaceWord = (t: Token): boolean => isPlacePrefix(t) || ORG_HEADS.has(t.normal);

/** "in Greer", "from Nashville": a preposition of place before the name. */
const isLocative = (m: NameMatch, doc: Segmented): boolean => LOCATIVES.has(doc.tokens[m.first - 1]?.normal ?? '');

/** Words that follow a first name somewhere in the document ("Barack Obama", "Ken Ripley"): surnames here. */
function surnamesOf(doc: Segmented): ReadonlySet<string> {
  const cached = SURNAMES.get(doc);
  if (cached) return cached;
  const names = new Set<string>();
  doc.tokens.forEach((t, i) => {
    const before = doc.tokens[i - 1];
    if (isName(t) && isName(before) && before?.sentence === t.sentence && !isPlaceWord(before)) {
      names.add(t.normal);
    }
  });
  SURNAMES.set(doc, names);
  return names;
}
const SURNAMES = new WeakMap<Segmented, ReadonlySet<string>>();

/** The rules, in order; the first that drops a match wins. */
export const DROP_RULES: readonly DropRule[] = [
  {
    // "Reading is fun", "Of course": a city name that is an English word, or opens a sentence untagged as a name.
    id: 'common-word',
    drops: (m, doc, gazetteer) =>
      isSingle(m) &&
      (COMMON_WORDS.has(key(m)) ||
        (isCityOnly(m) && isSentenceStart(m, doc) && doc.tokens[m.first]?.pos !== 'PROPN')) &&
      !followedByPlace(m, doc, gazetteer),
  },
  {
    // "Michael Jordan", "Lake Victoria", "Mr. Jackson": a name before it makes it a longer name.
    id: 'name-before',
    drops: (m, doc) => {
      const before = doc.tokens[m.first - 1];
      return isPersonLike(m) && isName(before) && before?.sentence === m.sentence && !isPlacePrefix(before);
    },
  },
  {
    // "Jordan Peterson", "Wang Wenbin": one name after it, ending the run ("Georgia Environmental
    // Protection Division" and "Gainesville Police" keep their place).
    id: 'name-after',
    drops: (m, doc) => {
      const after = doc.tokens[m.end];
      const then = doc.tokens[m.end + 1];
      if (!isPersonLike(m) || !isName(after) || after?.sentence !== m.sentence) return false;
      return !ORG_HEADS.has(after.normal) && !(isName(then) && then?.sentence === m.sentence);
    },
  },
  {
    // "Obama said" after "Barack Obama": a city-named surname stays a surname in the whole article.
    id: 'surname',
    // "in Greer" keeps its place.
    drops: (m, doc) =>
      isSingle(m) && isCityOnly(m) && !isLocative(m, doc) && surnamesOf(doc).has(doc.tokens[m.first]?.normal ?? ''),
  },
  {
    // "Richmond Street", "Catawba River", "Shawnee Park": a street, river or park named after the place.
    id: 'feature-name',
    drops: (m, doc) => {
      const after = doc.tokens[m.end];
      return isCapitalised(after) && after?.sentence === m.sentence && FEATURE_HEADS.has(after.normal);
    },
  },
  {
    // "United Russia", "Movement for United Georgia": a party named after the country.
    id: 'party-name',
    drops: (m, doc) => isSingle(m) && isName(doc.tokens[m.first - 1]) && doc.tokens[m.first - 1]?.normal === 'united',
  },
  {
    // "Turkey dinners", "China plates".
    id: 'food',
    drops: (m, doc) => FOOD_LIKE.has(key(m)) && FOOD_NOUNS.has(doc.tokens[m.end]?.text ?? ''),
  },
  {
    // "Chad said he would", "Jackson said": a person speaking, not a government.
    id: 'person-speaks',
    drops: (m, doc) => {
      if (!isPersonLike(m) || !isSpeechVerb(doc.tokens[m.end])) return false;
      const after = doc.tokens[m.end + 1]?.normal ?? '';
      return isCityOnly(m) || PRONOUNS.has(after);
    },
  },
];

/** The id of the first rule that drops the match, or null to keep it. */
export function dropRuleFor(match: NameMatch, doc: Segmented, gazetteer: Gazetteer): string | null {
  return DROP_RULES.find((r) => r.drops(match, doc, gazetteer))?.id ?? null;
}
