/** Metadata of a web page: publication date, canonical URL and title. */
import { parseInputDate } from './_input-date.js';

/** The parts of a DOM document the metadata readers use (linkedom's Document has them). */
export interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(
    selector: string,
  ): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[property="og:published_time"]',
] as const;

/** `datePublished` from JSON-LD blocks, searching nested `@graph` arrays. */
function jsonLdDate(doc: MetaDocument): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (stack.length > 0) {
        const node = stack.pop();
        if (Array.isArray(node)) stack.push(...node);
        else if (node && typeof node === 'object') {
          const record = node as Record<string, unknown>;
          if (typeof record.datePublished === 'string') return record.datePublished;
          if (record['@graph']) stack.push(record['@graph']);
        }
      }
    } catch {
      // A broken JSON-LD block is common on the web; the other sources may still have a date.
    }
  }
  return null;
}

/** The publication date, `YYYY-MM-DD`, from meta tags, JSON-LD or the first `<time datetime>`. */
export function findPublicationDate(doc: MetaDocument): string | null {
  const candidates = [
    ...DATE_META.map((selector) => doc.querySelector(selector)?.getAttribute('content') ?? null),
    jsonLdDate(doc),
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  for (const value of candidates) {
    const date = value ? parseInputDate(value) : null;
    if (date) return date;
  }
  return null;
}

/** The canonical URL: `<link rel="canonical">`, else `og:url`. */
export function findCanonicalUrl(doc: MetaDocument): string | undefined {
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return url?.trim() || undefined;
}

/** The headline: `og:title`, else the first `<h1>`; Readability's title is the fallback. */
export function findTitle(doc: MetaDocument, fallback: string | null | undefined): string | undefined {
  const title =
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ??
    doc.querySelector('h1')?.textContent ??
    fallback;
  return title?.replace(/\s+/g, ' ').trim() || undefined;
}
