/**
 * A coded document as flat rows, one list per table of `columns.ts`. Shared by every
 * store so that all of them lay out the same columns the same way.
 */
import { type ArticleId, contentHash } from '../core/article.js';
import type {
  Actor,
  Claim,
  CodedDocument,
  CodedEvent,
  EventActor,
  Mention,
  Place,
  Quote,
  Sentence,
  Speaker,
  TimeExpr,
  Token,
} from '../core/document.js';
import type { Cell, ChildTable, Row } from './columns.js';

/** The article row and its children, ready to insert. */
export interface DocumentRows {
  readonly article: ArticleRow;
  readonly children: Readonly<Record<ChildTable, readonly Row[]>>;
}

/** The `articles` row: the fields a store reads to decide on a document before it inserts anything. */
export interface ArticleRow extends Row {
  readonly id: ArticleId;
  readonly content_hash: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly origin: string | null;
  readonly text: string;
  readonly tokens: string;
}

/**
 * What a store takes: a coded document, or the rows `writeRows` made of it. `dyad ingest`'s
 * coding workers send rows: flat and with packed tokens, they cost the writing thread about a
 * seventh of what receiving the document would (measured: 0.27 against 1.9 ms an article to
 * copy between threads), and their building is done in parallel.
 */
export type Storable = CodedDocument | DocumentRows;

/** The rows of a storable: built here for a document, as they are for rows. */
export const rowsOf = (doc: Storable): DocumentRows => ('children' in doc ? doc : writeRows(doc));

/**
 * What a store checks before it builds any row: the id, the content hash and the text (for
 * near-duplicates). A duplicate document is then skipped without its rows being made.
 */
export const storableKey = (doc: Storable): { readonly id: ArticleId; readonly hash: string; readonly text: string } =>
  'children' in doc
    ? { id: doc.article.id, hash: doc.article.content_hash, text: doc.article.text }
    : { id: doc.id, hash: contentHash(doc), text: doc.text };

/** The article row of a storable, without its children: what a near-duplicate's mention keeps. */
export const articleRowOf = (doc: Storable): ArticleRow => ('children' in doc ? doc.article : articleRow(doc));

/** The id and origin of a storable, to name it in a report. */
export const storableName = (doc: Storable): { readonly id: ArticleId; readonly origin: string | null } =>
  'children' in doc ? { id: doc.article.id, origin: doc.article.origin } : { id: doc.id, origin: doc.origin ?? null };

const json = (value: unknown): string => JSON.stringify(value);
const opt = <T extends Cell>(value: T | undefined): T | null => (value === undefined ? null : value);
const bool = (value: boolean | undefined): number | null => (value === undefined ? null : value ? 1 : 0);

/** Actor, name, code and span of an event party, speaker or claimant; all null when there is none. */
function partyValues(p: EventActor | Speaker | null) {
  return p === null
    ? { actorId: null, name: null, code: null, start: null, end: null }
    : { actorId: p.actorId, name: p.name, code: p.code, start: p.span.start, end: p.span.end };
}

/**
 * Tokens packed as `[start, end, pos, sentence, normal, lemma]`, plus the text only where
 * it differs from the slice of the article it spans (it should never). `normal` is 0 when
 * it is the lower-cased text and `lemma` 0 when it equals `normal`: most are, and tokens
 * are the biggest part of a stored article.
 */
function packTokens(text: string, tokens: readonly Token[]): string {
  return json(
    tokens.map((t) => {
      const normal = t.normal === t.text.toLowerCase() ? 0 : t.normal;
      const lemma = t.lemma === t.normal ? 0 : t.lemma;
      const packed: (string | number)[] = [t.span.start, t.span.end, t.pos, t.sentence, normal, lemma];
      if (text.slice(t.span.start, t.span.end) !== t.text) packed.push(t.text);
      return packed;
    }),
  );
}

function articleRow(doc: CodedDocument): ArticleRow {
  return {
    id: doc.id,
    content_hash: contentHash(doc),
    date: doc.date,
    title: opt(doc.title),
    url: opt(doc.url),
    origin: opt(doc.origin),
    text: doc.text,
    tokens: packTokens(doc.text, doc.tokens),
  };
}

// Rows are flat object literals, without spreads: V8 copies spread properties slowly
// (measured: 35 µs against 2 µs per mention row), and ingest writes hundreds per article.

