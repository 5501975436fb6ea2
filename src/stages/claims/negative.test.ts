import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { rule } from '../../core/source.js';
import { segment } from '../segment/index.js';
import { findClaims } from './index.js';

const ctx = createContext();

function texts(text: string, names: readonly string[] = []) {
  const doc = segment({ id: articleId('n'), date: '2024-01-05', text }, ctx);
  const mentions = names.map((name, i) => {
    const start = text.indexOf(name);
    return {
      id: `m${i}`,
      span: { start, end: start + name.length },
      text: name,
      sentence: 0,
      firstToken: 0,
      endToken: 0,
      form: 'name' as const,
      actorId: `a${i}`,
      source: rule('test'),
    };
  });
  return findClaims({ ...doc, mentions, actors: [], quotes: [] }, ctx).claims.map((c) => c.text);
}

// Numbers that are not claims: years, dates, times, durations, ages, ordinals, names.
const NEGATIVES: readonly (readonly [string, string, readonly string[]])[] = [
  ['a year', 'The order was given in 2018 by the leader.', []],
  ['a year before a noun', 'The 2018 election was disputed.', []],
  ['a date', 'The accord was signed on January 5 in Geneva.', []],
  ['a date, day first', 'The accord was signed on 5 January in Geneva.', []],
  ['a clock time', 'The talks began at 10 a.m. sharp.', []],
  ['a duration', 'He was jailed for three years.', []],
  ['an age', 'A 45-year-old man was arrested.', []],
  ['an age in words', 'The leader, 72 years old, resigned.', []],
  ['an ordinal', 'The 1st battalion moved north.', []],
  ['a number inside an actor name', 'The Group of 20 ministers met.', ['Group of 20']],
  ['a lone number with nothing counted', 'The vote ended 5 to 4.', []],
];

describe('findClaims negatives', () => {
  it.each(NEGATIVES)('finds no claim in %s', (_label, text, names) => {
    expect(texts(text, names)).toEqual([]);
  });

  it('returns an empty list for empty text', () => {
    expect(texts('')).toEqual([]);
  });
});
