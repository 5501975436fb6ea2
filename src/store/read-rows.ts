/**
 * Rows of `columns.ts` back into the document model: the inverse of `write-rows.ts`.
 * Values are read leniently (numbers may come back as strings, JSON as text or as
 * parsed objects) so that any SQL driver's rows fit.
 */
import type { ArticleId } from '../core/article.js';
import type { ActorCode, ActorType, CameoCode, Granularity, QuadClass } from '../core/codes.js';
import type {
  Actor,
  Claim,
  CodedDocument,
  CodedEvent,
  DateSource,
  EventActor,
  EventLocation,
  Mention,
  MentionForm,
  Place,
  PlaceMention,
  Quote,
  QuoteKind,
  Sentence,
  TimeExpr,
  TimeType,
  Token,
} from '../core/document.js';
import type { Source } from '../core/source.js';
import type { ChildTable } from './columns.js';

/** A row as a driver returns it. */
export type RawRow = Readonly<Record<string, unknown>>;

const str = (r: RawRow, c: string): string => String(r[c]);
const num = (r: RawRow, c: string): number => Number(r[c]);
const nullable = (r: RawRow, c: string): string | null => (r[c] === null || r[c] === undefined ? null : String(r[c]));
const json = <T>(r: RawRow, c: string): T => (typeof r[c] === 'string' ? JSON.parse(r[c]) : r[c]) as T;
/** Sets an optional field only when there is a value, so that it stays absent rather than `undefined`. */
function setOptional<T, K extends keyof T>(item: T, key: K, value: T[K] | null): T {
  if (value !== null) (item as { [P in K]: T[P] })[key] = value;
  return item;
}
const optionalBool = (r: RawRow, c: string): boolean | null =>
  r[c] === null || r[c] === undefined ? null : Number(r[c]) === 1;
const spanOf = (r: RawRow, prefix = 'span') => ({ start: num(r, `${prefix}_start`), end: num(r, `${prefix}_end`) });

/** An event party, speaker or claimant; null when its name column is null. */
function party(r: RawRow, prefix: string): EventActor | null {
  if (r[`${prefix}_name`] === null || r[`${prefix}_name`] === undefined) return null;
  return {
    actorId: nullable(r, `${prefix}_actor_id`),
    name: str(r, `${prefix}_name`),
    code: nullable(r, `${prefix}_code`) as ActorCode | null,
    span: spanOf(r, `${prefix}_span`),
  };
}

/** The inverse of `packTokens` in `write-rows.ts`. */
function unpackTokens(text: string, packed: readonly (readonly (string | number)[])[]): Token[] {
  return packed.map(([start, end, pos, sentence, normal, lemma, own], index) => {
    const span = { start: Number(start), end: Number(end) };
    const tokenText = own === undefined ? text.slice(span.start, span.end) : String(own);
    const tokenNormal = normal === 0 ? tokenText.toLowerCase() : String(normal);
    return {
      index,
      span,
      text: tokenText,
      pos: String(pos),
      lemma: lemma === 0 ? tokenNormal : String(lemma),
      normal: tokenNormal,
      sentence: Number(sentence),
    };
  });
}

/** One `events` row as a CodedEvent. */
export function readEvent(r: RawRow): CodedEvent {
  const event: CodedEvent = {
    id: str(r, 'id'),
    code: str(r, 'code') as CameoCode,
    name: str(r, 'name'),
    goldstein: num(r, 'goldstein'),
    quadClass: num(r, 'quad_class') as QuadClass,
    source: party(r, 'source') ?? { actorId: null, name: '', code: null, span: { start: 0, end: 0 } },
    target: party(r, 'target'),
    span: spanOf(r),
    text: str(r, 'text'),
    sentence: spanOf(r, 'sentence'),
    sentenceIndex: num(r, 'sentence_index'),
    date: nullable(r, 'date'),
    dateGranularity: str(r, 'date_granularity') as Granularity,
    dateSource: str(r, 'date_source') as DateSource,
    location: r.location === null ? null : json<EventLocation>(r, 'location'),
    provenance: json<Source>(r, 'provenance'),
  };
  setOptional(event, 'plover', nullable(r, 'plover'));
  setOptional(event, 'future', optionalBool(r, 'future'));
  return setOptional(event, 'quoteId', nullable(r, 'quote_id'));
}

const readActor = (r: RawRow): Actor => ({
  id: str(r, 'id'),
  name: str(r, 'name'),
  type: str(r, 'type') as ActorType,
  code: nullable(r, 'code') as ActorCode | null,
  mentions: json<string[]>(r, 'mention_ids'),
  source: json<Source>(r, 'source'),
});

