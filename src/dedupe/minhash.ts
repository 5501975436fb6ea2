/**
 * Near-duplicate detection: the same wire story republished with small edits. Texts
 * are cut into word shingles, summarised by MinHash signatures, and candidate pairs are
 * found by LSH banding; a candidate is a duplicate when its estimated Jaccard
 * similarity reaches the threshold (see README "Duplicates" for how it was chosen).
 */

/** Words per shingle: with 3 words, a 10% word-edit rate still leaves most shingles intact (see eval). */
export const SHINGLE_WORDS = 3;
/** Signature length: 128 hashes give a Jaccard estimate within ±0.09 at 95%. */
export const SIGNATURE_SIZE = 128;
/** LSH bands × rows = SIGNATURE_SIZE; 32 × 4 finds pairs above ~0.42 similarity with high probability. */
export const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Default estimated Jaccard similarity at or above which two articles are the same story. */
export const DUPLICATE_THRESHOLD = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a 32-bit hash of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the word shingles of a text (lower-cased, punctuation ignored). */
export function shingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const out = new Set<number>();
  for (let i = 0; i < count; i++) out.add(shingleHash(words, i));
  return Uint32Array.from(out);
}

/** `fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' '))`, without building the string. */
function shingleHash(words: readonly string[], i: number): number {
  let h = 0x811c9dc5;
  const end = Math.min(words.length, i + SHINGLE_WORDS);
  for (let k = i; k < end; k++) {
    if (k > i) h = Math.imul(h ^ 0x20, 0x01000193);
    const word = words[k] ?? '';
    for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
  }
  return h >>> 0;
}

// Fixed seeds of the universal hash family h(x) = (a·x + b) mod 2^32, odd `a`.
const SEEDS_A = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => (fnv1a(`a${i}`) | 1) >>> 0);
const SEEDS_B = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fnv1a(`b${i}`));

/** The MinHash signature of a text. */
export function signature(text: string): Uint32Array {
  return signShingles(shingles(text));
}

function signShingles(hashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE);
  // One hash function at a time over every shingle: the seeds stay in registers (3× faster than shingle-major).
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const a = SEEDS_A[i] ?? 1;
    const b = SEEDS_B[i] ?? 0;
    let min = 0xffffffff;
    for (let j = 0; j < hashes.length; j++) {
      const h = (Math.imul(a, hashes[j] ?? 0) + b) >>> 0;
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures: the share of equal positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** LSH band keys of a signature: articles sharing any key are candidate duplicates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    keys.push(`${band}:${Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join('.')}`);
  }
  return keys;
}

/**
 * Fewest shingles a text needs before it is compared: below this, one edited word moves
 * Jaccard similarity by a third or more, so short texts (headlines, one-line briefs,
 * formulaic earnings notices) would pair by chance. 20 shingles is about 22 words.
 */
export const MIN_SHINGLES = 20;

/** The signature of a text long enough to compare (see MIN_SHINGLES), or null. */
export function comparableSignature(text: string): Uint32Array | null {
  const hashes = shingles(text);
  return hashes.length < MIN_SHINGLES ? null : signShingles(hashes);
}

/**
 * The LSH band keys of a signature as integers below 2^53, for a database index: a 53-bit
 * hash of the band number and its rows (cyrb53 mixing). Two bands with equal rows always
 * share a key; a rare collision only adds a candidate, which `similarity` then rejects.
 */
export function bandHashes(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h1 = 0xdeadbeef ^ band;
    let h2 = 0x41c6ce57 ^ band;
    for (let r = band * ROWS; r < band * ROWS + ROWS; r++) {
      const v = sig[r] ?? 0;
      h1 = Math.imul(h1 ^ v, 2654435761);
      h2 = Math.imul(h2 ^ v, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    keys.push(4294967296 * (0x1fffff & h2) + (h1 >>> 0));
  }
  return keys;
}

/** A signature as bytes (little-endian), to keep in a database. */
export function signatureBytes(sig: Uint32Array): Buffer {
  const out = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => {
    out.writeUInt32LE(v, i * 4);
  });
  return out;
}

/** The inverse of `signatureBytes`. */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: buf.length / 4 }, (_, i) => buf.readUInt32LE(i * 4));
}
