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
  for (let i = 0; i < count; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(out);
}

// Fixed seeds of the universal hash family h(x) = (a·x + b) mod 2^32, odd `a`.
const SEEDS_A = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => (fnv1a(`a${i}`) | 1) >>> 0);
const SEEDS_B = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fnv1a(`b${i}`));

/** The MinHash signature of a text. */
export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = (Math.imul(SEEDS_A[i] ?? 1, s) + (SEEDS_B[i] ?? 0)) >>> 0;
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
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
