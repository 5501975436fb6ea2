/**
 * @module quotes
 * Reads the text, sentences, tokens, mentions and actors; adds `quotes`: direct quotes
 * (curly or straight marks, across sentences and paragraphs), partial and scare quotes
 * inside a sentence, and reported speech ("X said that …", "according to X"), each with
 * its cue and speaker. A speaker no mention names falls back to the proper nouns next
 * to the cue (actorId null); when the text names nobody, the speaker is null.
 */

import type { Context } from '../../context.js';
import type { Quoted, Segmented, WithActors } from '../../core/document.js';
import { directQuotes } from './_direct.js';
import { indirectQuotes } from './_indirect.js';
import { findRegions } from './_marks.js';
import type { SpeakerScope } from './_speaker.js';

/** Finds direct and reported quotes and their speakers. */
export function findQuotes<D extends Segmented & WithActors>(doc: D, _ctx: Context): D & Quoted {
  const regions = findRegions(doc.text);
  const scope: SpeakerScope = {
    doc,
    quoted: (offset) => regions.some((r) => r.start <= offset && offset < r.end),
  };
  const direct = directQuotes(scope, regions);
  // Reported speech only in sentences without a direct quote, so nothing is counted twice.
  const full = direct.filter((q) => q.kind === 'direct');
  const indirect = doc.sentences
    .filter((s) => !full.some((q) => q.span.start < s.span.end && s.span.start < q.span.end))
    .flatMap((s) => indirectQuotes(scope, s));
  const quotes = [...direct, ...indirect]
    .sort((a, b) => a.span.start - b.span.start)
    .map((q, i) => ({ ...q, id: `q${i + 1}` }));
  return { ...doc, quotes };
}
