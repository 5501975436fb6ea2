/**
 * @module quotes
 * Reads the text, sentences, tokens, mentions and actors; adds `quotes`: direct quotes
 * (curly or straight marks, across sentences and paragraphs), partial and scare quotes
 * inside a sentence, and reported speech ("X said that …", "according to X"), each with
 * its cue and speaker. A speaker no mention names falls back to the proper nouns next
 * to the cue (actorId null); when the text names nobody, the speaker is null.
 */

import type { Context } from '../../context.js';
import type { Quote, Quoted, Segmented, WithActors } from '../../core/document.js';
import { lowerBound } from '../../core/search.js';
import { overlapTest } from '../../core/span.js';
import { directQuotes } from './_direct.js';
import { indirectQuotes } from './_indirect.js';
import { Lookups } from './_lookup.js';
import { findRegions } from './_marks.js';
import type { SpeakerScope } from './_speaker.js';

/** Finds direct and reported quotes and their speakers. */
export function findQuotes<D extends Segmented & WithActors>(doc: D, _ctx: Context): D & Quoted {
  const regions = findRegions(doc.text);
  const find = new Lookups(doc, regions);
  const scope: SpeakerScope = { doc, quoted: find.quoted, find };
  const direct = directQuotes(scope, regions);
  // Reported speech whose content or cue a direct quote already holds is dropped, so nothing is counted twice.
  const full = direct.filter((q) => q.kind === 'direct');
  // A partial quote and the reported clause around it are both kept: the quoted words and the whole claim.
  const overlaps = overlapTest(full.map((d) => d.span));
  const cues = new Map(full.flatMap((d) => (d.cue ? [[d.cue.span.start, true] as const] : [])));
  const cued = (q: Quote) => q.cue !== null && cues.has(q.cue.span.start);
  const indirect = doc.sentences.flatMap((s) => indirectQuotes(scope, s)).filter((q) => !overlaps(q.span) && !cued(q));
  const reporters = reportersOf(direct, indirect);
  const quotes = [...direct.map((q, i) => (q.kind === 'partial' ? withReporter(q, reporters[i]) : q)), ...indirect]
    .sort((a, b) => a.span.start - b.span.start)
    .map((q, i) => ({ ...q, id: `q${i + 1}` }));
  return { ...doc, quotes };
}

/**
 * For each partial quote (by its index in `direct`), the first reported clause (in the
 * order of `indirect`) with a speaker that holds it: starting at or before it and ending
 * at most one character before its end. One sweep by start with a Fenwick tree of the
 * least index per end, so the cost is n·log n, not partial quotes × reported clauses.
 */
function reportersOf(direct: readonly Quote[], indirect: readonly Quote[]): (Quote | undefined)[] {
  const out: (Quote | undefined)[] = new Array(direct.length);
  const holders = indirect.flatMap((r, i) => (r.speaker ? [i] : []));
  const partials = direct.flatMap((q, i) => (q.kind === 'partial' && !(q.speaker && q.cue) ? [i] : []));
  if (holders.length === 0 || partials.length === 0) return out;
  // Ends ranked from the largest: a prefix of ranks is "ends at or after x".
  const ends = [...new Set(holders.map((i) => indirect[i]?.span.end ?? 0))].sort((a, b) => b - a);
  // Ranks [0, rank(end)) are the ends ≥ end.
  const rank = (end: number) => lowerBound(ends.length, (k) => (ends[k] ?? 0) >= end);
  const tree: number[] = new Array(ends.length + 1).fill(Number.POSITIVE_INFINITY);
  const insert = (at: number, index: number) => {
    for (let k = at + 1; k <= ends.length; k += k & -k) tree[k] = Math.min(tree[k] ?? Number.POSITIVE_INFINITY, index);
  };
  const least = (count: number) => {
    let best = Number.POSITIVE_INFINITY;
    for (let k = count; k > 0; k -= k & -k) best = Math.min(best, tree[k] ?? Number.POSITIVE_INFINITY);
    return best;
  };
  const byStart = [...holders].sort((a, b) => (indirect[a]?.span.start ?? 0) - (indirect[b]?.span.start ?? 0));
  const queries = [...partials].sort((a, b) => (direct[a]?.span.start ?? 0) - (direct[b]?.span.start ?? 0));
  let k = 0;
  for (const qi of queries) {
    const q = direct[qi] as Quote;
    while (k < byStart.length && (indirect[byStart[k] ?? 0]?.span.start ?? 0) <= q.span.start) {
      const i = byStart[k++] ?? 0;
      insert(rank(indirect[i]?.span.end ?? 0) - 1, i);
    }
    // r.end + 1 ≥ q.end, that is r.end ≥ q.end − 1.
    const best = least(rank(q.span.end - 1));
    out[qi] = Number.isFinite(best) ? indirect[best] : undefined;
  }
  return out;
}

/**
 * A partial quote inside reported speech ("Sanders said his rival is in “serious
 * trouble”") is the reporter's words: it takes the speaker and cue of the reported
 * clause around it (`around`, from `reportersOf`), unless a cue of its own already named its speaker.
 */
function withReporter(q: Quote, around: Quote | undefined): Quote {
  if (q.speaker && q.cue) return q;
  return around ? { ...q, speaker: around.speaker, cue: around.cue } : q;
}
