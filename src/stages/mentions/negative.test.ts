import { describe, expect, it } from 'vitest';
import type { DictionaryKind } from '../../config.js';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { findActors } from './index.js';

const FIXTURES = new URL('../../../test/fixtures/coder/', import.meta.url).pathname;
const KINDS: readonly DictionaryKind[] = ['verbs', 'actors', 'agents', 'discards'];
const ctx = createContext({ dictionaries: KINDS.map((kind) => ({ kind, path: `${FIXTURES}${kind}.txt` })) });
const run = (text: string) => findActors(segment({ id: articleId('t'), date: '1995-03-01', text }, ctx), ctx);

describe('findActors does not invent actors', () => {
  it.each([
    ['', 0],
    ['The weather was mild on Tuesday.', 0],
    ['constructor toString __proto__ hasOwnProperty', 0],
  ])('finds no actor in "%s"', (text, n) => {
    expect(run(text).actors).toHaveLength(n);
  });

  it('gives an agent with no country no guessed country, only the unknown one ("---GOV")', () => {
    const doc = run('A senior spokesman said the talks were over.');
    expect(doc.actors.map((a) => a.code)).toEqual(['---GOV']);
  });

  it('leaves a role owned by a pronoun uncoded ("his lawyer")', () => {
    const doc = run('His lawyer said the talks were over.');
    expect(doc.actors.every((a) => a.code === null)).toBe(true);
  });

  it('matches a known actor without a code but codes nothing', () => {
    const doc = run('Boromir met the envoys.');
    expect(doc.actors.find((a) => a.name.toLowerCase().includes('boromir'))?.code ?? null).toBeNull();
  });

  it('does not take "Arnorian" for a prefix match of ARNOR_', () => {
    expect(run('Arnorians met Rohan.').actors.map((a) => a.code)).toEqual(['ROH']);
  });

  it('makes possessive pronouns no mentions', () => {
    const doc = run('Rohan praised its allies.');
    expect(doc.mentions.map((m) => m.text)).toEqual(['Rohan']);
  });

  it('never throws on odd input', () => {
    for (const text of ['—', '“”', '(((', 'A, , and, B', '\u0000\u0001', 'x'.repeat(5000)]) {
      expect(() => run(text)).not.toThrow();
    }
  });
});
