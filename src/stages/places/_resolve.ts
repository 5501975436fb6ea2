/**
 * Chooses one place for each matched name: the user's bias first, then a place named right
 * after it ("Paris, Texas"), then a score of kind, the article's focus and population.
 */
import type { Segmented } from '../../core/document.js';
import { foldName } from './_fold.js';
import type { Candidate } from './_gazetteer.js';
import type { NameMatch } from './_match.js';

/**
 * What the article is about: the share of its unambiguous place evidence held by each
 * country (ISO3 → 0..1) and by each state or province (`USA/KY` → 0..1).
 */
export interface Focus {
  readonly countries: ReadonlyMap<string, number>;
  readonly admins: ReadonlyMap<string, number>;
  /** The evidence behind `admins`, before it is turned into shares. */
  readonly adminEvidence: ReadonlyMap<string, number>;
}

/**
 * Weights of the score, against 10 per priority step (country > dyad's regions and capitals >
 * other cities): `focus` for being the article's only focus country, `admin` its only focus
 * state or province, `population` per order of magnitude. Focus evidence (a one-country name
 * counts 1): `demonym` for "Pakistani", `oneCity` for a city name unique in the gazetteer as
 * state evidence, `likely` for a name whose best place beats every other country's by `margin`.
 * A town takes only `townWithoutState` of its country's focus until its state is in view
 * (a story about the US does not make "Wales" the town in Wisconsin).
 * Measured on the geoparsing dev sets (`dyad eval geo`); the choice is not sensitive to them.
 */
export const WEIGHTS = {
  focus: 15,
  admin: 10,
  population: 1,
  demonym: 0.5,
  oneCity: 0.5,
  margin: 1,
  likely: 0.1,
  townWithoutState: 0.5,
} as const;

const adminKey = (c: Candidate): string | null => (c.admin1 === undefined ? null : `${c.country}/${c.admin1}`);

function shares(weights: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  return new Map([...weights].map(([k, w]) => [k, w / total]));
}

function addTo(weights: Map<string, number>, key: string, w: number): void {
  weights.set(key, (weights.get(key) ?? 0) + w);
}

/** The state or province a match points to: a state's own name, "X, State", or a one-place name. */
function adminEvidence(m: NameMatch, next: NameMatch | undefined, doc: Segmented): [string, number] | null {
  const candidates = narrowByFollowing(
    m.entries.map((e) => e.candidate),
    placesAfter(m, next, doc),
  );
  const admins = new Set(candidates.map(adminKey));
  const [admin] = admins;
  if (admins.size !== 1 || !admin) return null;
  const named = candidates.length < m.entries.length || candidates.every((c) => c.kind === 'region');
  return [admin, named ? 1 : WEIGHTS.oneCity];
}

/** What a candidate is worth before the article is read: its kind and its size. */
function prior(c: Candidate): number {
  const population = c.priority === 1 ? WEIGHTS.population * Math.log10(c.population + 1) : 0;
  return c.priority * 10 + population + (c.kind === 'capital' ? 1 : 0);
}

/** The country a name points to, with a weight: its only country (1), or one that wins by `WEIGHTS.margin` before context. */
function countryEvidence(m: NameMatch): [string, number] | null {
  let best: Candidate | null = null;
  for (const e of m.entries) if (best === null || prior(e.candidate) > prior(best)) best = e.candidate;
  if (best === null) return null;
  const top = best;
  const rivals = m.entries.map((e) => e.candidate).filter((c) => c.country !== top.country);
  const demonym = m.entries.every((e) => e.demonym) ? WEIGHTS.demonym : 1;
  if (rivals.length === 0) return [top.country, demonym];
  return rivals.every((c) => prior(top) - prior(c) >= WEIGHTS.margin) ? [top.country, WEIGHTS.likely] : null;
}

/** Counts names that point to one country (or one state), and demonyms, as shares. */
export function findFocus(matches: readonly NameMatch[], doc: Segmented): Focus {
  const countries = new Map<string, number>();
  const admins = new Map<string, number>();
  matches.forEach((m, i) => {
    const country = countryEvidence(m);
    if (country !== null) addTo(countries, ...country);
    const admin = adminEvidence(m, matches[i + 1], doc);
    if (admin) addTo(admins, ...admin);
  });
  return { countries: shares(countries), admins: shares(admins), adminEvidence: admins };
}

