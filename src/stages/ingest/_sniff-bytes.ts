/** Looks at the first bytes of an input to refuse what is not UTF-8 text. */

/** How many leading bytes are looked at for NUL bytes (as git and grep do). */
export const SNIFF_BYTES = 8192;

interface Magic {
  readonly bytes: readonly number[];
  readonly kind: string;
}

/** File signatures of formats people mistake for articles (Gary Kessler's signature table). */
const MAGIC: readonly Magic[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'zip archive' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], kind: 'bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'zstd archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7z archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'MS Office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'RTF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], kind: 'SQLite database' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'ELF executable' },
  { bytes: [0xff, 0xfe], kind: 'UTF-16 text; dyad reads UTF-8' },
  { bytes: [0xfe, 0xff], kind: 'UTF-16 text; dyad reads UTF-8' },
];

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/**
 * Why the input is not a text article, or null when it may be one: a known binary
 * signature, or a NUL byte in the first 8 KB.
 * @example describeBinary(Buffer.from('PK\x03\x04')) // 'binary file (zip archive), not a text article: refused'
 */
export function describeBinary(head: Uint8Array): string | null {
  const magic = MAGIC.find((m) => startsWith(head, m.bytes));
  if (magic) return `binary file (${magic.kind}), not a text article: refused`;
  const nul = head.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) return `binary file (NUL byte at offset ${nul}), not a text article: refused`;
  return null;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** True when the first character after any BOM and whitespace is `{`: a JSONL feed. */
export function looksLikeJsonl(head: Uint8Array): boolean {
  let i = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
  // ASCII whitespace: space, tab, LF, CR.
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x7b;
}
