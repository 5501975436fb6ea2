/**
 * `dyad eval duplicates FILE.jsonl`: how well near-duplicate detection finds edited
 * copies of a story and leaves distinct stories alone. The gold set is synthetic:
 * each of the first N articles gets edited copies (word substitutions, deletions,
 * a dropped or added paragraph, boilerplate), made with a fixed seed so runs repeat.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DuplicateIndex } from '../dedupe/duplicate-index.js';
import { signature } from '../dedupe/minhash.js';

/** A deterministic pseudo-random generator (mulberry32), so the synthetic set repeats. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLERS = ['officials', 'said', 'the', 'report', 'on', 'Monday', 'also', 'local', 'new', 'according'];
const BOILERPLATE = [
  'Share on Facebook | Share on X',
  'Sign up for our newsletter to get the news in your inbox.',
  'Reporting by staff; editing by the desk.',
];

/** An edited copy of a text: `rate` of its words replaced, dropped or doubled, plus paragraph-level edits. */
export function editCopy(text: string, rate: number, random: () => number): string {
  const paragraphs = text.split(/\n\s*\n/);
  if (paragraphs.length > 2 && random() < 0.3) paragraphs.splice(Math.floor(random() * paragraphs.length), 1);
  const edited = paragraphs.map((p) =>
    p
      .split(' ')
      .flatMap((word) => {
        const r = random();
        if (r >= rate) return [word];
        if (r < rate / 3) return [];
        if (r < (2 * rate) / 3) return [FILLERS[Math.floor(random() * FILLERS.length)] ?? word];
        return [word, word];
      })
      .join(' '),
  );
  if (random() < 0.5) edited.push(BOILERPLATE[Math.floor(random() * BOILERPLATE.length)] ?? '');
  return edited.join('\n\n');
}

export interface DuplicateReport {
  readonly originals: number;
  readonly copies: number;
  readonly threshold: number;
  readonly rate: number;
  readonly precision: number;
  readonly recall: number;
  /** Distinct originals wrongly taken as copies of an earlier original. */
  readonly falseDuplicates: number;
  /** Time to sign and look up one article, in ms. */
  readonly msPerArticle: number;
}

/** Scores detection on `originals` and `copiesEach` edited copies of each. */
export function scoreDuplicates(
  originals: readonly { id: string; text: string }[],
  options: { threshold: number; rate: number; copiesEach: number; seed: number },
): DuplicateReport {
  const random = seededRandom(options.seed);
  const index = new DuplicateIndex(options.threshold);
  let falseDuplicates = 0;
  const started = performance.now();
  for (const o of originals) {
    const sig = signature(o.text);
    if (index.find(o.text, sig)) falseDuplicates++;
    index.add(o.id, sig);
  }
  let found = 0;
  let right = 0;
  let copies = 0;
  for (const o of originals) {
    for (let c = 0; c < options.copiesEach; c++) {
      copies++;
      const match = index.find(editCopy(o.text, options.rate, random));
      if (match) found++;
      if (match?.id === o.id) right++;
    }
  }
  const ms = performance.now() - started;
  const predicted = found + falseDuplicates;
  return {
    originals: originals.length,
    copies,
    threshold: options.threshold,
    rate: options.rate,
    precision: predicted === 0 ? 1 : right / predicted,
    recall: copies === 0 ? 0 : right / copies,
    falseDuplicates,
    msPerArticle: ms / (originals.length + copies),
  };
}

/** Reads up to `limit` articles of a JSONL corpus, skipping exact repeats of a text. */
export async function readCorpus(file: string, limit: number): Promise<{ id: string; text: string }[]> {
  const out: { id: string; text: string }[] = [];
  const texts = new Set<string>();
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (out.length >= limit) break;
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as { id?: string; text?: string };
    if (typeof r.text !== 'string' || texts.has(r.text)) continue;
    texts.add(r.text);
    out.push({ id: r.id ?? String(out.length), text: r.text });
  }
  return out;
}
