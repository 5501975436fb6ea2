/**
 * Pure scoring for the PETRARCH validation set: precision, recall and F1 over
 * (record, source, target, code) triples, the share of records whose event set is exactly
 * right, and the failures grouped by category. No I/O here.
 */

/** One event as the suite writes it: actor codes (or `---`, or a quoted phrase) and a code. */
export interface Triple {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

/** What the scorer needs of a record: its gold events and what the coder produced. */
export interface ScoredRecord {
  readonly id: string;
  readonly category: string;
  /** In the scored subset (`valid` and a category of the suite's Include list). */
  readonly included: boolean;
  readonly expected: readonly Triple[];
  readonly produced: readonly Triple[];
  /** The coder raised (or returned a failure) on this record. */
  readonly raised: boolean;
  readonly text?: string;
}

/** A record whose produced event set differs from the gold one. */
export interface Failure {
  readonly id: string;
  readonly expected: readonly string[];
  readonly produced: readonly string[];
  readonly text?: string;
}

/** Figures over one subset of records. */
export interface Scores {
  readonly records: number;
  readonly expected: number;
  readonly produced: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Records whose event set is exactly right, as a share of `records`. */
  readonly exact: number;
  readonly exactRecords: number;
  readonly raised: number;
}

/** The whole report: all records, the Include subset, failures by category. */
export interface PetrarchReport {
  readonly all: Scores;
  readonly included: Scores;
  readonly byCategory: Readonly<Record<string, Scores>>;
  readonly failures: Readonly<Record<string, readonly Failure[]>>;
}

/** `ARN GON 064`: one line per triple. */
export function tripleKey(t: Triple): string {
  return `${t.source} ${t.target} ${t.code}`;
}

function keys(triples: readonly Triple[]): Set<string> {
  return new Set(triples.map(tripleKey));
}

/** Triples in both sets (duplicates count once, as the suite compares sets). */
export function matchCount(expected: readonly Triple[], produced: readonly Triple[]): number {
  const gold = keys(expected);
  return [...keys(produced)].filter((k) => gold.has(k)).length;
}

/** True when the produced set is exactly the gold set (both empty counts as right). */
export function exactlyRight(expected: readonly Triple[], produced: readonly Triple[]): boolean {
  const gold = keys(expected);
  const got = keys(produced);
  return gold.size === got.size && [...got].every((k) => gold.has(k));
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Precision, recall, F1 and exact-match share over a list of records. */
export function score(records: readonly ScoredRecord[]): Scores {
  let expected = 0;
  let produced = 0;
  let correct = 0;
  let exactRecords = 0;
  let raised = 0;
  for (const r of records) {
    expected += keys(r.expected).size;
    produced += keys(r.produced).size;
    correct += matchCount(r.expected, r.produced);
    if (!r.raised && exactlyRight(r.expected, r.produced)) exactRecords++;
    if (r.raised) raised++;
  }
  const precision = ratio(correct, produced);
  const recall = ratio(correct, expected);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const exact = ratio(exactRecords, records.length);
  return { records: records.length, expected, produced, correct, precision, recall, f1, exact, exactRecords, raised };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** Scores every record, the Include subset and each category, and lists the failures by category. */
export function report(records: readonly ScoredRecord[]): PetrarchReport {
  const byCategory: Record<string, Scores> = {};
  const failures: Record<string, Failure[]> = {};
  for (const [category, list] of groupBy(records, (r) => r.category)) {
    byCategory[category] = score(list);
    const wrong = list.filter((r) => r.raised || !exactlyRight(r.expected, r.produced));
    if (wrong.length === 0) continue;
    failures[category] = wrong.map((r) => ({
      id: r.id,
      expected: [...keys(r.expected)].sort(),
      produced: r.raised ? ['(raised)'] : [...keys(r.produced)].sort(),
      ...(r.text === undefined ? {} : { text: r.text }),
    }));
  }
  return { all: score(records), included: score(records.filter((r) => r.included)), byCategory, failures };
}
