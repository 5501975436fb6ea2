import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { sentenceWords, verbLemmas, verbLike } from './words.js';

const ctx = createContext();

/** The words of the one-sentence `text` that `verbLike` calls verbs. */
function verbs(text: string): string[] {
  const doc = segment({ id: articleId('t'), date: '1995-03-01', text }, ctx);
  const sentence = doc.sentences[0];
  if (!sentence) return [];
  const words = sentenceWords(doc.tokens, sentence);
  return words.filter((_, i) => verbLike(words, i)).map((w) => w.normal);
}

describe('verbLike', () => {
  it.each([
    // Verbs the tagger reads as nouns right after their subject.
    ['Ukraine shot down a Russian jet.', 'shot'],
    ['Israeli troops shot dead a Palestinian youth.', 'shot'],
    ['Syrian forces clash with rebels near Aleppo.', 'clash'],
    ['Trinidad claims Venezuela violated its waters.', 'claims'],
  ])('finds the verb in "%s"', (text, verb) => {
    expect(verbs(text)).toContain(verb);
  });

  it.each([
    // A participle between a determiner or preposition and a noun is an adjective.
    ['Settlers attacked villages in the occupied West Bank.', 'occupied'],
    ['Settlers live in occupied Crimea.', 'occupied'],
    // A plural noun before a preposition is a noun: "OIC events despite".
    ['China has received invitations to premier OIC events despite this.', 'events'],
  ])('finds no verb "%2$s" in "%1$s"', (text, word) => {
    expect(verbs(text)).not.toContain(word);
  });
});

describe('verbLemmas', () => {
  it('gives the verb lemma of a past form the tagger read as a noun', () => {
    const w = { first: 0, end: 1, text: 'shot', normal: 'shot', lemma: 'shot', pos: 'NOUN' };
    expect(verbLemmas(w)).toEqual(['shoot']);
    expect(verbLemmas({ ...w, normal: 'armed', lemma: 'armed', text: 'armed' })).toContain('arm');
    expect(verbLemmas({ ...w, pos: 'VERB', lemma: 'shoot' })).toEqual(['shoot']);
  });
});
