/**
 * Months chrono leaves alone: "last May", "mid-November", "October sales". A month
 * name must be capitalised; "May" and "March" also need a preposition or modifier before
 * them ("in May", "last March"), and "the March" is a march. Also "the weekend" →
 * `2024-W01-WE` and seasons ("this fall" → `2024-FA`).
 */
import type { RuleInput, TimeRule } from './_candidate.js';
import { directionOf } from './_tense.js';
import { addDays, isoWeek, MONTH_NAMES, monthNumber, monthValue } from './_timex.js';

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
  words: MONTH_NAMES,
  pattern:
    /\b(?:(?:last|this|next)\s|(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-])?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s(last|this|next)\syear\b)?(?!\s?\d|'s|’s)/g,
  read: (m, input: RuleInput) => {
    const name = m[1] ?? '';
    const before = input.text.slice(Math.max(0, m.index - 12), m.index);
    if (m[0] === name && (/\bthe\s$/i.test(before) || (AMBIGUOUS.test(name) && !CONTEXT.test(before)))) return null;
    const month = monthNumber(name);
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
  words: ['weekend'],
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
  words: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  anywhere: true,
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

/** Easter Sunday of a year (Gregorian computus, Meeus/Jones/Butcher): [month, day]. */
export function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

/** The fourth Thursday of November: [month, day]. */
function thanksgiving(year: number): [number, number] {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return [11, 1 + ((4 - first + 7) % 7) + 21];
}

const HOLIDAYS: ReadonlyMap<string, (year: number) => [number, number]> = new Map([
  ['christmas', () => [12, 25]],
  ['christmas day', () => [12, 25]],
  ['christmas eve', () => [12, 24]],
  ["new year's day", () => [1, 1]],
  ["new year's eve", () => [12, 31]],
  ['independence day', () => [7, 4]],
  ['thanksgiving', thanksgiving],
  ['thanksgiving day', thanksgiving],
  ['easter', easter],
  ['easter sunday', easter],
]);

/**
 * Fixed and movable holidays: "Christmas" → `2023-12-25`, "Thanksgiving Day" → the fourth
 * Thursday of November; the year follows the clause's tense, as for months.
 */
const HOLIDAY: TimeRule = {
  id: 'holiday',
  words: ['christmas', 'year', 'independence', 'thanksgiving', 'easter'],
  anywhere: true,
  pattern:
    /\b(?:Christmas(?:\s(?:Day|Eve))?|New\sYear['’]s\s(?:Day|Eve)|Independence\sDay|Thanksgiving(?:\sDay)?|Easter(?:\sSunday)?)\b(?!\s(?:sales|season|holidays?|shopping|tree|week|period|party|message|card))/g,
  read: (m, input) => {
    const date = HOLIDAYS.get(m[0].toLowerCase().replace('’', "'"));
    if (!date) return null;
    const pad = (n: number) => String(n).padStart(2, '0');
    if (!input.ref) {
      const [month, day] = date(2000);
      return m[0].startsWith('Easter') || m[0].startsWith('Thanks')
        ? { value: 'XXXX-XX-XX', granularity: 'day', type: 'date' }
        : { value: `XXXX-${pad(month)}-${pad(day)}`, granularity: 'day', type: 'date' };
    }
    const direction = directionOf(input.text, m[0], m.index);
    const year = input.ref.getUTCFullYear();
    const at = (y: number) => {
      const [month, day] = date(y);
      return Date.UTC(y, month - 1, day, 12);
    };
    const now = input.ref.getTime();
    const candidates = [year - 1, year, year + 1];
    const pick =
      direction === 'future'
        ? candidates.find((y) => at(y) >= now)
        : direction === 'past'
          ? [...candidates].reverse().find((y) => at(y) <= now)
          : candidates.reduce((best, y) => (Math.abs(at(y) - now) < Math.abs(at(best) - now) ? y : best));
    const y = pick ?? year;
    const [month, day] = date(y);
    return { value: `${y}-${pad(month)}-${pad(day)}`, granularity: 'day', type: 'date' };
  },
};

/** Month, weekend, season and holiday rules, in the order they run. */
export const MONTH_RULES: readonly TimeRule[] = [MONTH, WEEKEND, SEASON, HOLIDAY];
