import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from './_decode-utf8.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeUtf8', () => {
  it('decodes text and drops a byte-order mark', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'date 2024-05-02 Lomé, Togo'))).toEqual({
      ok: true,
      text: 'date 2024-05-02 Lomé, Togo',
    });
  });

  it.each([
    { name: 'Latin-1 é', input: bytes('Lom', [0xe9], ' Togo'), offset: 3 },
    { name: 'stray continuation byte', input: bytes('Accra ', [0x80]), offset: 6 },
    { name: 'overlong slash', input: bytes('a/b', [0xc0, 0xaf]), offset: 3 },
    { name: 'encoded surrogate', input: bytes('x', [0xed, 0xa0, 0x80]), offset: 1 },
    { name: 'truncated at the end', input: bytes('Lomé', [0xe2, 0x82]), offset: 5 },
    { name: 'past U+10FFFF', input: bytes([0xf4, 0x90, 0x80, 0x80]), offset: 0 },
  ])('gives the offset of a bad sequence: $name', ({ input, offset }) => {
    expect(decodeUtf8(input)).toEqual({ ok: false, offset });
    expect(firstInvalidUtf8(input)).toBe(offset);
  });

  it('finds nothing wrong in valid text with 1- to 4-byte characters', () => {
    expect(firstInvalidUtf8(Buffer.from('Lomé — 北京 🇹🇬'))).toBe(-1);
  });
});
