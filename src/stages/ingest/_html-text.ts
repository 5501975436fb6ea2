/** Paragraph text of an HTML fragment: one string per innermost block element. */
import { linkedom } from './_linkedom.js';

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DD', 'DT']);

interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<DomElement>;
}

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

function hasBlockInside(el: DomElement): boolean {
  return Array.from(el.children).some((c) => BLOCKS.has(c.tagName) || hasBlockInside(c));
}

function blockTexts(root: DomElement, out: string[]): string[] {
  for (const child of Array.from(root.children)) {
    if (BLOCKS.has(child.tagName) && !hasBlockInside(child)) out.push(flat(child.textContent));
    else blockTexts(child, out);
  }
  return out;
}

/**
 * The paragraphs of an HTML fragment, in document order, whitespace collapsed. A
 * fragment without block elements ("Hello <b>world</b>") is one paragraph, unless
 * `blocksOnly` (a whole page whose article has no paragraph has no article).
 */
export function htmlToParagraphs(html: string, blocksOnly = false): string[] {
  const body = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`).document
    .body as unknown as DomElement;
  const blocks = blockTexts(body, []).filter((p) => p !== '');
  if (blocks.length > 0 || blocksOnly) return blocks;
  const whole = flat(body.textContent);
  return whole === '' ? [] : [whole];
}
