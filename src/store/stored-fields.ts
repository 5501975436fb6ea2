/**
 * A compile-time guard: the fields of every item type that the store keeps in columns.
 * When `core/document.ts` gains a field, `tsc` fails here, naming it, until the store's
 * columns, `write-rows.ts` and `read-rows.ts` keep it too (then add it to the list).
 */
import type {
  Actor,
  Claim,
  CodedDocument,
  CodedEvent,
  EventActor,
  Mention,
  Place,
  PlaceMention,
  Quote,
  Sentence,
  Speaker,
  TimeExpr,
  Token,
} from '../core/document.js';

/** Accepts `keys` only when they name every key of `T`; otherwise the error names the missing ones. */
const every =
  <T>() =>
  <const K extends readonly (keyof T)[]>(
    keys: K & (Exclude<keyof T, K[number]> extends never ? unknown : { missing: Exclude<keyof T, K[number]> }),
  ): K =>
    keys;

/** Every field of every stored type, as the store keeps it (nested objects such as `source` go in whole, as JSON). */
export const STORED_FIELDS = {
  document: every<CodedDocument>()([
    'id',
    'date',
    'title',
    'url',
    'text',
    'origin',
    'sentences',
    'tokens',
    'mentions',
    'actors',
    'times',
    'places',
    'quotes',
    'events',
    'claims',
  ]),
  token: every<Token>()(['index', 'span', 'text', 'pos', 'lemma', 'normal', 'sentence']),
  sentence: every<Sentence>()(['index', 'span', 'text', 'firstToken', 'endToken']),
  mention: every<Mention>()([
    'id',
    'span',
    'text',
    'sentence',
    'firstToken',
    'endToken',
    'form',
    'actorId',
    'role',
    'metonym',
    'source',
  ]),
  actor: every<Actor>()(['id', 'name', 'type', 'code', 'mentions', 'source']),
  time: every<TimeExpr>()(['id', 'span', 'text', 'value', 'granularity', 'type', 'sentence', 'source']),
  place: every<Place>()(['id', 'name', 'country', 'admin1', 'lat', 'lon', 'featureKind', 'mentions', 'source']),
  placeMention: every<PlaceMention>()(['span', 'text', 'sentence', 'metonym']),
  party: every<EventActor & Speaker>()(['actorId', 'name', 'code', 'span']),
  event: every<CodedEvent>()([
    'id',
    'code',
    'name',
    'goldstein',
    'quadClass',
    'plover',
    'source',
    'target',
    'span',
    'text',
    'sentence',
    'sentenceIndex',
    'date',
    'dateGranularity',
    'dateSource',
    'future',
    'location',
    'quoteId',
    'provenance',
  ]),
  quote: every<Quote>()(['id', 'span', 'text', 'kind', 'cue', 'speaker', 'source']),
  claim: every<Claim>()([
    'id',
    'span',
    'text',
    'value',
    'unit',
    'qualifier',
    'period',
    'claimant',
    'quoteId',
    'source',
  ]),
} as const;