function readMention(r: RawRow): Mention {
  const mention: Mention = {
    id: str(r, 'id'),
    span: spanOf(r),
    text: str(r, 'text'),
    sentence: num(r, 'sentence'),
    firstToken: num(r, 'first_token'),
    endToken: num(r, 'end_token'),
    form: str(r, 'form') as MentionForm,
    actorId: str(r, 'actor_id'),
    source: json<Source>(r, 'source'),
  };
  setOptional(mention, 'role', nullable(r, 'role'));
  return setOptional(mention, 'metonym', optionalBool(r, 'metonym'));
}

const readTime = (r: RawRow): TimeExpr => ({
  id: str(r, 'id'),
  span: spanOf(r),
  text: str(r, 'text'),
  value: str(r, 'value'),
  granularity: str(r, 'granularity') as Granularity,
  type: str(r, 'type') as TimeType,
  sentence: num(r, 'sentence'),
  source: json<Source>(r, 'source'),
});

function readPlace(r: RawRow, mentions: readonly PlaceMention[]): Place {
  const place: Place = {
    id: str(r, 'id'),
    name: str(r, 'name'),
    country: str(r, 'country'),
    lat: num(r, 'lat'),
    lon: num(r, 'lon'),
    featureKind: str(r, 'feature_kind'),
    mentions,
    source: json<Source>(r, 'source'),
  };
  return setOptional(place, 'admin1', nullable(r, 'admin1'));
}

/** Each place's mentions, by place id, in `ord` order. */
function placeMentionsById(rows: readonly RawRow[]): Map<string, PlaceMention[]> {
  const byPlace = new Map<string, PlaceMention[]>();
  for (const r of rows) {
    const list = byPlace.get(str(r, 'place_id')) ?? [];
    const mention: PlaceMention = { span: spanOf(r), text: str(r, 'text'), sentence: num(r, 'sentence') };
    list.push(setOptional(mention, 'metonym', optionalBool(r, 'metonym')));
    byPlace.set(str(r, 'place_id'), list);
  }
  return byPlace;
}

const readQuote = (r: RawRow): Quote => ({
  id: str(r, 'id'),
  span: spanOf(r),
  text: str(r, 'text'),
  kind: str(r, 'kind') as QuoteKind,
  cue: r.cue_text === null ? null : { span: spanOf(r, 'cue_span'), text: str(r, 'cue_text') },
  speaker: party(r, 'speaker'),
  source: json<Source>(r, 'source'),
});

function readClaim(r: RawRow): Claim {
  const claim: Claim = {
    id: str(r, 'id'),
    span: spanOf(r),
    text: str(r, 'text'),
    value: num(r, 'value'),
    unit: str(r, 'unit'),
    qualifier: nullable(r, 'qualifier'),
    claimant: party(r, 'claimant'),
    source: json<Source>(r, 'source'),
  };
  setOptional(claim, 'period', nullable(r, 'period'));
  return setOptional(claim, 'quoteId', nullable(r, 'quote_id'));
}

const readSentence = (text: string, r: RawRow, index: number): Sentence => {
  const span = spanOf(r);
  return {
    index,
    span,
    text: text.slice(span.start, span.end),
    firstToken: num(r, 'first_token'),
    endToken: num(r, 'end_token'),
  };
};

/** Rebuilds a document from its article row and its child rows (each list in `ord` order). */
export function readRows(article: RawRow, children: Readonly<Record<ChildTable, readonly RawRow[]>>): CodedDocument {
  const text = str(article, 'text');
  const placeMentions = placeMentionsById(children.place_mentions);
  const doc: CodedDocument = {
    id: str(article, 'id') as ArticleId,
    date: nullable(article, 'date'),
    text,
    sentences: children.sentences.map((r, i) => readSentence(text, r, i)),
    tokens: unpackTokens(text, json(article, 'tokens')),
    mentions: children.mentions.map(readMention),
    actors: children.actors.map(readActor),
    times: children.times.map(readTime),
    places: children.places.map((r) => readPlace(r, placeMentions.get(str(r, 'id')) ?? [])),
    quotes: children.quotes.map(readQuote),
    events: children.events.map(readEvent),
    claims: children.claims.map(readClaim),
  };
  setOptional(doc, 'title', nullable(article, 'title'));
  setOptional(doc, 'url', nullable(article, 'url'));
  return setOptional(doc, 'origin', nullable(article, 'origin'));
}
