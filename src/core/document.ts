/**
 * The document model: an Article, and the items each stage adds to it. Stages are
 * pure functions from one of these shapes to a richer one (see `src/pipeline.ts`).
 * Every item carries a `span` into `article.text` and its provenance.
 */
import type { Article } from './article.js';
import type { ActorCode, ActorType, CameoCode, Granularity, QuadClass } from './codes.js';
import type { Source } from './source.js';
import type { Span } from './span.js';

/** Universal Dependencies part-of-speech tag, as wink-nlp produces it. */
export type Pos = string;

export interface Token {
  /** Position in `doc.tokens`. */
  readonly index: number;
  readonly span: Span;
  readonly text: string;
  readonly pos: Pos;
  readonly lemma: string;
  /** Lower-cased, quote- and apostrophe-normalised form, for dictionary lookups. */
  readonly normal: string;
  /** Index of the sentence that holds it. */
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly text: string;
  /** Tokens `[firstToken, endToken)` of `doc.tokens`. */
  readonly firstToken: number;
  readonly endToken: number;
}

export const MENTION_FORMS = ['name', 'nominal', 'pronoun'] as const;
/** How an actor is mentioned: by name ("Wang Wenbin"), description ("the spokesman"), pronoun ("he"). */
export type MentionForm = (typeof MENTION_FORMS)[number];

/** One mention of an actor in the text. */
export interface Mention {
  readonly id: string;
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
  /** Tokens `[firstToken, endToken)` of `doc.tokens` that the mention covers. */
  readonly firstToken: number;
  readonly endToken: number;
  readonly form: MentionForm;
  /** The actor this mention refers to (see `doc.actors`). */
  readonly actorId: string;
  /** Role or title in this mention ("spokesman", "editor"), when one is given. */
  readonly role?: string;
  /** A place name standing for its government ("Beijing said"). */
  readonly metonym?: boolean;
  readonly source: Source;
}

/** An actor: everything the article says about one country, organisation, group or person. */
export interface Actor {
  readonly id: string;
  /** Canonical name ("China", "Organization of Islamic Cooperation", "Wang Wenbin"). */
  readonly name: string;
  readonly type: ActorType;
  /** CAMEO-style code, e.g. `CHNGOV`; null when nothing could be coded. */
  readonly code: ActorCode | null;
  /** Ids of its mentions in `doc.mentions`, in text order. */
  readonly mentions: readonly string[];
  readonly source: Source;
}

export const TIME_TYPES = ['date', 'duration', 'set', 'time'] as const;
export type TimeType = (typeof TIME_TYPES)[number];

/** A time expression, normalised TIMEX3-style against the publication date. */
export interface TimeExpr {
  readonly id: string;
  readonly span: Span;
  readonly text: string;
  /** `2024-01-03`, `2018`, `2023-W12`, `PAST_REF`, `P3Y`... */
  readonly value: string;
  readonly granularity: Granularity;
  readonly type: TimeType;
  readonly sentence: number;
  readonly source: Source;
}

/** One mention of a place in the text. */
export interface PlaceMention {
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
  /** The name stands for a government ("Beijing said"): an actor here, so not an event location. */
  readonly metonym?: boolean;
}

/** A place resolved to a country and coordinates. */
export interface Place {
  readonly id: string;
  readonly name: string;
  /** ISO 3166 alpha-3. */
  readonly country: string;
  readonly admin1?: string;
  readonly lat: number;
  readonly lon: number;
  /** `country`, `region`, `city`, `capital`... */
  readonly featureKind: string;
  readonly mentions: readonly PlaceMention[];
  readonly source: Source;
}

/** An actor as an event's source or target. */
export interface EventActor {
  readonly actorId: string | null;
  readonly name: string;
  readonly code: ActorCode | null;
  /** The words in the sentence that name it. */
  readonly span: Span;
}

export const DATE_SOURCES = ['expression', 'publication', 'planned', 'none'] as const;
/**
 * Where an event's date came from: a time expression in its clause, or the publication date;
 * `planned` for a future event with no time expression of its own (date null, not the story's date).
 */
export type DateSource = (typeof DATE_SOURCES)[number];

export interface EventLocation {
  readonly placeId: string;
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

/**
 * A CAMEO-coded event. Following every CAMEO dataset, `source` and `target` are the
 * actors; the event's provenance is therefore kept in `provenance`.
 */
export interface CodedEvent {
  readonly id: string;
  readonly code: CameoCode;
  /** CAMEO name of the code ("Criticize or denounce"). */
  readonly name: string;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  /** PLOVER event type from the CAMEO→PLOVER crosswalk, where there is one. */
  readonly plover?: string;
  readonly source: EventActor;
  readonly target: EventActor | null;
  /** The words that express the event (verb phrase or noun). */
  readonly span: Span;
  readonly text: string;
  /** The sentence that proves it. */
  readonly sentence: Span;
  readonly sentenceIndex: number;
  readonly date: string | null;
  readonly dateGranularity: Granularity;
  readonly dateSource: DateSource;
  /** Planned or future ("will meet"), so not stamped as having happened. */
  readonly future?: boolean;
  readonly location: EventLocation | null;
  /** The quote the event was found in, when it was. */
  readonly quoteId?: string;
  readonly provenance: Source;
}

export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface Speaker {
  readonly actorId: string | null;
  readonly name: string;
  readonly code: ActorCode | null;
  /** The mention that names the speaker nearest the quote. */
  readonly span: Span;
}

/** A quotation, direct or reported, with its speaker. */
export interface Quote {
  readonly id: string;
  /** The quoted content (inside the quotation marks for direct quotes). */
  readonly span: Span;
  readonly text: string;
  readonly kind: QuoteKind;
  /** The speech verb or phrase ("said", "told reporters", "according to"). */
  readonly cue: { readonly span: Span; readonly text: string } | null;
  /** Null when the text names no speaker. */
  readonly speaker: Speaker | null;
  readonly source: Source;
}

/** A numeric claim: "up to 3 million people", "nearly 400 delegations". */
export interface Claim {
  readonly id: string;
  readonly span: Span;
  readonly text: string;
  readonly value: number;
  /** What is counted ("people", "delegations", "USD"). */
  readonly unit: string;
  /** "up to", "nearly", "over", "at least", "about"... or null. */
  readonly qualifier: string | null;
  /** Year or period the number refers to, when the sentence says. */
  readonly period?: string;
  /** Who asserts it: the speaker of the quote it sits in, or the attributed source; null = the article. */
  readonly claimant: Speaker | null;
  readonly quoteId?: string;
  readonly source: Source;
}

/** After `segment`: sentences and tokens. */
export interface Segmented extends Article {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/** After `mentions`: actors and their mentions. */
export interface WithActors {
  readonly mentions: readonly Mention[];
  readonly actors: readonly Actor[];
}

export interface Timed {
  readonly times: readonly TimeExpr[];
}

export interface Placed {
  readonly places: readonly Place[];
}

export interface Quoted {
  readonly quotes: readonly Quote[];
}

export interface WithEvents {
  readonly events: readonly CodedEvent[];
}

export interface WithClaims {
  readonly claims: readonly Claim[];
}

/** A fully coded article: what `dyad code` prints and `dyad ingest` stores. */
export type CodedDocument = Segmented & WithActors & Timed & Placed & Quoted & WithEvents & WithClaims;
