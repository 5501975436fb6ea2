/** Strict UTF-8 decoding that says where the input goes wrong. */

/** Decoded text, or the byte offset of the first malformed sequence. */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number };

const BOM = '\uFEFF';

/**
 * Decodes UTF-8 strictly, dropping a leading byte-order mark. On failure it gives the byte
 * offset of the first bad sequence, found by `firstInvalidUtf8` (the decoder does not say).
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: text.startsWith(BOM) ? text.slice(BOM.length) : text };
  } catch {
    return { ok: false, offset: Math.max(0, firstInvalidUtf8(bytes)) };
  }
}

/** Length of the sequence a lead byte starts, and the smallest code point it may encode (RFC 3629). */
function sequence(lead: number): { readonly length: number; readonly min: number } | null {
  if (lead < 0x80) return { length: 1, min: 0 };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80 };
  if (lead >= 0xe0 && lead <= 0xef) return { length: 3, min: 0x800 };
  if (lead >= 0xf0 && lead <= 0xf4) return { length: 4, min: 0x10000 };
  return null;
}

/** True when the sequence of `length` bytes at `i` is well formed. */
function validAt(bytes: Uint8Array, i: number, seq: { readonly length: number; readonly min: number }): boolean {
  if (i + seq.length > bytes.length) return false;
  let cp = (bytes[i] ?? 0) & (0xff >> (seq.length + 1));
  for (let k = 1; k < seq.length; k++) {
    const b = bytes[i + k] ?? 0;
    if ((b & 0xc0) !== 0x80) return false;
    cp = (cp << 6) | (b & 0x3f);
  }
  // No overlong forms, no surrogates, nothing past U+10FFFF.
  return cp >= seq.min && !(cp >= 0xd800 && cp <= 0xdfff) && cp <= 0x10ffff;
}

/** Byte offset of the first malformed UTF-8 sequence, or -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const seq = sequence(bytes[i] ?? 0);
    if (!seq || !validAt(bytes, i, seq)) return i;
    i += seq.length;
  }
  return -1;
}
