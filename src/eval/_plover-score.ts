/**
 * Pure scoring of PLOVER event types and actor codes against one-event gold records
 * (the PLOVER gold-standard records: PLOVER 0.5b1 types, ISO-style actor codes).
 * Gold types are first mapped to the PLOVER version dyad codes (2021 crosswalk):
 * DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT.
 */
import { actorCountry, rate } from './_score.js';

/** PLOVER 0.5b1 types renamed or merged in the 2021 crosswalk dyad uses. */
export const PLOVER_RENAMES: ReadonlyMap<string, string> = new Map([
  ['DEMAND', 'REQUEST'],
  ['DISAPPROVE', 'ACCUSE'],
  ['INVESTIGATE', 'ACCUSE'],
  ['FIGHT', 'ASSAULT'],
]);

/** Hand-written codes of the gold file that are not ISO alpha-3 (`JAP` for Japan). */
const CODE_FIXES: ReadonlyMap<string, string> = new Map([
  ['JAP', 'JPN'],
  ['ITL', 'ITA'],
  ['VTN', 'VNM'],
]);

/** A gold type in the PLOVER version dyad codes. */
export function currentPloverType(type: string): string {
  const upper = type.toUpperCase();
  return PLOVER_RENAMES.get(upper) ?? upper;
}

/** A gold actor code as a country block comparable with dyad's (`JAP` → `JPN`). */
export function goldCountry(code: string): string {
  const block = actorCountry(code);
  return CODE_FIXES.get(block) ?? block;
}

/** An event dyad produced, reduced to what is compared. */
export interface PloverPrediction {
  readonly plover: string | null;
  readonly source: string | null;
  readonly target: string | null;
}

/** One gold record (one event) and dyad's events for its sentence. */
export interface PloverCase {
  readonly id: string;
  readonly text: string;
  readonly type: string;
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly predicted: readonly PloverPrediction[];
}

/** How one gold record fared. */
export interface PloverOutcome {
  readonly id: string;
  readonly gold: string;
  /** An event of the gold type was coded in the sentence. */
  readonly typeHit: boolean;
  /** The first event with a PLOVER type has the gold type. */
  readonly firstHit: boolean;
  readonly predictedTypes: readonly string[];
  /** On a type hit: the source's country is one of the gold actors'; null without a hit. */
  readonly actorAgrees: boolean | null;
  /** On a type hit with gold recipients: the target's country is one of theirs. */
  readonly recipientAgrees: boolean | null;
}

/** Scores one record. */
export function scorePloverCase(c: PloverCase): PloverOutcome {
  const gold = currentPloverType(c.type);
  const typed = c.predicted.filter((p) => p.plover !== null);
  const hits = typed.filter((p) => p.plover === gold);
  const inList = (code: string | null, list: readonly string[]): boolean =>
    list.map(goldCountry).includes(actorCountry(code));
  // Of the events of the right type, take the one that agrees best with the gold actors.
  const best = hits.find((p) => inList(p.source, c.actors)) ?? hits[0];
  return {
    id: c.id,
    gold,
    typeHit: best !== undefined,
    firstHit: typed[0]?.plover === gold,
    predictedTypes: typed.map((p) => p.plover ?? ''),
    actorAgrees: best === undefined ? null : inList(best.source, c.actors),
    recipientAgrees: best === undefined || c.recipients.length === 0 ? null : inList(best.target, c.recipients),
  };
}

/** Scores of a PLOVER set. */
export interface PloverReport {
  readonly records: number;
  /** Records whose sentence got at least one event with a PLOVER type. */
  readonly coded: number;
  readonly typeAccuracy: number;
  readonly firstTypeAccuracy: number;
  readonly actorAgreement: number;
  readonly recipientAgreement: number;
  /** Per gold type: records and type hits. */
  readonly byType: Readonly<Record<string, { readonly records: number; readonly hits: number }>>;
  readonly outcomes: readonly PloverOutcome[];
}

/** Scores a set of records. */
export function scorePlover(cases: readonly PloverCase[]): PloverReport {
  const outcomes = cases.map(scorePloverCase);
  const byType: Record<string, { records: number; hits: number }> = {};
  for (const o of outcomes) {
    const t = byType[o.gold] ?? { records: 0, hits: 0 };
    t.records++;
    t.hits += Number(o.typeHit);
    byType[o.gold] = t;
  }
  const judged = (f: (o: PloverOutcome) => boolean | null) => outcomes.map(f).filter((v) => v !== null);
  const share = (values: boolean[]): number => rate(values.filter(Boolean).length, values.length);
  return {
    records: outcomes.length,
    coded: outcomes.filter((o) => o.predictedTypes.length > 0).length,
    typeAccuracy: share(outcomes.map((o) => o.typeHit)),
    firstTypeAccuracy: share(outcomes.map((o) => o.firstHit)),
    actorAgreement: share(judged((o) => o.actorAgrees)),
    recipientAgreement: share(judged((o) => o.recipientAgrees)),
    byType,
    outcomes,
  };
}
