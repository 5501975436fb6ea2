/**
 * The store: where `dyad ingest` keeps coded documents and where `dyad events`,
 * `dyad articles` and `dyad show` read them. One small, complete, async interface
 * (Kysely's "Dialect" idea); `sqlite/` implements it, `postgres/` will too, and
 * `store.case.ts` is the one contract suite both must pass.
 */
import type { ArticleId } from '../core/article.js';
import type { CodedDocument, CodedEvent } from '../core/document.js';
import type { Storable } from './write-rows.js';

export const PUT_STATUSES = ['stored', 'duplicate', 'conflict', 'near-duplicate'] as const;
/**
 * What happened to one document: `stored`; `duplicate` (its content hash is already
 * stored, under this id or another); `conflict` (its id is stored with other content:
 * not stored, the caller reports it); `near-duplicate` (its text is a near-copy of a stored
 * article's: kept as a mention of that article, with its id, date, title, url and origin,
 * while its events and actors are not stored again).
 */
export type PutStatus = (typeof PUT_STATUSES)[number];

/** The outcome of storing one document, in input order. */
export interface PutResult {
  readonly id: ArticleId;
  readonly status: PutStatus;
  /** For `near-duplicate`: the stored article it copies, and their estimated Jaccard similarity. */
  readonly original?: { readonly id: ArticleId; readonly similarity: number };
}

/** How `putDocuments` treats near-copies of stored articles. */
export interface PutOptions {
  /**
   * Estimated Jaccard similarity of word 3-shingles (MinHash) at or above which an article
   * is a near-duplicate of a stored one; 0 turns detection off. Default `DUPLICATE_THRESHOLD` (0.5).
   */
  readonly nearDuplicateThreshold?: number;
}

/** Paging and date filters for `listArticles`; dates are ISO prefixes (`2024`, `2024-01`, `2024-01-05`). */
export interface ArticleQuery {
  readonly limit?: number;
  readonly offset?: number;
  /** Publication date on or after this. */
  readonly from?: string;
  /** Publication date on or before this (a prefix includes the whole period). */
  readonly to?: string;
}

/** One line of `listArticles`: the article without its text, with its item counts. */
export interface ArticleSummary {
  readonly id: ArticleId;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly origin: string | null;
  readonly contentHash: string;
  /** Length of the text in Unicode characters (code points), as SQL's `length()` counts. */
  readonly chars: number;
  readonly events: number;
  readonly actors: number;
}

/** Filters for `queryEvents`; all optional, combined with AND. */
export interface EventQuery {
  /** Source or target: an actor-code prefix (`CHN` matches `CHNGOV`) or a name substring, any case. */
  readonly actor?: string;
  /** CAMEO code prefix: `11` matches `111` and `112`. */
  readonly code?: string;
  /** Event date on or after this ISO date or prefix. */
  readonly from?: string;
  /** Event date on or before this ISO date or prefix (a prefix includes the whole period). */
  readonly to?: string;
  readonly limit?: number;
}

/** An event found by `queryEvents`, with the article and sentence that hold it. */
export interface EventRow {
  readonly articleId: ArticleId;
  /** `article.text.slice(event.sentence.start, event.sentence.end)`. */
  readonly sentenceText: string;
  readonly event: CodedEvent;
  /** Articles reporting the event: its article plus that article's near-duplicates (1 when none). */
  readonly numArticles?: number;
  /** Distinct sources among those articles: URL host, else the origin's file (1 when none). */
  readonly numSources?: number;
}

/** Limits and date filters for `search`; dates are ISO prefixes, as in `ArticleQuery`. */
export interface SearchOptions {
  /** Most hits returned (default 20). */
  readonly limit?: number;
  readonly from?: string;
  readonly to?: string;
  /**
   * Take the query in the backend's own syntax (SQLite: FTS5 `AND`/`OR`/`NOT`, `"phrases"`,
   * `prefix*`, `NEAR(...)`); by default every word is a quoted term and all must occur
   * (a trailing `*` still asks for a prefix).
   */
  readonly raw?: boolean;
}

/** An article found by `search`, best first. */
export interface SearchHit {
  readonly id: ArticleId;
  readonly title: string | null;
  readonly date: string | null;
  /** The backend's relevance rank, ascending: the best hit has the lowest (SQLite: bm25, title weighted 10×). */
  readonly rank: number;
  /** A short passage of the text around the matches, each match between `«` and `»`. */
  readonly snippet: string;
  /** Every match in the article text, as UTF-16 spans into it, in order. */
  readonly matches: readonly { readonly start: number; readonly end: number }[];
}

/** The event's place as the gazetteer matched it: `country`, `region`, `city` or `capital`, and its admin1 code. */
export interface EventPlace {
  readonly kind: string;
  /** GeoNames admin1 code of the place, where known. */
  readonly admin1: string | null;
}

/** An EventRow as `iterateEvents` streams it, with what exports need about its article and place. */
export interface StreamedEventRow extends EventRow {
  /** A positive integer unique to the event in this store and stable while the row lives (SQLite: its rowid). */
  readonly serial: number;
  readonly title: string | null;
  readonly url: string | null;
  /** When the article was stored: ISO 8601, UTC. */
  readonly storedAt: string | null;
  /** Kind and admin1 of `event.location`'s place; null when the event has no location. */
  readonly place: EventPlace | null;
}

/** Number of rows of each kind in the store. */
export interface StoreCounts {
  readonly articles: number;
  readonly events: number;
  readonly actors: number;
  readonly mentions: number;
  readonly quotes: number;
  readonly claims: number;
  readonly places: number;
  readonly times: number;
}

/** Coded documents at rest: idempotent writes keyed by content hash, and the reads the CLI needs. */
export interface Store {
  /**
   * Stores a batch in one transaction; the same article twice is stored once, and a near-copy
   * of a stored article (or of one earlier in the batch) is kept as its mention. A document may
   * come as the rows `writeRows` made of it (as ingest's coding workers send them): the same result.
   */
  putDocuments(docs: readonly Storable[], options?: PutOptions): Promise<readonly PutResult[]>;
  /** The whole coded document, as it was put, or null when the id is unknown. */
  getDocument(id: string): Promise<CodedDocument | null>;
  /** Articles by publication date (undated last), then id. */
  listArticles(query?: ArticleQuery): Promise<readonly ArticleSummary[]>;
  /** Events by date (undated last), then article id and position in the article. */
  queryEvents(query?: EventQuery): Promise<readonly EventRow[]>;
  /**
   * The events `queryEvents` would return, in the same order, read page by page so memory stays
   * bounded however many there are (for `dyad export`). Rows stored during the walk may be missed.
   */
  iterateEvents(query?: EventQuery): AsyncIterable<StreamedEventRow>;
  counts(): Promise<StoreCounts>;
  /**
   * Full-text search over article titles and texts, best match first. A query the backend
   * cannot read (only possible with `raw`) is a `DyadError` naming the query.
   */
  search(query: string, options?: SearchOptions): Promise<readonly SearchHit[]>;
  /** Releases the connection; calling it twice is harmless. */
  close(): Promise<void>;
}
