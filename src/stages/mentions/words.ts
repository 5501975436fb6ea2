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

/** Past forms the tagger often reads as nouns after a name ("Ukraine shot down", "troops hit"). */
const IRREGULAR_PAST = new Map(
  (
    'shot:shoot hit:hit struck:strike fought:fight led:lead held:hold met:meet sent:send told:tell sought:seek ' +
    'brought:bring took:take gave:give won:win lost:lose began:begin beat:beat cut:cut'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
/** What may follow a verb the tagger took for a noun: an object, a particle or "dead" ("shot dead"). */
const AFTER_VERB = new Set(['DET', 'ADP', 'PROPN', 'PRON', 'NUM']);
/** What may follow a third-person form read as a noun: only an object ("OIC events despite" stays a noun). */
const OBJECT = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
const PLURAL = (w: Word | undefined): boolean => w?.pos === 'NOUN' && w.normal !== w.lemma;
const PAST = (w: Word): boolean => IRREGULAR_PAST.has(w.normal) || (w.normal.length > 4 && w.normal.endsWith('ed'));

/**
 * The lemmas to look a verb up by: its own, and for a form the tagger read as a noun ("shot",
 * "armed"), the verb it is a form of ("shoot"; "arm" or "arme" for "-ed").
 */
export function verbLemmas(w: Word): readonly string[] {
  if (w.pos === 'VERB' || w.pos === 'AUX') return [w.lemma];
  const irregular = IRREGULAR_PAST.get(w.normal);
  if (irregular) return [irregular];
  if (w.normal.endsWith('ed')) return [w.normal.slice(0, -2), w.normal.slice(0, -1), w.lemma];
  return [w.lemma];
}

/**
 * A noun by its tag but a verb by its place, right after the phrase naming its subject: a past
 * form ("Ukraine shot down", "Israeli troops shot dead", "militiamen armed with"), a third-person
 * form after a name ("Trinidad claims Venezuela"), a plain form after a plural ("Syrian forces
 * clash with").
 */
function mistaggedVerb(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const prev = words[i - 1];
  const next = words[i + 1];
  if (!w || !prev || !next || (w.pos !== 'NOUN' && w.pos !== 'ADJ')) return false;
  if (!(AFTER_VERB.has(next.pos) || next.normal === 'dead')) return false;
  const subject = prev.pos === 'PROPN' || prev.pos === 'NOUN';
  if (PAST(w)) return subject;
  const third = w.normal.endsWith('s') && w.normal !== w.lemma && !/(?:ss|us|is)$/.test(w.normal);
  if (third) return prev.pos === 'PROPN' && OBJECT.has(next.pos);
  return PLURAL(prev) && next.normal === 'with';
}

/** "the occupied West Bank", "in occupied Crimea": a participle between a determiner or preposition and a noun is an adjective. */
function attributive(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const prev = words[i - 1];
  const next = words[i + 1];
  if (!w || !prev || !next || !/(?:ed|en|ing)$/.test(w.normal)) return false;
  return (prev.pos === 'DET' || prev.pos === 'ADP') && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

/**
 * True for a word used as a verb: tagged VERB (unless a participle used as an adjective, "the
 * occupied West Bank"), or a noun or adjective the tagger got wrong: between a proper noun and a
 * determiner ("Fornost and Gondor welcome a resumption"), or right after its subject ("Ukraine shot down").
 */
export function verbLike(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w === undefined) return false;
  if (w.pos === 'VERB') return !attributive(words, i);
  if ((w.pos === 'NOUN' || w.pos === 'ADJ') && words[i - 1]?.pos === 'PROPN' && words[i + 1]?.pos === 'DET')
    return true;
  return mistaggedVerb(words, i);
}
