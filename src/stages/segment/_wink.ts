import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | undefined;

/**
 * The shared wink-nlp instance (sentence boundaries + POS + lemmas). Loading the model
 * takes about 100 ms, so it happens once per process, on first use.
 */
export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
