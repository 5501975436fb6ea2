/** Word lists of the places stage's rules (`_rules.ts`). */

/** Place names that are also given names or surnames, so need care next to other names. */
export const PERSON_LIKE = new Set([
  'chad',
  'jordan',
  'georgia',
  'sydney',
  'paris',
  'victoria',
  'florence',
  'austin',
  'lincoln',
  'charlotte',
  'orlando',
  'regina',
  'eugene',
  'troy',
  'chelsea',
  'madison',
  'washington',
  'jackson',
  'houston',
  'denver',
  'dallas',
  'phoenix',
]);

/** City names that are also everyday English words; kept only as "Nice, France". */
export const COMMON_WORDS = new Set([
  'of',
  'nice',
  'mobile',
  'reading',
  'bath',
  'split',
  'police',
  'most',
  'sale',
  'deal',
  'best',
  'hope',
  'orange',
  'bar',
  'union',
  'independence',
  'temple',
  'commerce',
  'justice',
  'opportunity',
  'enterprise',
  'liberty',
  'victory',
  'progress',
  'unity',
  'concord',
  'goes',
  'sur',
  'see',
  'gap',
  'bell',
  'pau',
  'cody',
  'mission',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'god',
  'university',
  'central',
  'much',
  'can',
  'metro',
  'liberal',
  'federal',
  'alliance',
  'young',
  'green',
  'gay',
  'delta',
  'reservoir',
  'woodlands',
  'worth',
  'bay',
  'college',
]);

/** Lower-case nouns that turn a country name into food or tableware ("Turkey dinner", "China plates"). */
export const FOOD_NOUNS = new Set(
  'dinner dinners sandwich sandwiches breast breasts leg legs meat bacon burger burgers roast stuffing gravy pepper peppers plate plates cabinet tea trot farm farms feathers'.split(
    ' ',
  ),
);
/** Country names that are also foods or tableware in lower case. */
export const FOOD_LIKE = new Set(['turkey', 'china', 'chile']);

/** Words that may come before a place name without making it a person's name ("Northern Georgia"). */
export const DIRECTIONS = new Set(
  'north south east west northern southern eastern western central upper lower greater northeast northwest southeast southwest'.split(
    ' ',
  ),
);

/** Pronouns that show a speaking name is a person ("Chad said he"). */
export const PRONOUNS = new Set(['he', 'she', 'his', 'her']);

/** Heads of organisation and facility names that keep the place in them ("Gainesville Police"). */
export const ORG_HEADS = new Set(
  [
    'police county city department university college airport road street avenue bureau council board',
    'school hospital church fire sheriff public regional area municipal memorial state international',
    'post times herald tribune journal news daily gazette chronicle press observer club park bridge',
    'river lake valley province region district government ministry army navy embassy mayor governor',
  ]
    .join(' ')
    .split(' '),
);

/** Words before a place's name that make a longer place name, not a person's ("Metro Nashville", "Downtown Greer"). */
export const PLACE_PREFIXES = new Set([
  'metro',
  'metropolitan',
  'downtown',
  'uptown',
  'midtown',
  'suburban',
  'rural',
  'old',
  'new',
]);

/** Prepositions of place: "in Greer", "from Nashville", "near Lindsay". */
export const LOCATIVES = new Set(
  'in near at from outside inside across throughout around into toward towards via between'.split(' '),
);

/** Heads of street, river and park names: "Richmond Street" is not Richmond. */
export const FEATURE_HEADS = new Set(
  'street st avenue ave road rd drive boulevard blvd lane trail parkway pike highway river creek park'.split(' '),
);
