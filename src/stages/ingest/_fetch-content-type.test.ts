import { describe, expect, it } from 'vitest';
import { formatOfContentType, parseContentType, toUtf8 } from './_fetch-content-type.js';

describe('formatOfContentType', () => {
  it.each([
    ['text/html; charset=UTF-8', 'https://news.test/2024/01/05/oic-china', 'html'],
    ['application/rss+xml', 'https://news.test/world/rss', 'feed'],
    ['application/atom+xml;charset=utf-8', 'https://news.test/world.atom', 'feed'],
    ['application/x-rss+xml', 'https://news.test/world.rss', 'feed'],
    ['text/xml', 'https://news.test/world', 'sniff'],
    ['TEXT/PLAIN', 'https://news.test/a', 'text'],
    ['application/x-ndjson', 'https://news.test/export', 'jsonl'],
    ['application/json', 'https://news.test/export.jsonl', 'jsonl'],
    ['application/octet-stream', 'https://news.test/world.rss', 'feed'],
    [null, 'https://news.test/story', 'sniff'],
  ])('%s at %s → %s', (header, url, format) => {
    expect(formatOfContentType(header, url)).toMatchObject({ ok: true, format });
  });

  it.each([
    ['application/zip', 'https://news.test/archive.zip'],
    ['application/pdf', 'https://news.test/report.pdf'],
    ['image/jpeg', 'https://news.test/photo.jpg'],
    ['application/json', 'https://news.test/api/stories'],
    ['text/csv', 'https://news.test/table.csv'],
  ])('refuses %s', (header, url) => {
    const verdict = formatOfContentType(header, url);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.message).toBe(
      `content type ${header} is not an article format (dyad reads HTML, RSS/Atom, plain text and JSON lines): refused`,
    );
  });
});

describe('parseContentType and toUtf8', () => {
  it('reads the type and a quoted charset', () => {
    expect(parseContentType('text/html; Charset="Windows-1252"')).toEqual({
      type: 'text/html',
      charset: 'windows-1252',
    });
  });

  it('transcodes Windows-1252 curly quotes to UTF-8, and refuses an unknown charset', () => {
    const bytes = Uint8Array.from([0x93, 0x4e, 0x6f, 0x94]);
    expect(Buffer.from(toUtf8(bytes, 'windows-1252') ?? []).toString()).toBe('\u201cNo\u201d');
    expect(toUtf8(bytes, 'x-klingon')).toBeNull();
  });
});
