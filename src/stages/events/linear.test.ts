/**
 * The events stage must do work linear (or n·log n) in the article's length (issue 7). No
 * clock: the test counts reads of the arrays the stage walks — the document's (tokens,
 * sentences, mentions, actors, quotes, times, places) and, inside one sentence, the coder's
 * view (its live words and actor slots) — for an article and for the same article four times
 * over. Linear work reads about four times as much; a scan of the sentence per verb (a pattern
 * searched back to the sentence's start) or of the document per verb or event (`doc.quotes.find`)
 * reads about sixteen times as much.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import type { Actor } from '../../core/document.js';
import { findActors } from '../mentions/index.js';
import { resolvePlaces } from '../places/index.js';
import { findQuotes } from '../quotes/index.js';
import { segment } from '../segment/index.js';
import { resolveTimes } from '../time/index.js';
import { codeView } from './_code.js';
import { verbIndex } from './_verbs.js';
import { buildView } from './_view.js';
import { codeEvents } from './index.js';

const ctx = createContext();

const PARAGRAPH = [
  'Egypt criticized Israel over the talks on Monday, officials said.',
  'The minister met his counterpart in Cairo and urged calm.',
  '“We will not accept this,” he said.',
  'According to the ministry, about 300 people protested in Gaza.',
  'Jordan accused Syria of shelling the border town on Tuesday and demanded an apology from Damascus.',
  'The rebels were attacked by government troops in Aleppo, and Turkey condemned the attack.',
  'Russia signed a trade agreement with China, which promised to invest in Moscow.',
].join(' ');

function documentOf(copies: number, separator: string, oneSentence: boolean) {
  const paragraph = oneSentence ? PARAGRAPH.replace(/[.:]/g, ',') : PARAGRAPH;
  const text = Array.from({ length: copies }, () => paragraph).join(separator);
  const doc = segment({ id: articleId('linear'), date: '2024-01-05', text }, ctx);
  return findQuotes(resolvePlaces(resolveTimes(findActors(doc, ctx), ctx), ctx), ctx);
}

function counter() {
  const reads = { n: 0 };
  const counted = <T extends object>(items: readonly T[]): readonly T[] =>
    new Proxy(items as T[], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
        return Reflect.get(target, key, receiver);
      },
    });
  return { reads, counted };
}

/** Reads of the document's arrays while coding its events; also the number of events. */
function documentReads(copies: number, separator: string, oneSentence: boolean): [number, number] {
  const doc = documentOf(copies, separator, oneSentence);
  const { reads, counted } = counter();
  const coded = codeEvents(
    {
      ...doc,
      tokens: counted(doc.tokens),
      sentences: counted(doc.sentences),
      mentions: counted(doc.mentions),
      actors: counted(doc.actors),
      quotes: counted(doc.quotes),
      times: counted(doc.times),
      places: counted(doc.places),
    },
    ctx,
  );
  return [reads.n, coded.events.length];
}

/** Reads of one long sentence's live words and slots while coding it; also the number of events. */
function viewReads(copies: number): [number, number] {
  const doc = documentOf(copies, ', and ', true);
  expect(doc.sentences.length).toBe(1);
  const actors = new Map<string, Actor>(doc.actors.map((a) => [a.id, a]));
  const view = buildView(doc, 0, doc.mentions, actors);
  if (!view) throw new Error('no view');
  const { reads, counted } = counter();
  const coded = codeView({ ...view, live: counted(view.live), slots: counted(view.slots) }, verbIndex(ctx));
  return [reads.n, coded.events.length];
}

describe('events work linearly', () => {
  it.each([
    ['one long paragraph', ' ', false],
    ['many paragraphs', '\n\n', false],
    ['one long sentence', ', and ', true],
  ])('%s: four times the text, about four times the document reads', (_name, separator, oneSentence) => {
    const [small, smallEvents] = documentReads(10, separator, oneSentence);
    const [large, largeEvents] = documentReads(40, separator, oneSentence);
    expect(smallEvents).toBeGreaterThan(0);
    // One sentence codes each event once (events are deduplicated within a sentence).
    if (!oneSentence) expect(largeEvents).toBeGreaterThan(2 * smallEvents);
    // Linear work gives a ratio near 4 (4.3 measured: binary searches add a log factor); a scan
    // per verb or event gives a ratio near 16 (16.3 measured before the look-ups were indexed).
    expect(large / small).toBeLessThan(5);
  });

  it('one long sentence: four times the words, about four times the reads of its words and slots', () => {
    const [small, smallEvents] = viewReads(10);
    const [large, largeEvents] = viewReads(40);
    expect(smallEvents).toBeGreaterThan(0);
    expect(largeEvents).toBeGreaterThan(2 * smallEvents);
    // 5.3 measured: binary searches add a log factor, and a longer sentence lets each pattern use
    // more of its bounded tries (MAX_TRIES). Patterns searched back to the sentence's start gave 20.
    expect(large / small).toBeLessThan(6.5);
  });
});
