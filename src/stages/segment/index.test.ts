import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { expectItem } from '../../testing/expect-item.js';
import { segment } from './index.js';

const ctx = createContext();
const article = (text: string) => ({ id: articleId('t'), date: '2024-01-05', text });

describe('segment', () => {
  it('gives every token and sentence a span into the text', () => {
    const text = '  The minister’s aide met U.S. envoys on Wednesday.\n\n“We agree,” he said. Talks go on.';
    const doc = segment(article(text), ctx);
    for (const token of doc.tokens) expectItem(doc, token, token.text);
    for (const sentence of doc.sentences) expectItem(doc, sentence, sentence.text);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'The minister’s aide met U.S. envoys on Wednesday.',
      '“We agree,” he said.',
      'Talks go on.',
    ]);
  });

  it.each([
    ['met', 'VERB', 'meet', 'met'],
    ['envoys', 'NOUN', 'envoy', 'envoys'],
    ['’s', 'PART', "'s", "'s"],
    ['U.S.', 'PROPN', 'u.s.', 'u.s.'],
  ])('tags %s as %s with lemma %s', (word, pos, lemma, normal) => {
    const doc = segment(article('The minister’s aide met U.S. envoys.'), ctx);
    const token = doc.tokens.find((t) => t.text === word);
    expect(token).toMatchObject({ pos, lemma, normal });
  });

  it('keeps sentence membership and token ranges consistent', () => {
    const doc = segment(article('One sentence here. Another one there.'), ctx);
    for (const s of doc.sentences) {
      for (let i = s.firstToken; i < s.endToken; i++) expect(doc.tokens[i]?.sentence).toBe(s.index);
    }
    expect(doc.tokens.find((t) => t.text === 'met')).toBeUndefined();
    expect(doc.tokens.find((t) => t.text === 'sentence')?.pos).toBe('NOUN');
  });

  it('tokenises a text the same whatever was read before ("of Venezuela\'s." first)', () => {
    const tokens = (text: string) => segment(article(text), ctx).tokens.map((t) => `${t.text}/${t.pos}`);
    const probe = "Venezuela's army and Kenya’s police met.";
    const before = tokens(probe);
    tokens("They spoke of Venezuela's. Then of Kenya’s, and of Gondor's-led talks.");
    expect(tokens(probe)).toEqual(before);
    expect(before.slice(0, 2)).toEqual(['Venezuela/PROPN', "'s/PART"]);
  });

  it.each(['', '   \n\n  '])('returns nothing for blank text %j', (text) => {
    const doc = segment(article(text), ctx);
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
  });

  it('handles emoji, RTL text and control characters without losing offsets', () => {
    const text = 'Officials 🇺🇦 said \u0007 مرحبا tests passed.\u200F Done.';
    const doc = segment(article(text), ctx);
    for (const token of doc.tokens) expectItem(doc, token, token.text);
  });
});
