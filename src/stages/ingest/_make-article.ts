/** Builds an Article from what a reader found, giving it a stable id. */
import { type Article, articleId, contentHash } from '../../core/article.js';

/** What a reader found; `id` only when the input gave one. */
export interface ArticleFields {
  readonly id?: string;
  readonly date: string | null;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly origin: string;
}

/** Length of an id derived from the content hash: 64 bits, ample for any corpus. */
const HASH_ID_LENGTH = 16;

/**
 * An Article with the input's id, or one derived from its date and text, so that
 * reading the same article twice gives the same id (re-runs are idempotent).
 */
export function makeArticle(fields: ArticleFields): Article {
  const id = fields.id ?? contentHash(fields).slice(0, HASH_ID_LENGTH);
  // Optional fields are left out, not set to undefined (JSON output and equality stay clean).
  const article: { -readonly [K in keyof Article]: Article[K] } = {
    id: articleId(id),
    date: fields.date,
    text: fields.text,
  };
  if (fields.title !== undefined) article.title = fields.title;
  if (fields.url !== undefined) article.url = fields.url;
  article.origin = fields.origin;
  return article;
}
