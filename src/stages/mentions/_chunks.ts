/**
 * Noun-phrase chunks from POS tags: maximal runs of determiners, adjectives, nouns, proper
 * nouns and numbers, glued by possessive `'s` and by `and` between two adjectives
 * ("awful and evil minister"); dictionary hits are always inside one chunk.
 */
import type { Hit } from './_match.js';
import { verbLike, type Word } from './words.js';

/** Words `[from, to)` of a sentence forming one noun phrase, with the hits inside it. */
export interface Chunk {
  readonly from: number;
  readonly to: number;
  readonly hits: readonly Hit[];
}

const NP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'X']);
const OPENERS = new Set(['DET']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Day and month names and deictic days end a noun phrase: "met Party leaders Wednesday", "Denmark today". */
const TEMPORAL = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december today yesterday tonight tomorrow overnight'.split(
    ' ',
  ),
);

function npWord(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w === undefined || verbLike(words, i) || TEMPORAL.has(w.normal)) return false;
  if (NP_POS.has(w.pos) || OPENERS.has(w.pos) || w.normal === "'s" || w.normal === "'") return true;
  if (w.pos === 'PRON' && POSSESSIVES.has(w.normal)) return true;
  if (w.normal === 'and' || w.normal === ',') return words[i - 1]?.pos === 'ADJ' && words[i + 1]?.pos === 'ADJ';
  return false;
}

const opens = (w: Word): boolean => OPENERS.has(w.pos) || (w.pos === 'PRON' && POSSESSIVES.has(w.normal));

/** Splits a sentence's words into noun-phrase chunks covering every dictionary hit. */
export function chunkWords(words: readonly Word[], hits: readonly Hit[]): Chunk[] {
  const hitAt = new Map<number, Hit>();
  for (const hit of hits) hitAt.set(hit.from, hit);
  const chunks: Chunk[] = [];
  let from = -1;
  let inside: Hit[] = [];
  const close = (to: number): void => {
    if (from >= 0 && to > from) chunks.push({ from, to, hits: inside });
    from = -1;
    inside = [];
  };
  let i = 0;
  while (i < words.length) {
    const hit = hitAt.get(i);
    const word = words[i];
    if (hit === undefined && word !== undefined && !npWord(words, i)) {
      close(i);
      i++;
      continue;
    }
    // A determiner after nouns starts a new noun phrase.
    if (word && hit === undefined && opens(word) && from >= 0 && words[i - 1]?.normal !== "'s") close(i);
    if (from < 0) from = i;
    if (hit) {
      inside.push(hit);
      i = hit.to;
    } else i++;
  }
  close(words.length);
  return chunks;
}
