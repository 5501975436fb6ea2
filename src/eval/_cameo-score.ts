/**
 * Pure scoring of CAMEO events against gold triples (source actor, target actor, event
 * code), per record, at three levels:
 *   root  (source country, target country, 2-digit root)
 *   code  (source country, target country, full event code)
 *   exact (full source code, full target code, full event code)
 * plus the event roots alone (actors ignored) and actor-country agreement on events paired
 * by root. Keys are compared as sets per record: PETRARCH lists a compound actor's events
 * once per member, which at country level are often the same key.
 */
import { actorCountry, cameoRootOf, type KeyMatch, matchKeys, type Prf, sumPrf, UNKNOWN } from './_score.js';

/** An event as a triple of codes; a missing target is `---` or null. */
export interface Triple {
  readonly source: string | null;
  readonly target: string | null;
  readonly code: string;
}

/** One record's gold and what dyad produced for it. */
export interface CameoCase {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly Triple[];
  readonly predicted: readonly Triple[];
  /** Set when coding the record failed. */
  readonly error?: string;
}

export const CAMEO_LEVELS = ['root', 'code', 'exact', 'rootOnly'] as const;
export type CameoLevel = (typeof CAMEO_LEVELS)[number];

const actor = (code: string | null): string => (code === null || code === '' ? UNKNOWN : code);

/** The key of a triple at a level. */
export function tripleKey(t: Triple, level: CameoLevel): string {
  switch (level) {
    case 'root':
      return `${actorCountry(t.source)} ${actorCountry(t.target)} ${cameoRootOf(t.code)}`;
    case 'code':
      return `${actorCountry(t.source)} ${actorCountry(t.target)} ${t.code}`;
    case 'exact':
      return `${actor(t.source)} ${actor(t.target)} ${t.code}`;
    case 'rootOnly':
      return cameoRootOf(t.code);
    default: {
      const never: never = level;
      return never;
    }
  }
}

const keys = (ts: readonly Triple[], level: CameoLevel): string[] => [...new Set(ts.map((t) => tripleKey(t, level)))];

/** Compares one record at one level. */
export function matchCase(c: CameoCase, level: CameoLevel): KeyMatch {
  return matchKeys(keys(c.gold, level), keys(c.predicted, level));
}

/** Gold events paired with produced events of the same root, and how many agree on countries. */
export interface Agreement {
  readonly pairs: number;
  readonly source: number;
  readonly target: number;
  readonly both: number;
}

/** Pairs each gold event with an unused produced event of the same root, preferring agreeing countries. */
export function countryAgreement(c: CameoCase): Agreement {
  const unused = [...c.predicted];
  let pairs = 0;
  let source = 0;
  let target = 0;
  let both = 0;
  for (const g of c.gold) {
    const sameRoot = unused.filter((p) => cameoRootOf(p.code) === cameoRootOf(g.code));
    if (sameRoot.length === 0) continue;
    const score = (p: Triple): number =>
      Number(actorCountry(p.source) === actorCountry(g.source)) +
      Number(actorCountry(p.target) === actorCountry(g.target));
    const best = sameRoot.reduce((a, b) => (score(b) > score(a) ? b : a));
    unused.splice(unused.indexOf(best), 1);
    pairs++;
    const s = actorCountry(best.source) === actorCountry(g.source);
    const t = actorCountry(best.target) === actorCountry(g.target);
    source += Number(s);
    target += Number(t);
    both += Number(s && t);
  }
  return { pairs, source, target, both };
}

/** A record with any difference at the root level, for the error list. */
export interface CameoFailure {
  readonly id: string;
  readonly text: string;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly error?: string;
}

/** Scores of a whole set. */
export interface CameoReport {
  readonly records: number;
  readonly goldEvents: number;
  readonly producedEvents: number;
  readonly levels: Readonly<Record<CameoLevel, Prf>>;
  readonly agreement: Agreement;
  /** Records whose gold says no event: how many, and on how many dyad coded nothing. */
  readonly noEventRecords: number;
  readonly noEventClean: number;
  readonly errors: number;
  readonly failures: readonly CameoFailure[];
}

/** Scores a set of records. */
export function scoreCameo(cases: readonly CameoCase[]): CameoReport {
  const levels = Object.fromEntries(
    CAMEO_LEVELS.map((level) => [level, sumPrf(cases.map((c) => matchCase(c, level)))]),
  ) as Record<CameoLevel, Prf>;
  const agreements = cases.map(countryAgreement);
  const sum = (f: (a: Agreement) => number): number => agreements.reduce((n, a) => n + f(a), 0);
  const failures = cases.flatMap((c): CameoFailure[] => {
    const m = matchCase(c, 'root');
    if (m.fp === 0 && m.fn === 0 && c.error === undefined) return [];
    return [{ id: c.id, text: c.text, missing: m.missing, extra: m.extra, ...(c.error ? { error: c.error } : {}) }];
  });
  const noEvent = cases.filter((c) => c.gold.length === 0);
  return {
    records: cases.length,
    goldEvents: cases.reduce((n, c) => n + c.gold.length, 0),
    producedEvents: cases.reduce((n, c) => n + c.predicted.length, 0),
    levels,
    agreement: {
      pairs: sum((a) => a.pairs),
      source: sum((a) => a.source),
      target: sum((a) => a.target),
      both: sum((a) => a.both),
    },
    noEventRecords: noEvent.length,
    noEventClean: noEvent.filter((c) => c.predicted.length === 0).length,
    errors: cases.filter((c) => c.error !== undefined).length,
    failures,
  };
}
