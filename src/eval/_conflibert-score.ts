/**
 * Pure scoring of CAMEO roots against sentences coded by several human coders (the
 * ConfliBERT CAMEO annotations): on sentences the majority judged relevant, dyad's roots
 * are compared with the majority roots (set per sentence) and with any coder's roots; on
 * sentences the majority judged irrelevant, dyad should code nothing.
 */
import { matchKeys, type Prf, rate, sumPrf } from './_score.js';

/** One sentence: the coders' verdicts and the roots dyad coded in it. */
export interface ConflibertCase {
  readonly id: string;
  readonly text: string;
  readonly relevant: boolean;
  readonly majorityRoots: readonly string[];
  /** Roots any coder gave. */
  readonly votedRoots: readonly string[];
  readonly predictedRoots: readonly string[];
}

/** Scores of a ConfliBERT set. */
export interface ConflibertReport {
  readonly records: number;
  readonly relevant: number;
  /** Relevant sentences with at least one majority root (those the P/R are computed on). */
  readonly withMajority: number;
  /** Roots vs the majority roots, on relevant sentences with a majority. */
  readonly majority: Prf;
  /** Share of dyad's roots (on relevant sentences) that at least one coder gave. */
  readonly anyCoderPrecision: number;
  /** Relevant sentences where dyad coded at least one event. */
  readonly relevantCoded: number;
  readonly irrelevant: number;
  /** Irrelevant sentences where dyad coded nothing. */
  readonly irrelevantClean: number;
  readonly disagreements: readonly { id: string; text: string; missing: string[]; extra: string[] }[];
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

/** Scores a set of sentences. */
export function scoreConflibert(cases: readonly ConflibertCase[]): ConflibertReport {
  const relevant = cases.filter((c) => c.relevant);
  const withMajority = relevant.filter((c) => c.majorityRoots.length > 0);
  const matches = withMajority.map((c) => ({ c, m: matchKeys(unique(c.majorityRoots), unique(c.predictedRoots)) }));
  const predictedOnRelevant = relevant.flatMap((c) => unique(c.predictedRoots).map((r) => c.votedRoots.includes(r)));
  const irrelevant = cases.filter((c) => !c.relevant);
  return {
    records: cases.length,
    relevant: relevant.length,
    withMajority: withMajority.length,
    majority: sumPrf(matches.map((x) => x.m)),
    anyCoderPrecision: rate(predictedOnRelevant.filter(Boolean).length, predictedOnRelevant.length),
    relevantCoded: relevant.filter((c) => c.predictedRoots.length > 0).length,
    irrelevant: irrelevant.length,
    irrelevantClean: irrelevant.filter((c) => c.predictedRoots.length === 0).length,
    disagreements: matches
      .filter((x) => x.m.fp > 0 || x.m.fn > 0)
      .map((x) => ({ id: x.c.id, text: x.c.text, missing: [...x.m.missing], extra: [...x.m.extra] })),
  };
}
