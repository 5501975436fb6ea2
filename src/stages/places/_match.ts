/**
 * Finds place names in a segmented document: at each capitalised token, the longest run
 * of tokens whose folded text is a gazetteer name. No rule here decides what the name means.
 */
import type { Segmented, Token } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { foldName, isCaseSensitive, tokenHead } from './_fold.js';
import type { Entry, Gazetteer } from './_gazetteer.js';

/** A run of tokens that spells a gazetteer name. */
export interface NameMatch {
  /** Tokens `[first, end)` of `doc.tokens`. */
  readonly first: number;
  readonly end: number;
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
  readonly entries: readonly Entry[];
}

const CAPITALISED = /^\p{Lu}/u;
const HAS_CAPITAL = /\p{Lu}/u;

/** True when a token starts with a capital letter ("Beijing", "U.S.", "BEIJING"). */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && CAPITALISED.test(token.text);
}

/** The entries of a gazetteer name that accept this exact text (abbreviations keep their case). */
function entriesFor(gazetteer: Gazetteer, text: string): readonly Entry[] {
  const entries = gazetteer.names.get(foldName(text));
  if (!entries) return [];
  const plain = text.replace(/\s+/g, ' ');
  // "UN", "PoP": text that looks like an abbreviation only matches an abbreviation.
  const abbreviation = isCaseSensitive(plain);
  return entries.filter((e) => (e.exact === null ? !abbreviation : e.exact === plain));
}

/** The longest name starting at token `i`, within its sentence. */
function longestAt(doc: Segmented, gazetteer: Gazetteer, i: number, sentenceEnd: number): NameMatch | null {
  const first = doc.tokens[i];
  if (!first || !isCapitalised(first)) return null;
  const words = gazetteer.names.wordsAt ? gazetteer.names.wordsAt(tokenHead(first.text)) : gazetteer.maxWords;
  if (words === 0) return null;
  const limit = Math.min(sentenceEnd, i + words);
  for (let end = limit; end > i; end--) {
    const last = doc.tokens[end - 1];
    // The last word holds a capital too: "Bosnia and Herzegovina", "Côte d'Ivoire".
    if (!last || !HAS_CAPITAL.test(last.text)) continue;
    const span = { start: first.span.start, end: last.span.end };
    const text = doc.text.slice(span.start, span.end);
    const entries = entriesFor(gazetteer, text);
    if (entries.length > 0) return { first: i, end, span, text, sentence: first.sentence, entries };
  }
  return null;
}

/** Every place name in the document, longest first, never overlapping, in text order. */
export function matchNames(doc: Segmented, gazetteer: Gazetteer): readonly NameMatch[] {
  const matches: NameMatch[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const match = longestAt(doc, gazetteer, i, sentence.endToken);
      if (match) matches.push(match);
      i = match ? match.end : i + 1;
    }
  }
  return matches;
}
