/**
 * The store: where `dyad ingest` keeps coded documents and where `dyad events`,
 * `dyad articles` and `dyad show` read them. One small, complete, async interface
 * (Kysely's "Dialect" idea); `sqlite/` implements it, `postgres/` will too, and
 * `store.case.ts` is the one contract suite both must pass.
 */
import type { ArticleId } from '../core/article.js';
import type { CodedDocument, CodedEvent } from '../core/document.js';

export const PUT_STATUSES = ['stored', 'duplicate', 'conflict'] as const;
/**
 * What happened to one document: `stored`; `duplicate` (its content hash is already
 * stored, under this id or another); `conflict` (its id is stored with other content:
 * not stored, the caller reports it).
 */
export type PutStatus = (typeof PUT_STATUSES)[number];

/** The outcome of storing one document, in input order. */
export interface PutResult {
  readonly id: ArticleId;
  readonly status: PutStatus;
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
  /** Stores a batch in one transaction; the same article twice is stored once. */
  putDocuments(docs: readonly CodedDocument[]): Promise<readonly PutResult[]>;
  /** The whole coded document, as it was put, or null when the id is unknown. */
  getDocument(id: string): Promise<CodedDocument | null>;
  /** Articles by publication date (undated last), then id. */
  listArticles(query?: ArticleQuery): Promise<readonly ArticleSummary[]>;
  /** Events by date (undated last), then article id and position in the article. */
  queryEvents(query?: EventQuery): Promise<readonly EventRow[]>;
  counts(): Promise<StoreCounts>;
  /** Releases the connection; calling it twice is harmless. */
  close(): Promise<void>;
}
