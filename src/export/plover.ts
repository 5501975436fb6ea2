/**
 * PLOVER event records (JSON Lines) from stored events, and a validator for them.
 *
 * Field names follow the PLOVER manual (Open Event Data Alliance, "PLOVER: Political
 * Language Ontology for Verifiable Event Records. Event, Actor and Data Interchange
 * Specification", draft 0.7b1, chapter "JSON Data Fields", github.com/openeventdata/PLOVER,
 * PLOVER_MANUAL.tex): the table "PLOVER JSON" and the information objects for actors, text,
 * citations and locations (the location object takes GeoNames' field names). The manual
 * suggests one JSON object per line. Only `id`, `date`, `source` and `event` are required.
 */
import type { StreamedEventRow } from '../store/store.js';
import { PLOVER_TYPES } from '../tables/cameo.js';
import { dateParts, daysInMonth, iso2, UNKNOWN_COUNTRY } from './rows.js';

/** Top-level fields of a PLOVER record (table "PLOVER JSON"), with whether the manual requires them. */
export const PLOVER_FIELDS = {
  id: true, // unique identifier
  has_event: false, // event has been coded (true/false)
  date: true, // YYYY-MM-DD
  time: false, // ISO 8601 time
  enddate: false, // YYYY-MM-DD
  endtime: false, // ISO 8601 time
  source: true, // list of actor objects
  recipient: false, // list of actor objects
  event: true, // list of event categories
  event_loc: false, // location object for the event
  event_text: false, // list of texts of the event
  quad_code: false, // 1, 2, 3 or 4
  event_scale: false, // floating-point scale value
  mode: false, // mode category
  context: false, // context category
  link: false, // link identifier across related events
  text: false, // text the record was coded from
  text_info: false, // text information object
  cite_info: false, // citation information object
  coder: false, // coder identification
  coded_date: false, // date of coding
  coded_time: false, // ISO 8601 time of coding
  comment: false, // any text
} as const;

/** Fields of an actor object (table "Information object for actors"; the manual spells `identifer`). */
export const PLOVER_ACTOR_FIELDS = [
  'code', // 3-character top-level actor code (e.g. country)
  'sector', // 3- or 6-character sector (GOV, MIL...)
  'actor_text', // extracted text for the actor
  'identifer_id', // unique identifier (Wikidata id)
  'identifer_text', // unique identifier name
  'actor_loc', // location object
  'religion',
  'ethnicity',
  'office',
  'gender',
  'age',
] as const;

/** Fields of the text object (table "Information object for text"; `is_story` from the chapter's notes). */
export const PLOVER_TEXT_FIELDS = [
  'sequence', // sequence number of the sentence
  'start', // character offset of the start of the text
  'end', // character offset of its end
  'text_story', // list of sentences of the story
  'connlu_parse',
  'treebank_parse',
  'is_story',
] as const;

/** Fields of the citation object (table "Information object for citations"). */
export const PLOVER_CITE_FIELDS = [
  'corpus',
  'citation', // bibliographic citation or database identifier for the text
  'url',
  'title',
  'language', // ISO 639-1
  'publication',
  'license',
  'copyright',
  'coder',
  'codebook',
  'version',
] as const;

/** Fields of the location object: GeoNames' (manual table "Location object"), plus `cc3` (ISO alpha-3). */
export const PLOVER_LOCATION_FIELDS = [
  'geonameid',
  'name',
  'asciiname',
  'alternatenames',
  'latitude',
  'longitude',
  'feature class',
  'feature code',
  'country code', // ISO 3166 alpha-2
  'cc3', // ISO 3166 alpha-3
  'cc2',
  'admin1 code',
  'admin2 code',
  'admin3 code',
  'admin4 code',
  'population',
  'elevation',
  'dem',
  'timezone',
] as const;

/**
 * PLOVER's quad categories (manual table "Quad categories in PLOVER"); `REQUEST` is the later
 * name of `DEMAND` (see data/cameo/README.md) and keeps its quad, verbal conflict. These differ
 * from CAMEO's quad classes (SANCTION is verbal conflict here, CAMEO root 16 material conflict).
 */
export const PLOVER_QUAD: Readonly<Record<(typeof PLOVER_TYPES)[number], 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  SANCTION: 3,
  THREATEN: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** A PLOVER record: JSON values keyed by the fields above. */
export type PloverRecord = Readonly<Record<string, unknown>>;

/** Why an event has no PLOVER record. */
export type PloverSkip = 'no PLOVER type' | 'no date';

/** The codebook named in `cite_info`: dyad codes CAMEO and maps it with the OEDA crosswalk. */
const CODEBOOK = 'CAMEO 1.1b3 mapped by CAMEO2PLOVER-2021';

/**
 * An actor object: `code` the first three letters of the CAMEO code (left out when they are
 * PETRARCH's `---`, unknown country), `sector` the rest (PLOVER allows 3 or 6 letters; longer
 * CAMEO chains such as `UNODEVWBK` are kept whole).
 */
function actorObject(party: { readonly name: string; readonly code: string | null }): PloverRecord {
  const actor: Record<string, unknown> = {};
  const code = party.code ?? '';
  if (code.length >= 3 && code.slice(0, 3) !== UNKNOWN_COUNTRY) actor.code = code.slice(0, 3);
  if (code.length > 3) actor.sector = code.slice(3);
  actor.actor_text = party.name;
  return actor;
}

