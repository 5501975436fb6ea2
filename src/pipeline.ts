/**
 * The only place where stage order lives. Each stage is a pure function from a typed
 * document to a richer one; the compiler checks every hand-off. An exception escaping
 * a stage is caught here, once per article, and becomes a problem naming the stage.
 */

import type { Context } from './context.js';
import type { Article } from './core/article.js';
import type { CodedDocument } from './core/document.js';
import { failure, type Outcome, success } from './core/problem.js';
import { findClaims } from './stages/claims/index.js';
import { codeEvents } from './stages/events/index.js';
import { findActors } from './stages/mentions/index.js';
import { resolvePlaces } from './stages/places/index.js';
import { findQuotes } from './stages/quotes/index.js';
import { segment } from './stages/segment/index.js';
import { resolveTimes } from './stages/time/index.js';

/** Names of the stages, in the order `codeArticle` runs them. */
export const STAGES = ['segment', 'mentions', 'time', 'places', 'quotes', 'events', 'claims'] as const;
export type StageName = (typeof STAGES)[number];

/** Optional per-stage timing, for the benchmark's share-of-time table. */
export type StageTimer = (stage: StageName, ms: number) => void;

class StageFailure extends Error {
  readonly stage: StageName;
  constructor(stage: StageName, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.stage = stage;
  }
}

function run<I, O>(stage: StageName, fn: (doc: I, ctx: Context) => O, doc: I, ctx: Context, timer?: StageTimer): O {
  const started = timer ? performance.now() : 0;
  try {
    return fn(doc, ctx);
  } catch (error) {
    throw new StageFailure(stage, error);
  } finally {
    if (timer) timer(stage, performance.now() - started);
  }
}

/** Runs every stage on one article. Never throws: a failing stage becomes a problem. */
export function codeArticle(article: Article, ctx: Context, timer?: StageTimer): Outcome<CodedDocument> {
  try {
    // Sentences and tokens first: every later stage works on them.
    const segmented = run('segment', segment, article, ctx, timer);
    // Actors before time and places: "Beijing said" is an actor, not a place.
    const withActors = run('mentions', findActors, segmented, ctx, timer);
    const timed = run('time', resolveTimes, withActors, ctx, timer);
    const placed = run('places', resolvePlaces, timed, ctx, timer);
    // Quotes before events: events inside a quote belong to its speaker.
    const quoted = run('quotes', findQuotes, placed, ctx, timer);
    // Events take their dates from times and their locations from places.
    const evented = run('events', codeEvents, quoted, ctx, timer);
    // Claims last: their claimant is the speaker of the quote they sit in.
    const claimed = run('claims', findClaims, evented, ctx, timer);
    return success(claimed);
  } catch (error) {
    const stage = error instanceof StageFailure ? error.stage : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return failure(article.origin ?? article.id, `article ${article.id}: ${message}`, stage ? { stage } : {});
  }
}
