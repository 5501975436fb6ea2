import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { loadCoreModel } from './_wink-model.js';

/** The part of wink-nlp's loaded model that its tokenizer's cache grows: the lexeme table. */
interface LexemeTable {
  readonly list: string[];
  readonly hash: Record<string, number | undefined>;
  readonly intrinsicSize: number;
}

let instance: WinkMethods | undefined;
let lexemes: LexemeTable | undefined;
/** How far `lexemes.list` has been checked by `forgetGluedWords`. */
let checked = 0;

/** Any character that is neither a letter nor a digit: where a fresh tokenizer may split a chunk. */
const SPLITTABLE = /[^\p{L}\p{N}]/u;

/**
 * The shared wink-nlp instance (sentence boundaries + POS + lemmas). Loading the model
 * takes about 100 ms, so it happens once per process, on first use. The model's `core()` is
 * replaced by `loadCoreModel`, which also keeps a handle on the lexeme table (see `forgetGluedWords`).
 */
export function wink(): WinkMethods {
  if (instance === undefined) {
    const core = () => {
      // The package's own `core()` less its deep copy of the model (see `_wink-model.ts`).
      const loaded = loadCoreModel() as { features: { lexeme: LexemeTable } };
      lexemes = loaded.features.lexeme;
      checked = lexemes.list.length;
      return loaded;
    };
    instance = winkNLP({ ...model, core } as unknown as typeof model, ['sbd', 'pos']);
  }
  return instance;
}

/**
 * Keeps tokenisation independent of the documents read before. wink-nlp adds every unknown
 * word to a process-wide lexicon and later looks whole chunks up there first: once
 * "Venezuela's." was read ("Venezuela's" kept whole before the full stop), every later
 * "Venezuela's" would stay one token, where a fresh process splits it into "Venezuela" + "'s".
 * Dropping the lookup keys of such learnt words (unknown, with a character that can split)
 * after each document restores the fresh behaviour; the table's rows stay, so wink's own
 * index stays consistent.
 */
export function forgetGluedWords(): void {
  if (lexemes === undefined) return;
  const { list, hash, intrinsicSize } = lexemes;
  for (let i = Math.max(checked, intrinsicSize); i < list.length; i++) {
    const word = list[i];
    if (word !== undefined && SPLITTABLE.test(word) && (hash[word] ?? 0) >= intrinsicSize) delete hash[word];
  }
  checked = list.length;
}
