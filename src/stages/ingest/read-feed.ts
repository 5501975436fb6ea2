/**
 * RSS 2.0 and Atom feeds → one Article per item, with its date, link, title and the
 * content (or, failing that, the summary) as text. Each item is an Outcome of its own:
 * a bad item is reported with its position and the others go on.
 */

import type { Article } from '../../core/article.js';
import { failure, type Outcome, success, warning } from '../../core/problem.js';
import { isBoilerplate } from './_boilerplate.js';
import { htmlToParagraphs } from './_html-text.js';
import { parseInputDate } from './_input-date.js';
import { linkedom } from './_linkedom.js';
import { makeArticle } from './_make-article.js';

interface XmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

const MONTHS = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]),
);
// RFC 822 / RFC 2822 dates of RSS 2.0: "Tue, 12 Mar 2024 08:00:00 GMT".
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/;

/** `YYYY-MM-DD` of an RSS (RFC 822) or Atom (ISO 8601) date, as the publisher wrote it. */
export function parseFeedDate(value: string): string | null {
  const iso = parseInputDate(value);
  if (iso) return iso;
  const m = RFC822.exec(value.trim());
  const month = MONTHS.get((m?.[2] ?? '').toLowerCase());
  if (!m || month === undefined) return null;
  return parseInputDate(`${m[3]}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`);
}

const local = (el: XmlElement): string => el.tagName.toLowerCase();

function child(item: XmlElement, ...names: string[]): XmlElement | undefined {
  const kids = Array.from(item.children);
  for (const name of names) {
    const found = kids.find((k) => local(k) === name);
    if (found) return found;
  }
  return undefined;
}

const textOf = (el: XmlElement | undefined): string => (el?.textContent ?? '').trim();

function atomLink(entry: XmlElement): string {
  const links = Array.from(entry.children).filter((k) => local(k) === 'link');
  const best = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return best?.getAttribute('href') ?? textOf(best);
}

function readItem(item: XmlElement, origin: string): Outcome<Article> {
  const title = textOf(child(item, 'title')).replace(/\s+/g, ' ') || undefined;
  const url = (local(item) === 'entry' ? atomLink(item) : textOf(child(item, 'link'))) || undefined;
  const id = textOf(child(item, 'guid', 'id')) || url;
  const rawDate = textOf(child(item, 'pubdate', 'published', 'updated', 'dc:date', 'date'));
  const date = rawDate ? parseFeedDate(rawDate) : null;
  const body = textOf(child(item, 'content:encoded', 'content', 'description', 'summary'));
  const text = htmlToParagraphs(body)
    .filter((p) => !isBoilerplate(p))
    .join('\n\n');
  if (text === '') return failure(origin, 'feed item has no content, description or summary');
  const article = makeArticle({
    date,
    text,
    origin,
    ...(id ? { id } : {}),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
  });
  const warnings =
    date === null
      ? [
          warning(
            origin,
            rawDate ? `unreadable item date "${rawDate}"; date unknown` : 'item has no date; date unknown',
          ),
        ]
      : [];
  return success(article, warnings);
}

/** True when the text looks like an RSS or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]/i.test(head) || /<feed[\s>]/i.test(head) || /<rdf:RDF[\s>]/i.test(head);
}

/** Reads every item of an RSS 2.0 or Atom feed. Never throws. */
export function parseFeed(xml: string, origin: string): Outcome<Article>[] {
  try {
    const doc = new (linkedom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as {
      querySelectorAll(s: string): Iterable<XmlElement>;
    };
    const items = [...doc.querySelectorAll('item'), ...doc.querySelectorAll('entry')];
    if (items.length === 0) return [failure(origin, 'not an RSS or Atom feed: no <item> or <entry> found')];
    return items.map((item, i) => readItem(item, `${origin} item ${i + 1}`));
  } catch (error) {
    return [failure(origin, `could not read feed: ${error instanceof Error ? error.message : String(error)}`)];
  }
}
