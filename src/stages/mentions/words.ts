/**
 * A word view of a sentence for dictionary matching: wink splits `Barad-dur` and
 * `Dol_Amroth` into pieces; here hyphenated pieces written without spaces are joined
 * again (`barad-dur`) and `_` joiners are dropped (`dol`, `amroth`), as in the dictionaries.
 */
import type { Sentence, Token } from '../../core/document.js';

/** One word: tokens `[first, end)` of `doc.tokens`, with its normalised text and lemma. */
export interface Word {
  readonly first: number;
  readonly end: number;
  readonly normal: string;
  readonly lemma: string;
  readonly pos: string;
  /** The word as written (case kept), for names that only match in their exact case ("US"). */
  readonly text: string;
}

const glued = (a: Token, b: Token): boolean => a.span.end === b.span.start;
/** Prefixes that keep a hyphenated verb a verb ("co-hosted", "re-elected"). */
const VERB_PREFIXES = new Set(['re', 'co', 'pre', 'de', 'un', 'over', 'out', 'mis', 'cross', 'counter']);

/** "state-run", "Iran-backed" modify nouns; "co-hosted" stays a verb. */
function joinedPos(head: Token, last: Token): string {
  if (last.pos !== 'VERB') return last.pos;
  return VERB_PREFIXES.has(head.normal) ? 'VERB' : 'ADJ';
}

/** The words of one sentence, in order. */
export function sentenceWords(tokens: readonly Token[], sentence: Sentence): Word[] {
  const words: Word[] = [];
  let i = sentence.firstToken;
  while (i < sentence.endToken) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.text === '_') {
      i++;
      continue;
    }
    let end = i + 1;
    let normal = token.normal;
    let text = token.text;
    let last = token;
    // Join `a - b` written `a-b` (three tokens without spaces) into one word.
    for (;;) {
      const dash = tokens[end];
      const next = tokens[end + 1];
      if (end + 1 >= sentence.endToken || !dash || !next || dash.text !== '-') break;
      if (!glued(last, dash) || !glued(dash, next) || next.pos === 'PUNCT') break;
      normal = `${normal}-${next.normal}`;
      text = `${text}-${next.text}`;
      last = next;
      end += 2;
    }
    // wink sometimes keeps "Venezuela's" as one token: look it up without the possessive.
    if (end === i + 1 && normal.length > 3 && normal.endsWith("'s")) normal = normal.slice(0, -2);
    const lemma = end === i + 1 && normal === token.normal ? token.lemma : normal;
    const pos = end === i + 1 ? token.pos : joinedPos(token, last);
    words.push({ first: i, end, normal, lemma, pos, text });
    i = end;
  }
  return words;
}

/**
 * True for a word used as a verb: tagged VERB, or a noun or adjective the tagger got wrong between a
 * proper noun and a determiner ("Fornost and Gondor welcome a resumption").
 */
export function verbLike(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w === undefined) return false;
  if (w.pos === 'VERB') return true;
  return (w.pos === 'NOUN' || w.pos === 'ADJ') && words[i - 1]?.pos === 'PROPN' && words[i + 1]?.pos === 'DET';
}