function eventRow(doc: CodedDocument, e: CodedEvent, ord: number): Row {
  const s = partyValues(e.source);
  const t = partyValues(e.target);
  return {
    article_id: doc.id,
    ord,
    id: e.id,
    code: e.code,
    name: e.name,
    goldstein: e.goldstein,
    quad_class: e.quadClass,
    plover: opt(e.plover),
    source_actor_id: s.actorId,
    source_name: s.name,
    source_code: s.code,
    source_span_start: s.start,
    source_span_end: s.end,
    target_actor_id: t.actorId,
    target_name: t.name,
    target_code: t.code,
    target_span_start: t.start,
    target_span_end: t.end,
    span_start: e.span.start,
    span_end: e.span.end,
    text: e.text,
    sentence_start: e.sentence.start,
    sentence_end: e.sentence.end,
    sentence_index: e.sentenceIndex,
    sentence_text: doc.text.slice(e.sentence.start, e.sentence.end),
    date: e.date,
    date_granularity: e.dateGranularity,
    date_source: e.dateSource,
    future: bool(e.future),
    location: e.location === null ? null : json(e.location),
    quote_id: opt(e.quoteId),
    provenance: json(e.provenance),
  };
}

const sentenceRow = (id: ArticleId, s: Sentence, ord: number): Row => ({
  article_id: id,
  ord,
  span_start: s.span.start,
  span_end: s.span.end,
  first_token: s.firstToken,
  end_token: s.endToken,
});

const actorRow = (id: ArticleId, a: Actor, ord: number): Row => ({
  article_id: id,
  ord,
  id: a.id,
  name: a.name,
  type: a.type,
  code: a.code,
  mention_ids: json(a.mentions),
  source: json(a.source),
});

const mentionRow = (id: ArticleId, m: Mention, ord: number): Row => ({
  article_id: id,
  ord,
  id: m.id,
  span_start: m.span.start,
  span_end: m.span.end,
  text: m.text,
  sentence: m.sentence,
  first_token: m.firstToken,
  end_token: m.endToken,
  form: m.form,
  actor_id: m.actorId,
  role: opt(m.role),
  metonym: bool(m.metonym),
  source: json(m.source),
});

const timeRow = (id: ArticleId, t: TimeExpr, ord: number): Row => ({
  article_id: id,
  ord,
  id: t.id,
  span_start: t.span.start,
  span_end: t.span.end,
  text: t.text,
  value: t.value,
  granularity: t.granularity,
  type: t.type,
  sentence: t.sentence,
  source: json(t.source),
});

const placeRow = (id: ArticleId, p: Place, ord: number): Row => ({
  article_id: id,
  ord,
  id: p.id,
  name: p.name,
  country: p.country,
  admin1: opt(p.admin1),
  lat: p.lat,
  lon: p.lon,
  feature_kind: p.featureKind,
  source: json(p.source),
});

/** Place mentions, numbered across the article so that `ORDER BY ord` gives each place's back in order. */
function placeMentionRows(doc: CodedDocument): Row[] {
  const rows: Row[] = [];
  for (const p of doc.places) {
    for (const m of p.mentions) {
      rows.push({
        article_id: doc.id,
        ord: rows.length,
        place_id: p.id,
        span_start: m.span.start,
        span_end: m.span.end,
        text: m.text,
        sentence: m.sentence,
        metonym: bool(m.metonym),
      });
    }
  }
  return rows;
}

function quoteRow(id: ArticleId, q: Quote, ord: number): Row {
  const s = partyValues(q.speaker);
  return {
    article_id: id,
    ord,
    id: q.id,
    span_start: q.span.start,
    span_end: q.span.end,
    text: q.text,
    kind: q.kind,
    cue_span_start: q.cue?.span.start ?? null,
    cue_span_end: q.cue?.span.end ?? null,
    cue_text: q.cue?.text ?? null,
    speaker_actor_id: s.actorId,
    speaker_name: s.name,
    speaker_code: s.code,
    speaker_span_start: s.start,
    speaker_span_end: s.end,
    source: json(q.source),
  };
}

function claimRow(id: ArticleId, c: Claim, ord: number): Row {
  const s = partyValues(c.claimant);
  return {
    article_id: id,
    ord,
    id: c.id,
    span_start: c.span.start,
    span_end: c.span.end,
    text: c.text,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    period: opt(c.period),
    claimant_actor_id: s.actorId,
    claimant_name: s.name,
    claimant_code: s.code,
    claimant_span_start: s.start,
    claimant_span_end: s.end,
    quote_id: opt(c.quoteId),
    source: json(c.source),
  };
}

/** Splits a coded document into the rows of every table. */
export function writeRows(doc: CodedDocument): DocumentRows {
  const id = doc.id;
  return {
    article: articleRow(doc),
    children: {
      sentences: doc.sentences.map((s, ord) => sentenceRow(id, s, ord)),
      actors: doc.actors.map((a, ord) => actorRow(id, a, ord)),
      mentions: doc.mentions.map((m, ord) => mentionRow(id, m, ord)),
      times: doc.times.map((t, ord) => timeRow(id, t, ord)),
      places: doc.places.map((p, ord) => placeRow(id, p, ord)),
      place_mentions: placeMentionRows(doc),
      quotes: doc.quotes.map((q, ord) => quoteRow(id, q, ord)),
      events: doc.events.map((e, ord) => eventRow(doc, e, ord)),
      claims: doc.claims.map((c, ord) => claimRow(id, c, ord)),
    },
  };
}
