/**
 * A time expression found inside one sentence, before the stage turns it into a
 * `TimeExpr` with article offsets. Rules and the chrono adapter both produce these.
 */
import type { Granularity } from '../../core/codes.js';
import type { TimeType } from '../../core/document.js';
import { rule as ruleSource, type Source } from '../../core/source.js';

/** One time expression a rule or chrono found in a sentence. */
export interface Candidate {
  /** Offsets into the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly granularity: Granularity;
  readonly type: TimeType;
  readonly source: Source;
  /** A weak candidate (a bare year) yields to a longer chrono date that contains it. */
  readonly weak?: boolean;
  /**
   * A year told from the story's own time ("that year", "the following year"): the stage
   * moves it `years` from the year of the nearest earlier time expression; `value` is the
   * reading against publication, kept when nothing came before.
   */
  readonly anaphoric?: { readonly years: number; readonly within?: number };
}

/** What a rule reads: one sentence and the publication day (null when unknown). */
export interface RuleInput {
  readonly text: string;
  readonly ref: Date | null;
  /** The whole article, for rules that read its topic ("a year ago" in quarterly results). */
  readonly article?: string;
}

/** The value a rule gives one match; null rejects the match. */
export type Reading = Pick<Candidate, 'value' | 'granularity' | 'type' | 'anaphoric'> & { readonly weak?: boolean };

/** One of dyad's own time rules: a linear-time global pattern and its reading. */
export interface TimeRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly read: (m: RegExpExecArray, input: RuleInput) => Reading | null;
  /**
   * True for a rule that can match a sentence without a date word (`mayHaveDate` false):
   * "recently", "this summer", "Christmas", "annually", "the seventies". Other rules are
   * skipped on such sentences.
   */
  readonly anywhere?: boolean;
  /**
   * Lower-case strings one of which every match contains ("ago" for "three years ago"): a
   * sentence with none of them is not searched (most sentences, for most rules). A test
   * checks every rule's matches against its list.
   */
  readonly words?: readonly string[];
}

/** A rule's `words` as one pattern: one scan of the sentence instead of one per word (a third faster). */
const GATES = new WeakMap<TimeRule, RegExp>();

function gateOf(rule: TimeRule, words: readonly string[]): RegExp {
  let gate = GATES.get(rule);
  if (gate === undefined) {
    gate = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    GATES.set(rule, gate);
  }
  return gate;
}

/** Runs one rule over a sentence; `lower` is the sentence in lower case, for the rule's `words`. */
export function applyRule(rule: TimeRule, input: RuleInput, lower = input.text.toLowerCase()): Candidate[] {
  if (rule.words && !gateOf(rule, rule.words).test(lower)) return [];
  const out: Candidate[] = [];
  for (const m of input.text.matchAll(rule.pattern)) {
    const reading = rule.read(m as RegExpExecArray, input);
    if (!reading) continue;
    const start = m.index;
    out.push({ start, end: start + m[0].length, ...reading, source: ruleSource(rule.id) });
  }
  return out;
}

/**
 * A word or digit without which chrono finds nothing we keep: digits, months, weekdays, casual
 * words ("today", "tonight", "noon") and time units ("two weeks ago"). Sentences without one
 * (more than half of news) skip chrono, its most expensive part, and every rule not marked `anywhere`. Words from chrono's English
 * parsers, less one-letter units and "mo", "sec": on the news corpus chrono's only results in
 * the skipped sentences were "in the money" and "in the SEC" (read as a month and a second).
 */
const MAY_HAVE_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tues?|wed|thu|thurs?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|tmrw?|overmorrow|yesterday|now|noon|midday|midnight|mornings?|afternoons?|evenings?|nights?|weekends?|(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|hr|min|yr)s?|mos|qtr|century|centuries)\b/i;

/** False when a sentence has no digit, month, weekday, time unit or casual time word. */
export function mayHaveDate(text: string): boolean {
  return MAY_HAVE_DATE.test(text);
}