function score(c: Candidate, focus: Focus): number {
  const admin = adminKey(c);
  const adminShare = admin === null ? 0 : (focus.admins.get(admin) ?? 0);
  const local = c.kind === 'region' ? 0 : WEIGHTS.admin * adminShare;
  const scale = c.priority === 1 && adminShare === 0 ? WEIGHTS.townWithoutState : 1;
  return prior(c) + scale * WEIGHTS.focus * (focus.countries.get(c.country) ?? 0) + local;
}

/** Keeps the candidates that pass `keep`, unless none would. */
function narrow(candidates: readonly Candidate[], keep: (c: Candidate) => boolean): readonly Candidate[] {
  const kept = candidates.filter(keep);
  return kept.length > 0 ? kept : candidates;
}

/** The countries and states named right after "X," ("Paris, Texas" → USA, USA/TX). */
function placesAfter(match: NameMatch, next: NameMatch | undefined, doc: Segmented): readonly Candidate[] {
  if (!next || next.first !== match.end + 1 || doc.tokens[match.end]?.text !== ',') return [];
  return next.entries.map((e) => e.candidate).filter((c) => c.priority >= 2 && c.kind !== 'city');
}

/** "Paris, Texas": keeps the places inside the country or state named after the comma. */
function narrowByFollowing(candidates: readonly Candidate[], after: readonly Candidate[]): readonly Candidate[] {
  if (after.length === 0) return candidates;
  const countries = new Set(after.map((c) => c.country));
  const admins = new Set(after.map(adminKey).filter((k) => k !== null));
  const inCountry = narrow(candidates, (c) => countries.has(c.country) && c.kind !== 'country');
  return admins.size === 0 ? inCountry : narrow(inCountry, (c) => admins.has(adminKey(c) ?? ''));
}

/** "Gainesville, Georgia": the countries of the place named right before "X" and a comma. */
function countriesBefore(match: NameMatch, prev: NameMatch | undefined, doc: Segmented): ReadonlySet<string> {
  if (!prev || prev.end + 1 !== match.first || doc.tokens[prev.end]?.text !== ',') return new Set();
  return new Set(prev.entries.filter((e) => e.candidate.kind !== 'country').map((e) => e.candidate.country));
}

/** The neighbours of a match in the list of matches: `[previous, next]`. */
export type Neighbours = readonly [NameMatch | undefined, NameMatch | undefined];

/** The place a name stands for in this article. */
export function chooseCandidate(
  match: NameMatch,
  [prev, next]: Neighbours,
  doc: Segmented,
  focus: Focus,
  bias: Readonly<Record<string, string>>,
): Candidate | null {
  let candidates: readonly Candidate[] = match.entries.map((e) => e.candidate);
  const biased = bias[match.text.toLowerCase()] ?? bias[foldName(match.text)];
  if (biased !== undefined) candidates = narrow(candidates, (c) => c.country === biased);
  const before = countriesBefore(match, prev, doc);
  if (biased === undefined && before.size > 0) candidates = narrow(candidates, (c) => before.has(c.country));
  candidates = narrowByFollowing(candidates, placesAfter(match, next, doc));
  let best: Candidate | null = null;
  for (const c of candidates) if (best === null || score(c, focus) > score(best, focus)) best = c;
  return best;
}

/**
 * Adds the states chosen for ambiguous names ("Georgia" read as the US state) to the focus,
 * for a second pass over the towns ("Gainesville" then reads as Gainesville, Georgia).
 */
export function addChosenStates(
  focus: Focus,
  chosen: readonly { readonly match: NameMatch; readonly candidate: Candidate | null }[],
): Focus {
  const admins = new Map(focus.adminEvidence);
  let added = 0;
  for (const { match, candidate } of chosen) {
    const admin = candidate === null ? null : adminKey(candidate);
    if (admin === null || candidate?.kind !== 'region' || match.entries.length < 2) continue;
    addTo(admins, admin, 1);
    added++;
  }
  if (added === 0) return focus;
  return { countries: focus.countries, admins: shares(admins), adminEvidence: admins };
}
