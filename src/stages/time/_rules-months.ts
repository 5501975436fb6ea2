/**
 * Months chrono leaves alone: "last May", "mid-November", "October sales". A month
 * name must be capitalised; "May" and "March" also need a preposition or modifier before
 * them ("in May", "last March"), and "the March" is a march. Also "the weekend" →
 * `2024-W01-WE` and seasons ("this fall" → `2024-FA`).
 */
import type { RuleInput, TimeRule } from './_candidate.js';
import { directionOf } from './_tense.js';
import { addDays, isoWeek, monthValue } from './_timex.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const STEP: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['this', 0],
  ['next', 1],
]);
const AMBIGUOUS = /^(?:May|March)$/;
const CONTEXT =
  /\b(?:in|since|until|till|by|of|during|from|through|to|before|after|between|and|or|last|next|this|early|mid|late)[\s-]$/i;

const MONTH: TimeRule = {
  id: 'month',
  pattern:
    /\b(?:(?:last|this|next)\s|(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-])?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s(last|this|next)\syear\b)?(?!\s?\d|'s|’s)/g,
  read: (m, input: RuleInput) => {
    const name = m[1] ?? '';
    const before = input.text.slice(Math.max(0, m.index - 12), m.index);
    if (m[0] === name && (/\bthe\s$/i.test(before) || (AMBIGUOUS.test(name) && !CONTEXT.test(before)))) return null;
    const month = MONTHS.indexOf(name) + 1;
    // "June last year": the year is stated relative to publication.
    const yearShift = STEP.get((m[2] ?? '').toLowerCase());
    if (yearShift !== undefined && input.ref) {
      const year = input.ref.getUTCFullYear() + yearShift;
      return { value: `${year}-${String(month).padStart(2, '0')}`, granularity: 'month', type: 'date' };
    }
    const value = monthValue(month, null, input.ref, directionOf(input.text, m[0], m.index));
    return { value, granularity: 'month', type: 'date' };
  },
};

const WEEKEND: TimeRule = {
  id: 'weekend',
  pattern: /\b(?:the|this|last|next)\sweekend\b/gi,
  read: (m, input) => {
    if (!input.ref) return { value: 'XXXX-WXX-WE', granularity: 'week', type: 'date' };
    const word = m[0].split(/\s/)[0]?.toLowerCase();
    const future = word === 'next' || (word !== 'last' && directionOf(input.text, m[0], m.index) === 'future');
    const toSaturday = (6 - input.ref.getUTCDay() + 7) % 7;
    const saturday = addDays(input.ref, future ? toSaturday : toSaturday - 7);
    return { value: `${isoWeek(saturday)}-WE`, granularity: 'week', type: 'date' };
  },
};

const SEASON_CODE: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

const SEASON_START: ReadonlyMap<string, number> = new Map([
  ['SP', 3],
  ['SU', 6],
  ['FA', 9],
  ['WI', 12],
]);

/** "this fall", "last summer", "in the spring": `2023-SU`. A bare "fall" is a verb, so a modifier is needed. */
const SEASON: TimeRule = {
  id: 'season',
  pattern:
    /\b(?:(this past|this|last|next|early|late)\s|(?<=\b(?:in|during|by|over|until)\s)(?:the\s)?)(spring|summer|fall|autumn|winter)\b/gi,
  read: (m, input) => {
    const code = SEASON_CODE.get((m[2] ?? '').toLowerCase());
    if (!code) return null;
    if (!input.ref) return { value: `XXXX-${code}`, granularity: 'quarter', type: 'date' };
    const word = (m[1] ?? '').toLowerCase();
    // "last summer", "this past spring": the latest such season that has begun by publication.
    const begun = (SEASON_START.get(code) ?? 1) <= input.ref.getUTCMonth() + 1;
    const back = word === 'last' || word === 'this past' ? (begun ? 0 : -1) : 0;
    const year = input.ref.getUTCFullYear() + back + (word === 'next' ? 1 : 0);
    return { value: `${year}-${code}`, granularity: 'quarter', type: 'date' };
  },
};

/** Month, weekend and season rules, in the order they run. */
export const MONTH_RULES: readonly TimeRule[] = [MONTH, WEEKEND, SEASON];
