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
  // Reported speech whose content or cue a direct quote already holds is dropped, so nothing is counted twice.
  const full = direct.filter((q) => q.kind === 'direct');
  // A partial quote and the reported clause around it are both kept: the quoted words and the whole claim.
  const overlaps = (q: Quote) => full.some((d) => q.span.start < d.span.end && d.span.start < q.span.end);
  const cued = (q: Quote) => full.some((d) => d.cue && q.cue && d.cue.span.start === q.cue.span.start);
  const indirect = doc.sentences.flatMap((s) => indirectQuotes(scope, s)).filter((q) => !overlaps(q) && !cued(q));
  const quotes = [...direct.map((q) => (q.kind === 'partial' ? withReporter(q, indirect) : q)), ...indirect]
    .sort((a, b) => a.span.start - b.span.start)
    .map((q, i) => ({ ...q, id: `q${i + 1}` }));
  return { ...doc, quotes };
}

/**
 * A partial quote inside reported speech ("Sanders said his rival is in “serious
 * trouble”") is the reporter's words: it takes the speaker and cue of the reported
 * clause around it, unless a cue of its own already named its speaker.
 */
function withReporter(q: Quote, indirect: readonly Quote[]): Quote {
  if (q.speaker && q.cue) return q;
  const around = indirect.find((r) => r.speaker && r.span.start <= q.span.start && q.span.end <= r.span.end + 1);
  return around ? { ...q, speaker: around.speaker, cue: around.cue } : q;
}
