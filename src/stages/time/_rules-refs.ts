/**
 * Vague references and sets: "recently" → `PAST_REF`, "now" → `PRESENT_REF`,
 * "in the future" → `FUTURE_REF` (span "the future", as TimeML), and recurring times
 * ("every week" → set `P1W`, "annually" → set `P1Y`).
 */
import type { TimeRule } from './_candidate.js';

const REFS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['current', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['at present', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'],
  ['at the moment', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['recent', 'PAST_REF'],
  ['lately', 'PAST_REF'],
  ['the past', 'PAST_REF'],
  ['years ago', 'PAST_REF'],
  ['several years ago', 'PAST_REF'],
  ['some time ago', 'PAST_REF'],
  ['the future', 'FUTURE_REF'],
  ['the coming years', 'FUTURE_REF'],
]);

const REF_RULE: TimeRule = {
  id: 'ref',
  words: ['now', 'current', 'present', 'days', 'moment', 'recent', 'lately', 'past', 'ago', 'future', 'coming'],
  anywhere: true,
  pattern:
    /\b(?:now|currently|current|nowadays|at present|these days|at the moment|recently|recent|lately|the past|(?:several |some )?years ago|some time ago|the future|the coming years)\b/gi,
  read: (m, input) => {
    const word = m[0].toLowerCase();
    const after = input.text.slice(m.index + m[0].length);
    // "the past three years", "the past week" are durations or dates, not a vague past.
    if (
      word === 'the past' &&
      /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day|quarter)/i.test(
        after,
      )
    )
      return null;
    // "now" in "right now"/"by now" stays; "now-defunct" is a modifier, still PRESENT_REF in TimeML.
    const value = REFS.get(word);
    return value ? { value, granularity: 'unknown', type: 'date' } : null;
  },
};

const SET_UNITS: ReadonlyMap<string, string> = new Map([
  ['day', 'P1D'],
  ['daily', 'P1D'],
  ['night', 'P1D'],
  ['morning', 'P1D'],
  ['week', 'P1W'],
  ['weekly', 'P1W'],
  ['month', 'P1M'],
  ['monthly', 'P1M'],
  ['year', 'P1Y'],
  ['yearly', 'P1Y'],
  ['annually', 'P1Y'],
  ['quarterly', 'P3M'],
  ['hour', 'PT1H'],
  ['hourly', 'PT1H'],
]);

const SET_RULE: TimeRule = {
  id: 'set',
  words: ['every', 'each', 'once', 'twice', 'annually'],
  anywhere: true,
  pattern: /\b(?:(?:every|each|once a|twice a)\s(day|night|morning|week|month|year|hour)|(annually))\b/gi,
  read: (m) => {
    const value = SET_UNITS.get((m[1] ?? m[2] ?? '').toLowerCase());
    return value ? { value, granularity: 'unknown', type: 'set' } : null;
  },
};

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "each Thursday", "every Sunday", "on Mondays": a weekly set, `XXXX-WXX-4`. */
const WEEKDAY_SET: TimeRule = {
  id: 'weekday-set',
  words: ['every', 'each', 'days'],
  pattern:
    /\b(?:(?:every|each)\s(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?<=\bon\s)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s\b)/g,
  read: (m) => {
    const day = WEEKDAYS.indexOf((m[1] ?? m[2] ?? '').toLowerCase()) + 1;
    return day ? { value: `XXXX-WXX-${day}`, granularity: 'unknown', type: 'set' } : null;
  },
};

/** Rules for vague references and sets, in the order they run. */
export const REF_RULES: readonly TimeRule[] = [REF_RULE, SET_RULE, WEEKDAY_SET];
