/**
 * The quotes and claims stages must do work linear in the article's length (issue 7). No
 * clock: the test counts how many elements of the document's arrays (tokens, sentences,
 * mentions, actors, quotes) the stages read, through proxies, for an article and for the
 * same article four times over. Linear work reads about four times as much; a scan of the
 * whole document per quote, cue or token (what `doc.mentions.find` inside a loop does)
 * reads about sixteen times as much. Scans of `doc.text` itself are not counted.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { findClaims } from '../claims/index.js';
import { findActors } from '../mentions/index.js';
import { segment } from '../segment/index.js';
import { findQuotes } from './index.js';

const ctx = createContext();

const PARAGRAPH = [
  'Egypt criticized Israel over the talks on Monday, officials said.',
  'The minister met his counterpart in Cairo and urged calm.',
  '“We will not accept this,” he said.',
  'According to the ministry, about 300 people protested in Gaza.',
  'Mr. Hassan warned that the talks would fail, calling the plan a “serious mistake” and ‘a trap’.',
  'His warning that Israel would leave was echoed by the president: “It is over for now.”',
  'Sanders said his rival is in “serious trouble” after 12 percent of voters left.',
].join(' ');

function countedReads(copies: number, separator: string, oneSentence: boolean): number {
  const paragraph = oneSentence ? PARAGRAPH.replace(/[.:]/g, ',') : PARAGRAPH;
  const text = Array.from({ length: copies }, () => paragraph).join(separator);
  const doc = findActors(segment({ id: articleId('linear'), date: '2024-01-05', text }, ctx), ctx);
  const reads = { n: 0 };
  const counted = <T extends object>(items: readonly T[]): readonly T[] =>
    new Proxy(items as T[], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
        return Reflect.get(target, key, receiver);
      },
    });
  const watched = {
    ...doc,
    tokens: counted(doc.tokens),
    sentences: counted(doc.sentences),
    mentions: counted(doc.mentions),
    actors: counted(doc.actors),
  };
  const quoted = findQuotes(watched, ctx);
  findClaims({ ...quoted, quotes: counted(quoted.quotes) }, ctx);
  return reads.n;
}

describe('quotes and claims work linearly', () => {
  it.each([
    ['one long paragraph', ' ', false],
    ['many paragraphs', '\n\n', false],
    ['one long sentence', ' and ', true],
  ])('%s: four times the text, about four times the reads', (_name, separator, oneSentence) => {
    const small = countedReads(20, separator, oneSentence);
    const large = countedReads(80, separator, oneSentence);
    expect(small).toBeGreaterThan(0);
    // Linear work gives a ratio near 4; a scan per item gives a ratio near 16.
    expect(large / small).toBeLessThan(5);
  });
});
