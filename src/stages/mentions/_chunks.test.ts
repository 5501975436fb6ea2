import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { chunkWords } from './_chunks.js';
import { sentenceWords } from './words.js';

const ctx = createContext();

/** The noun-phrase chunks of a one-sentence text, as text, with no dictionary hits. */
function chunks(text: string): string[] {
  const doc = segment({ id: articleId('c'), date: null, text }, ctx);
  const sentence = doc.sentences[0];
  if (!sentence) return [];
  const words = sentenceWords(doc.tokens, sentence);
  const start = (w: number) => doc.tokens[words[w]?.first ?? 0]?.span.start ?? 0;
  const end = (w: number) => doc.tokens[(words[w]?.end ?? 1) - 1]?.span.end ?? 0;
  return chunkWords(words, []).map((c) => text.slice(start(c.from), end(c.to - 1)));
}

describe('chunkWords: organisation names', () => {
  it.each([
    ['The Institute for the Study of War said the offensive stalled.', 'The Institute for the Study of War'],
    ['Officials of the Council on Foreign Relations met on Monday.', 'the Council on Foreign Relations'],
    ['A grant from the Cinema for Peace Foundation arrived on Saturday.', 'the Cinema for Peace Foundation'],
  ])('"%s" holds "%s"', (text, name) => {
    expect(chunks(text)).toContain(name);
  });

  it('stops a name before a day after it, and keeps a title apart from a name', () => {
    expect(chunks('The Cinema for Peace Foundation on Saturday flew him out.')).toContain(
      'The Cinema for Peace Foundation',
    );
    expect(chunks('The envoy of Russia met the President of France.')).not.toContain('The envoy of Russia');
  });
});
