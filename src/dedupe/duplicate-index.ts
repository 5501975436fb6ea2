/** An in-memory LSH index of signatures, answering "which earlier article is this a copy of?". */
import { bandKeys, DUPLICATE_THRESHOLD, signature, similarity } from './minhash.js';

export interface DuplicateMatch {
  readonly id: string;
  readonly similarity: number;
}

/** Indexes articles by MinHash band; `find` returns the most similar earlier article above the threshold. */
export class DuplicateIndex {
  readonly #buckets = new Map<string, string[]>();
  readonly #signatures = new Map<string, Uint32Array>();
  readonly #threshold: number;

  constructor(threshold = DUPLICATE_THRESHOLD) {
    this.#threshold = threshold;
  }

  /** The best earlier match for a text, or null. */
  find(text: string, sig: Uint32Array = signature(text)): DuplicateMatch | null {
    let best: DuplicateMatch | null = null;
    const seen = new Set<string>();
    for (const key of bandKeys(sig)) {
      for (const id of this.#buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const other = this.#signatures.get(id);
        const score = other ? similarity(sig, other) : 0;
        if (score >= this.#threshold && (best === null || score > best.similarity)) best = { id, similarity: score };
      }
    }
    return best;
  }

  /** Adds an article to the index. */
  add(id: string, sig: Uint32Array): void {
    this.#signatures.set(id, sig);
    for (const key of bandKeys(sig)) {
      const bucket = this.#buckets.get(key);
      if (bucket) bucket.push(id);
      else this.#buckets.set(key, [id]);
    }
  }
}