/** `date` and, for a month or a year, `enddate`: the period's first and last days. */
function period(date: string | null): { date: string; enddate?: string } | null {
  const { year, month, day } = dateParts(date);
  if (year === null) return null;
  const iso = (m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (month === null) return { date: iso(1, 1), enddate: iso(12, 31) };
  if (day === null) return { date: iso(month, 1), enddate: iso(month, daysInMonth(year, month)) };
  return { date: iso(month, day) };
}

function location(row: StreamedEventRow): PloverRecord | undefined {
  const l = row.event.location;
  if (l === null) return undefined;
  const loc: Record<string, unknown> = { name: l.name, latitude: l.lat, longitude: l.lon };
  const alpha2 = iso2(l.country);
  if (alpha2 !== null) loc['country code'] = alpha2;
  loc.cc3 = l.country;
  if (row.place?.admin1) loc['admin1 code'] = row.place.admin1;
  return loc;
}

/** The PLOVER record of a stored event, or why there is none. */
export function ploverRecord(row: StreamedEventRow): PloverRecord | PloverSkip {
  const { event } = row;
  const type = event.plover as (typeof PLOVER_TYPES)[number] | undefined;
  if (type === undefined || !(type in PLOVER_QUAD)) return 'no PLOVER type';
  const when = period(event.date);
  if (when === null) return 'no date';
  const record: Record<string, unknown> = {
    id: `${row.articleId}/${event.id}`,
    has_event: true,
    ...when,
    source: [actorObject(event.source)],
  };
  if (event.target !== null) record.recipient = [actorObject(event.target)];
  record.event = [type];
  const loc = location(row);
  if (loc !== undefined) record.event_loc = loc;
  record.event_text = [event.text];
  record.quad_code = PLOVER_QUAD[type];
  record.event_scale = event.goldstein; // the CAMEO Goldstein weight of the code
  record.text = row.sentenceText;
  record.text_info = { sequence: event.sentenceIndex, start: event.sentence.start, end: event.sentence.end };
  const cite: Record<string, unknown> = { citation: row.articleId };
  if (row.url !== null) cite.url = row.url;
  if (row.title !== null) cite.title = row.title;
  cite.coder = 'dyad';
  cite.codebook = CODEBOOK;
  record.cite_info = cite;
  record.coder = 'dyad';
  if (row.storedAt !== null) {
    record.coded_date = row.storedAt.slice(0, 10);
    record.coded_time = row.storedAt.slice(11);
  }
  return record;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownFields(where: string, value: Record<string, unknown>, known: readonly string[]): string[] {
  return Object.keys(value)
    .filter((k) => !known.includes(k))
    .map((k) => `${where}: unknown field "${k}"`);
}

function actorProblems(where: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) return [`${where}: must be a non-empty list of actor objects`];
  return value.flatMap((actor, i) => {
    if (!isObject(actor)) return [`${where}[${i}]: not an object`];
    const problems = unknownFields(`${where}[${i}]`, actor, PLOVER_ACTOR_FIELDS);
    if (actor.code !== undefined && !/^[A-Z0-9]{3}$/.test(String(actor.code)))
      problems.push(`${where}[${i}].code: not a 3-character code`);
    if (actor.sector !== undefined && !/^(?:[A-Z0-9]{3})+$/.test(String(actor.sector)))
      problems.push(`${where}[${i}].sector: not 3-character codes`);
    return problems;
  });
}

/**
 * Checks a record against the manual's fields: no field outside the lists above, the required
 * ones present, dates `YYYY-MM-DD`, actors and events as lists, PLOVER event categories, and a
 * quad code 1-4. Returns the problems found (none for a valid record).
 */
export function validatePloverRecord(record: unknown): string[] {
  if (!isObject(record)) return ['record: not an object'];
  const problems = unknownFields('record', record, Object.keys(PLOVER_FIELDS));
  for (const [field, required] of Object.entries(PLOVER_FIELDS)) {
    if (required && record[field] === undefined) problems.push(`${field}: required`);
  }
  if (typeof record.id !== 'string' || record.id === '') problems.push('id: must be a non-empty string');
  for (const field of ['date', 'enddate', 'coded_date'] as const) {
    if (record[field] !== undefined && !ISO_DATE.test(String(record[field]))) problems.push(`${field}: not YYYY-MM-DD`);
  }
  problems.push(...actorProblems('source', record.source));
  if (record.recipient !== undefined) problems.push(...actorProblems('recipient', record.recipient));
  const events = record.event;
  if (!Array.isArray(events) || events.length === 0) problems.push('event: must be a non-empty list');
  else {
    for (const e of events) {
      if (!(PLOVER_TYPES as readonly unknown[]).includes(e)) problems.push(`event: unknown category "${String(e)}"`);
    }
  }
  if (record.quad_code !== undefined && ![1, 2, 3, 4].includes(record.quad_code as number))
    problems.push('quad_code: not 1, 2, 3 or 4');
  if (record.event_text !== undefined && !Array.isArray(record.event_text)) problems.push('event_text: not a list');
  const objects = [
    ['event_loc', PLOVER_LOCATION_FIELDS],
    ['text_info', PLOVER_TEXT_FIELDS],
    ['cite_info', PLOVER_CITE_FIELDS],
  ] as const;
  for (const [field, known] of objects) {
    const value = record[field];
    if (value === undefined) continue;
    if (!isObject(value)) problems.push(`${field}: not an object`);
    else problems.push(...unknownFields(field, value, known));
  }
  return problems;
}
