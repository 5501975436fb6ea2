import { describe, expect, it } from 'vitest';
import { describeBinary, looksLikeJsonl } from './_sniff-bytes.js';

describe('describeBinary', () => {
  it.each([
    { bytes: [0x50, 0x4b, 0x03, 0x04, 0x14], kind: 'zip archive' },
    { bytes: [0x1f, 0x8b, 0x08], kind: 'gzip archive' },
    { bytes: [...Buffer.from('%PDF-1.4')], kind: 'PDF document' },
    { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], kind: 'PNG image' },
    { bytes: [...Buffer.from('SQLite format 3\u0000')], kind: 'SQLite database' },
  ])('names a $kind', ({ bytes, kind }) => {
    expect(describeBinary(Uint8Array.from(bytes))).toBe(`binary file (${kind}), not a text article: refused`);
  });

  it('finds a NUL byte in the first 8 KB only', () => {
    const early = Buffer.from('date 2024-05-02 Accra\u0000');
    expect(describeBinary(early)).toBe('binary file (NUL byte at offset 21), not a text article: refused');
    const late = Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]);
    expect(describeBinary(late)).toBeNull();
  });

  it('passes UTF-8 text', () => {
    expect(describeBinary(Buffer.from(' date 2024-05-02 Lomé, Togo'))).toBeNull();
  });
});

describe('looksLikeJsonl', () => {
  it.each([
    ['{"text": "Accra"}', true],
    ['\uFEFF\r\n  {"text": "Accra"}', true],
    [' date 2024-05-02 {braces} later', false],
    ['[{"text": "Accra"}]', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeJsonl(Buffer.from(text))).toBe(expected);
  });
});
