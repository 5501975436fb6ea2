/**
 * Test helper for the events stage: codes a sentence with the invented fixture dictionaries
 * (test/fixtures/coder), without the time, places and quotes stages unless given.
 */
import type { DictionaryKind } from '../../config.js';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import type { CodedEvent, Place, Quote, TimeExpr } from '../../core/document.js';
import { codeArticle } from '../../pipeline.js';
import { findActors } from '../mentions/index.js';
import { segment } from '../segment/index.js';
import { codeEvents } from './index.js';

const FIXTURES = new URL('../../../test/fixtures/coder/', import.meta.url).pathname;
const KINDS: readonly DictionaryKind[] = ['verbs', 'actors', 'agents', 'discards'];

/** A context with the fixture dictionaries. */
export const fixtureContext = createContext({
  dictionaries: KINDS.map((kind) => ({ kind, path: `${FIXTURES}${kind}.txt` })),
});

/** Extra stage outputs a test may supply. */
export interface Extras {
  readonly times?: readonly TimeExpr[];
  readonly places?: readonly Place[];
  readonly quotes?: readonly Quote[];
}

/** Codes `text` published on `date`; returns the document. */
export function codeText(text: string, date = '1995-03-01', extras: Extras = {}) {
  const ctx = fixtureContext;
  const doc = findActors(segment({ id: articleId('t'), date, text }, ctx), ctx);
  return codeEvents(
    { ...doc, times: extras.times ?? [], places: extras.places ?? [], quotes: extras.quotes ?? [] },
    ctx,
  );
}

/** The events of `text` as `SOURCE TARGET CODE` strings, sorted. */
export function triples(text: string, date?: string): string[] {
  return codeText(text, date)
    .events.map((e) => `${e.source.code} ${e.target?.code} ${e.code}`)
    .sort();
}

const builtin = createContext();

/** The events of `text`, published on `date`, coded by the whole pipeline with dyad's built-in tables. */
export function newsEvents(text: string, date = '2024-03-08'): readonly CodedEvent[] {
  const out = codeArticle({ id: articleId('news'), date, text }, builtin);
  if (!out.ok) throw new Error(out.problem.message);
  return out.value.events;
}

/** `newsEvents` as `SOURCE TARGET CODE` strings (target `-` when none), sorted. */
export function newsTriples(text: string, date?: string): string[] {
  return newsEvents(text, date)
    .map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.code}`)
    .sort();
}
