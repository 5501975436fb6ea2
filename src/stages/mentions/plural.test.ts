import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { findActors } from './index.js';

const ctx = createContext();

/** The codes of the mentions over `phrase`, in order. */
function codesOf(text: string, phrase: string): (string | null)[] {
  const doc = findActors(segment({ id: articleId('p'), date: '2021-06-10', text }, ctx), ctx);
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  return doc.mentions.filter((m) => m.text === phrase).map((m) => byId.get(m.actorId)?.code ?? null);
}

describe('plural coreference', () => {
  it.each([
    [
      'Chile and Peru signed a fishing accord. The two countries will patrol the coast.',
      'The two countries',
      ['CHL', 'PER'],
    ],
    ['Chile and Peru said the two countries would patrol the coast.', 'the two countries', ['CHL', 'PER']],
    ['Ghana hosted Togo for talks on Friday. Both sides agreed to reopen the border.', 'Both sides', ['GHA', 'TGO']],
    [
      'The Ghanaian president met the Togolese president in Accra. Both leaders praised the deal.',
      'Both leaders',
      ['GHAGOV', 'TGOGOV'],
    ],
  ])('"%s": %s', (text, phrase, codes) => {
    expect(codesOf(text, phrase)).toEqual(codes);
  });

  it.each([
    // One actor before: nothing to stand for.
    ['Chile protested on Monday. Both sides exchanged notes.', 'Both sides', []],
    // "Both sides of the border" is a place.
    ['Chile and Peru moved troops to both sides of the border.', 'both sides', []],
  ])('leaves "%s" alone', (text, phrase, codes) => {
    expect(codesOf(text, phrase)).toEqual(codes);
  });

  it('keeps the role when no two actors came before ("both leaders" → ---GOV)', () => {
    expect(codesOf('Both leaders condemned the sanctions.', 'Both leaders')).toEqual(['---GOV']);
  });
});
