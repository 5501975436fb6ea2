/**
 * Web pages → Article. @mozilla/readability finds the article body on a linkedom DOM
 * (scripts are never executed: linkedom has no script engine, and they are removed
 * first); metadata gives the date, title and canonical URL; boilerplate paragraphs
 * that sit inside the article (share lines, "RELATED VIDEO —", bios) are dropped.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { Article } from '../../core/article.js';
import { lazyModule } from '../../core/lazy-module.js';
import { failure, type Outcome, success, warning } from '../../core/problem.js';
import { isBoilerplate } from './_boilerplate.js';
import { findCanonicalUrl, findPublicationDate, findTitle, type MetaDocument } from './_html-metadata.js';
import { htmlToParagraphs } from './_html-text.js';
import { linkedom } from './_linkedom.js';
import { makeArticle } from './_make-article.js';

/** Mozilla's Readability, loaded with the first HTML page. */
const readability = lazyModule<typeof import('@mozilla/readability')>('@mozilla/readability');

/** Deeper nesting than this is refused: no article needs it, and it is a known way to exhaust parsers. */
export const MAX_HTML_DEPTH = 512;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
]);
// Tag names only; `[^<>]{0,2000}` is bounded, so scanning is linear in the input.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]{0,2000}?(\/?)>/g;

/** Approximate element depth of raw HTML, without building a DOM. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[3] === '/' || VOID.has(name)) continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** Reads one HTML page as an article. Never throws. */
export function parseHtmlArticle(html: string, origin: string): Outcome<Article> {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH)
    return failure(origin, `HTML nested ${depth} elements deep (limit ${MAX_HTML_DEPTH}): refused`);
  try {
    const { document } = linkedom().parseHTML(html);
    for (const el of document.querySelectorAll(
      'script:not([type="application/ld+json"]), style, noscript, iframe, template',
    ))
      el.remove();
    const meta = document as unknown as MetaDocument;
    const date = findPublicationDate(meta);
    const url = findCanonicalUrl(meta);
    const { Readability } = readability();
    const found = new Readability(document as unknown as ConstructorParameters<typeof ReadabilityClass>[0], {
      charThreshold: 100,
    }).parse();
    const title = findTitle(meta, found?.title);
    const paragraphs = htmlToParagraphs(found?.content ?? '', true).filter((p) => !isBoilerplate(p) && p !== title);
    const text = paragraphs.join('\n\n');
    if (text === '') return failure(origin, 'no article text found in the HTML page');
    const article = makeArticle({ date, text, origin, ...(title ? { title } : {}), ...(url ? { url } : {}) });
    const warnings = date === null ? [warning(origin, 'no publication date in the page metadata; date unknown')] : [];
    return success(article, warnings);
  } catch (error) {
    return failure(origin, `could not read HTML: ${error instanceof Error ? error.message : String(error)}`);
  }
}
