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
const OPEN_QUOTES = new Set(['“', '‘', '"']);
const CLOSE_QUOTES = new Set(['”', '’', '"']);
const MODIFIER = new Set(['DET', 'ADJ']);
const NAME = new Set(['PROPN', 'NOUN']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Day and month names and deictic days end a noun phrase: "met Party leaders Wednesday", "Denmark today". */
const TEMPORAL = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december today yesterday tonight tomorrow overnight'.split(
    ' ',
  ),
);

/** "next week", "last month": a relative time ends a noun phrase ("will visit China next week"). */
const RELATIVE = new Set(['next', 'last', 'coming', 'past', 'previous']);
const UNITS = new Set(['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'decade']);
function relativeTime(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  if (RELATIVE.has(w.normal)) return UNITS.has(words[i + 1]?.normal ?? '');
  return UNITS.has(w.normal) && RELATIVE.has(words[i - 1]?.normal ?? '');
}

function npWord(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w === undefined || verbLike(words, i) || TEMPORAL.has(w.normal) || relativeTime(words, i)) return false;
  if (NP_POS.has(w.pos) || OPENERS.has(w.pos) || w.normal === "'s" || w.normal === "'") return true;
  if (w.pos === 'PRON' && POSSESSIVES.has(w.normal)) return true;
  if (w.normal === 'and' || w.normal === ',') return words[i - 1]?.pos === 'ADJ' && words[i + 1]?.pos === 'ADJ';
  // Scare quotes inside a noun phrase: "a senior “Xinjiang” communist leader".
  const open = OPEN_QUOTES.has(w.text) && MODIFIER.has(words[i - 1]?.pos ?? '') && NAME.has(words[i + 1]?.pos ?? '');
  const close = CLOSE_QUOTES.has(w.text) && NAME.has(words[i - 1]?.pos ?? '') && NP_POS.has(words[i + 1]?.pos ?? '');
  if (open || close) return true;
  return gloss(words, i) || nameLink(words, i);
}

/** Nouns that head or end an organisation's name ("Institute for …", "… for Peace Foundation"). */
const ORG_NOUNS = new Set(
  'foundation institute council committee center centre fund society association union league front party movement organization organisation agency commission bank university college academy trust alliance coalition network forum programme program office bureau department ministry court federation board authority observatory'.split(
    ' ',
  ),
);
/** Lower-case words inside an organisation's name: "Cinema for Peace Foundation", "Council on Foreign Relations". */
const NAME_LINKS = new Set(['for', 'of', 'on', 'and']);
const NAME_WORDS = 6;

/** A capitalised word of a name: not a day or month ("… Foundation on Saturday"). */
const capitalised = (w: Word | undefined): boolean =>
  w !== undefined &&
  (w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ') &&
  /^\p{Lu}/u.test(w.text) &&
  !TEMPORAL.has(w.normal);

/**
 * True when the link word at `i` joins two capitalised runs into one organisation's name: the run
 * before it or the run after it (through "the" and other links, at most six words each way)
 * holds an organisation noun ("Institute for the Study of War", "Cinema for Peace Foundation").
 * "President of France" and "Secretary of State Mike Pompeo" stay apart.
 */
function nameLink(words: readonly Word[], i: number): boolean {
  if (!NAME_LINKS.has(words[i]?.normal ?? '') || !capitalised(words[i - 1])) return false;
  let org = false;
  for (let k = i - 1, n = 0; k >= 0 && n < NAME_WORDS; k--, n++) {
    const w = words[k];
    if (capitalised(w)) org ||= ORG_NOUNS.has(w?.normal ?? '');
    else if (w?.normal === 'the' && NAME_LINKS.has(words[k - 1]?.normal ?? '')) continue;
    else if (!(NAME_LINKS.has(w?.normal ?? '') && capitalised(words[k - 1]))) break;
  }
  let j = i + 1;
  if (words[j]?.normal === 'the') j++;
  if (!capitalised(words[j])) return false;
  let last: Word | undefined;
  for (let n = 0; j < words.length && n < NAME_WORDS; j++, n++) {
    const w = words[j];
    if (capitalised(w)) last = w;
    else if (!(NAME_LINKS.has(w?.normal ?? '') && capitalised(words[j + 1]))) break;
  }
  return org || ORG_NOUNS.has(last?.normal ?? '');
}

const GLOSS_WORDS = 3;
const glossWord = (w: Word | undefined): boolean => w !== undefined && NP_POS.has(w.pos);

/**
 * A name's translation or acronym in brackets inside a noun phrase: "the Azadliq (Freedom)
 * opposition coalition", "the Umma (Nation) party": up to three words between a name and a noun
 * that goes on. "The Revolutionary United Front (RUF) said" ends at the bracket.
 */
function gloss(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w?.normal === '(') {
    if (words[i - 1]?.pos !== 'PROPN') return false;
    let j = i + 1;
    while (j < words.length && j - i <= GLOSS_WORDS && glossWord(words[j])) j++;
    return j > i + 1 && words[j]?.normal === ')' && NAME.has(words[j + 1]?.pos ?? '') && !verbLike(words, j + 1);
  }
  if (w?.normal === ')') {
    let j = i - 1;
    while (j >= 0 && i - j <= GLOSS_WORDS && glossWord(words[j])) j--;
    return j < i - 1 && words[j]?.normal === '(' && gloss(words, j);
  }
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
    // …but not "the" inside a name: "the Institute for the Study of War".
    if (
      word &&
      hit === undefined &&
      opens(word) &&
      from >= 0 &&
      words[i - 1]?.normal !== "'s" &&
      !nameLink(words, i - 1)
    )
      close(i);
    if (from < 0) from = i;
    if (hit) {
      inside.push(hit);
      i = hit.to;
    } else i++;
  }
  close(words.length);
  return chunks;
}
