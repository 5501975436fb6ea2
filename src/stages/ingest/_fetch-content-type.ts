/**
 * The format a fetched body is read in, from its Content-Type (RFC 9110 §8.3), and its
 * charset. What is not an article format (archives, PDF, images) is refused by type.
 */
import { TextDecoder } from 'node:util';
import type { InputFormat } from './_read-source.js';
import { ARTICLE_EXTENSIONS } from './_walk-dir.js';

/** Media types read, and their format; `sniff` for generic XML (a feed or an XHTML page). */
const MEDIA_TYPES: ReadonlyMap<string, InputFormat> = new Map([
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['application/rss+xml', 'feed'],
  ['application/atom+xml', 'feed'],
  ['application/x-rss+xml', 'feed'],
  ['application/x-atom+xml', 'feed'],
  ['text/rss+xml', 'feed'],
  ['application/rdf+xml', 'feed'],
  ['application/feed+xml', 'feed'],
  ['application/xml', 'sniff'],
  ['text/xml', 'sniff'],
  ['text/plain', 'text'],
  ['application/x-ndjson', 'jsonl'],
  ['application/ndjson', 'jsonl'],
  ['application/jsonl', 'jsonl'],
  ['application/x-jsonl', 'jsonl'],
  ['application/jsonlines', 'jsonl'],
  ['application/x-jsonlines', 'jsonl'],
]);

/** Types that say nothing about the content: the URL's extension decides, else the bytes. */
const UNTYPED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** A format to read in, or why the body is refused. */
export type TypeVerdict =
  | { readonly ok: true; readonly format: InputFormat; readonly charset: string | null }
  | { readonly ok: false; readonly message: string };

/** `text/html; charset=ISO-8859-1` → `{ type: 'text/html', charset: 'iso-8859-1' }`. */
export function parseContentType(header: string | null): { type: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';');
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq > 0 && param.slice(0, eq).trim().toLowerCase() === 'charset') {
      charset =
        param
          .slice(eq + 1)
          .trim()
          .replace(/^"|"$/g, '')
          .toLowerCase() || null;
    }
  }
  return { type: type.trim().toLowerCase(), charset };
}

function extensionOf(url: string): string {
  const path = new URL(url).pathname.toLowerCase();
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot) : '';
}

/**
 * The format of a body served as `header` from `url`. JSON (not JSON lines) is read as
 * JSON lines only when the URL ends `.jsonl` or `.ndjson`, as some servers label them.
 * @example formatOfContentType('application/zip', 'http://a/b.zip') // { ok: false, message: 'content type application/zip ...' }
 */
export function formatOfContentType(header: string | null, url: string): TypeVerdict {
  const { type, charset } = parseContentType(header);
  const byExtension = ARTICLE_EXTENSIONS.get(extensionOf(url));
  const known = MEDIA_TYPES.get(type);
  if (known !== undefined) return { ok: true, format: known, charset };
  if (UNTYPED.has(type)) return { ok: true, format: byExtension ?? 'sniff', charset };
  if (type === 'application/json' && byExtension === 'jsonl') return { ok: true, format: 'jsonl', charset };
  return {
    ok: false,
    message: `content type ${type} is not an article format (dyad reads HTML, RSS/Atom, plain text and JSON lines): refused`,
  };
}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'us-ascii', 'ascii']);

/**
 * Bytes 0x80–0x9F of windows-1252 (WHATWG index-windows-1252): Node 20 decodes that encoding
 * (and its aliases iso-8859-1 and latin1) as ISO-8859-1, which turns curly quotes into C1 controls.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

/**
 * The body as UTF-8 bytes: as is when the charset is UTF-8, ASCII or not given, else
 * decoded from the charset (any label of the WHATWG Encoding standard). Null when the
 * charset is not one Node knows.
 */
export function toUtf8(body: Uint8Array, charset: string | null): Uint8Array | null {
  if (charset === null || UTF8_LABELS.has(charset)) return body;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return null;
  }
  const text = decoder.decode(body);
  return Buffer.from(decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text, 'utf8');
}
