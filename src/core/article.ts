import { createHash } from 'node:crypto';

/** An article id: given by the input (JSONL `id`) or derived from the content hash. */
export type ArticleId = string & { readonly __brand: 'ArticleId' };

/** The unit dyad reads: one news article with its publication date. */
export interface Article {
  readonly id: ArticleId;
  /** Publication date, `YYYY-MM-DD`, or null when the input had none. */
  readonly date: string | null;
  readonly title?: string;
  readonly url?: string;
  readonly text: string;
  /** Where it came from, for messages: `news.jsonl:17`, `examples/a.txt`. */
  readonly origin?: string;
}

export function articleId(id: string): ArticleId {
  return id as ArticleId;
}

/**
 * Content hash of an article: the same date and text give the same hash, whatever
 * file or id they came with. Ingest uses it to keep re-runs idempotent.
 */
export function contentHash(article: Pick<Article, 'date' | 'text'>): string {
  return createHash('sha256')
    .update(article.date ?? '')
    .update('\u0000')
    .update(article.text)
    .digest('hex');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2024-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
