/**
 * Relative rules against the publication day: "this week" → `2024-W01`, "earlier
 * this year" → `2024`, "three years ago" → `2021`, "the third quarter" → `2023-Q3`,
 * and durations ("for three years" → `P3Y`, span "three years"). Without a
 * publication date the unknown parts are written `X` (`XXXX-WXX`).
 */
import type { Granularity } from '../../core/codes.js';
import type { Reading, RuleInput, TimeRule } from './_candidate.js';
import { directionOf } from './_tense.js';
import {
  addDays,
  addMonths,
  isoMonth,
  isoQuarter,
  isoWeek,
  isoYear,
  monthNumber,
  monthValue,
  NUMBER_WORDS,
} from './_timex.js';

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';
const UNKNOWN: Readonly<Record<Unit, string>> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  year: 'XXXX',
  decade: 'XXX',
};

/** The period `steps` units away from `ref`, as a TIMEX3 value of the unit's granularity. */
export function shifted(ref: Date | null, unit: Unit, steps: number): string {
  if (!ref) return UNKNOWN[unit];
  switch (unit) {
    case 'day':
      return addDays(ref, steps).toISOString().slice(0, 10);
    case 'week':
      return isoWeek(addDays(ref, 7 * steps));
    case 'month':
      return isoMonth(addMonths(ref, steps));
    case 'quarter':
      return isoQuarter(addMonths(ref, 3 * steps));
    case 'year':
      return isoYear(addMonths(ref, 12 * steps));
    case 'decade':
      return isoYear(addMonths(ref, 120 * steps)).slice(0, 3);
  }
}

const unitOf = (word: string): Unit => word.toLowerCase().replace(/s$/, '') as Unit;
const date = (value: string, unit: Unit): Reading => ({ value, granularity: unit as Granularity, type: 'date' });

const STEP: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['last', -1],
  ['next', 1],
  ['the coming', 1],
  ['the current', 0],
]);

const THIS_UNIT: TimeRule = {
  id: 'relative-unit',
  words: ['week', 'month', 'quarter', 'year'],
  pattern:
    /\b(?:(?:earlier|later|early|late)\s)?(this|last|next|the coming|the current)\s(week|month|quarter|year)\b/gi,
  read: (m, input) =>
    date(shifted(input.ref, unitOf(m[2] ?? ''), STEP.get((m[1] ?? '').toLowerCase()) ?? 0), unitOf(m[2] ?? '')),
};

/** A count written in figures or words ("3", "three", "a"); NaN when it is not one. */
export function countOf(word: string): number {
  const n = Number(word.replace(/,/g, ''));
  return Number.isFinite(n) ? n : (NUMBER_WORDS.get(word.toLowerCase()) ?? Number.NaN);
}

const COUNT = String.raw`(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)`;

const AGO: TimeRule = {
  id: 'ago',
  words: ['ago', 'earlier', 'before', 'later'],
  pattern: new RegExp(
    String.raw`\b(?:(?:nearly|almost|about|some|more than)\s)?${COUNT}\s(day|week|month|year|decade)s?\s(ago|earlier|before|later)\b`,
    'gi',
  ),
  read: (m, input) => {
    const n = countOf(m[1] ?? '');
    if (!Number.isFinite(n)) return null;
    const unit = unitOf(m[2] ?? '');
    const word = (m[3] ?? '').toLowerCase();
    // "a year earlier" in quarterly results: the year-ago quarter (WSJ style).
    const quarter = unit === 'year' && n === 1 && word !== 'later' ? yearAgoQuarter(input) : null;
    if (quarter) return quarter;
    // TimeML: "three days later" is the duration "three days"; only "ago" anchors at publication.
    if (word !== 'ago') return null;
    return date(shifted(input.ref, unit, -n), unit);
  },
};

const ORDINAL_QUARTER: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['final', 4],
]);

const QUARTER: TimeRule = {
  id: 'quarter',
  words: ['quarter'],
  pattern:
    /\b(?:the\s)?(first|second|third|fourth|final|latest|last|current|past|the)[\s-]quarter(?:\sof\s(?:(1[5-9]\d\d|20\d\d)|(this|last|next)\syear)\b)?/gi,
  read: (m, input) => {
    const word = (m[1] ?? '').toLowerCase();
    const q = ORDINAL_QUARTER.get(word);
    if (q && m[2]) return date(`${m[2]}-Q${q}`, 'quarter');
    if (!input.ref) return date(q ? `XXXX-Q${q}` : 'XXXX-QX', 'quarter');
    // "the third quarter of this year", "the fourth quarter of last year".
    const step = STEP.get((m[3] ?? '').toLowerCase());
    if (q && step !== undefined) return date(`${shifted(input.ref, 'year', step)}-Q${q}`, 'quarter');
    // "the quarter", "the latest quarter": the last one reported, before the current one.
    if (q === undefined) return date(shifted(input.ref, 'quarter', word === 'current' ? 0 : -1), 'quarter');
    // A named quarter is the last one begun; in a future clause a later quarter is this year's
    // ("will close plants in the fourth quarter"), while results of a past one are still to be
    // reported ("expects to report a third-quarter loss"), so it never moves to next year.
    const current = Math.floor(input.ref.getUTCMonth() / 3) + 1;
    const future = directionOf(input.text, m[0], m.index) === 'future';
    const year = input.ref.getUTCFullYear() - (q > current && !future ? 1 : 0);
    return date(`${year}-Q${q}`, 'quarter');
  },
};

/** The quarter a sentence reports on: the one it names ("third-quarter profit"), else the last one. */
function reportedQuarter(input: RuleInput): string {
  const m =
    /\b(first|second|third|fourth)[\s-]quarter\b/i.exec(input.text) ??
    /\b(first|second|third|fourth)[\s-]quarter\b/i.exec(input.article ?? '');
  const named = m
    ? QUARTER.read(Object.assign([m[0], m[1]], { index: m.index, input: input.text }) as RegExpExecArray, input)
    : null;
  return named?.value ?? shifted(input.ref, 'quarter', -1);
}

/** "a year ago" in a sentence about quarterly results: the same quarter a year before (WSJ style). */
function yearAgoQuarter(input: RuleInput): Reading | null {
  if (!input.ref || !/\bquarter/i.test(input.article ?? input.text)) return null;
  const [year, q] = reportedQuarter(input).split('-Q');
  return date(`${Number(year) - 1}-Q${q}`, 'quarter');
}

const DURATION_CODE: ReadonlyMap<string, string> = new Map([
  ['second', 'TxS'],
  ['minute', 'TxM'],
  ['hour', 'TxH'],
  ['day', 'xD'],
  ['week', 'xW'],
  ['month', 'xM'],
  ['year', 'xY'],
  ['decade', 'xY'],
  ['century', 'xY'],
]);

const DURATION: TimeRule = {
  id: 'duration',
  words: ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'],
  pattern: new RegExp(
    String.raw`\b(?:the\s(?:(?:first|last|past|next|previous|coming)\s)?|(?:past|last|next|previous|coming)\s)?(?:(?:nearly|almost|about|some|more than|at least|over)\s)?(${COUNT.slice(1, -1)}|several|(?:a\s)?few|many|(?:a\s)?couple(?:\sof)?)[\s-](second|minute|hour|day|week|month|year|decade|century)s?\b(?![\s-]old\b)`,
    'gi',
  ),
  read: (m, input) => {
    if (notDuration(input.text, m.index, m.index + m[0].length)) return null;
    const n = /couple/i.test(m[1] ?? '') ? 2 : countOf(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase();
    const before = input.text.slice(Math.max(0, m.index - 8), m.index);
    // "Islam will one day be...": a vague future, not a day's length.
    if (/^one\sday$/i.test(m[0]) && /\b(?:will|would|could|might|may|can|should)\s$/i.test(before))
      return { value: 'FUTURE_REF', granularity: 'unknown', type: 'date' };
    // Decades and centuries are written in years ("a decade" → P10Y), as TempEval-3 does.
    const scale = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
    const count = Number.isFinite(n) ? String(n * scale) : 'X';
    const code = DURATION_CODE.get(unit);
    if (!code) return null;
    return { value: `P${code.replace('x', count)}`, granularity: 'unknown', type: 'duration' };
  },
};

const VAGUE_UNIT: ReadonlyMap<string, string> = new Map([
  ['minutes', 'PTXM'],
  ['hours', 'PTXH'],
  ['days', 'PXD'],
  ['weeks', 'PXW'],
  ['months', 'PXM'],
  ['years', 'PXY'],
  ['decades', 'PXDE'],
  ['centuries', 'PXCE'],
]);

/** Durations of no stated length: "for years", "over the years", "in recent months" → `PXY`, `PXM`. */
const VAGUE_DURATION: TimeRule = {
  id: 'vague-duration',
  words: ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'],
  pattern:
    /(?<=\b(?:for|in|over)\s)(?:the\s|recent\s)?(minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s(?:before|after|since|leading|ago|of|old|to\scome)\b)/gi,
  read: (m) => {
    // "in the days before the shooting" is anchored elsewhere; "in recent days" is a vague past.
    if (/^(?:the|recent)\sdays$/i.test(m[0])) return null;
    const value = VAGUE_UNIT.get((m[1] ?? '').toLowerCase());
    return value ? { value, granularity: 'unknown', type: 'duration' } : null;
  },
};

/** "a second group", "four flights a week": an ordinal or a rate, not a duration. */
export function notDuration(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (/^(?:a|one)\ssecond$/.test(word) && /^\s+[a-z]/i.test(text.slice(end))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  return /^an?\s/.test(word) && RATE_BEFORE.test(before);
}

/** A count and a plural noun just before "a week": "four flights a week", "700 seats a week". */
const RATE_BEFORE = new RegExp(
  String.raw`(?:\d|\b${COUNT.slice(1, -1).replace('\\d+|', '')})\s(?:[a-z]+\s)?[a-z]+s\s$`,
  'i',
);

const YEAR_AGO_PERIOD: TimeRule = {
  id: 'year-ago-quarter',
  words: ['year-ago', 'year-earlier'],
  pattern:
    /\b(?:the\s)?(?:comparable\s|corresponding\s)?(?:year-ago|year-earlier)(?:\s(?:first|second|third|fourth))?\s(?:quarter|period)\b/gi,
  read: (_m, input) => yearAgoQuarter(input),
};

/** The quarter number a sentence or article reports on ("third-quarter profit"), else the last one. */
function reportedQuarterNumber(input: RuleInput): string {
  return reportedQuarter(input).split('-Q')[1] ?? 'X';
}

/**
 * A year's quarter: "the 1988 third quarter", "this year's third quarter", "last year's quarter",
 * "the 1989 period" (in an article about quarterly results): `1988-Q3`.
 */
const YEAR_QUARTER: TimeRule = {
  id: 'year-quarter',
  words: ['quarter', 'period'],
  pattern:
    /\b(?:the\s)?(?:(1[5-9]\d\d|20\d\d)|(this|last|next)\syear['’]s)\s(?:(first|second|third|fourth)[\s-])?(quarter|period)\b/gi,
  read: (m, input) => {
    const step = STEP.get((m[2] ?? '').toLowerCase());
    const year = m[1] ?? (step === undefined ? null : shifted(input.ref, 'year', step));
    const named = ORDINAL_QUARTER.get((m[3] ?? '').toLowerCase());
    const quarterly = /\bquarter/i.test(input.article ?? input.text);
    if (!year || (m[4]?.toLowerCase() === 'period' && !named && !quarterly)) return null;
    return date(`${year}-Q${named ?? (input.ref ? reportedQuarterNumber(input) : 'X')}`, 'quarter');
  },
};

/**
 * "the same period last year", "the corresponding quarter a year ago", "the same month a year
 * earlier": the period the sentence reports on (a named month or quarter), one year back.
 */
const SAME_PERIOD_YEAR_AGO: TimeRule = {
  id: 'same-period-year-ago',
  words: ['same', 'corresponding', 'comparable'],
  pattern:
    /\bthe\s(?:same|corresponding|comparable)\s(month|quarter|period)\s(?:of\s)?(?:last\syear|the\slast\syear|the\sprevious\syear|a\syear\s(?:ago|earlier|before))\b/gi,
  read: (m, input) => {
    if (!input.ref) return null;
    const month = MONTH_IN_SENTENCE.exec(input.text);
    if (m[1]?.toLowerCase() !== 'quarter' && month?.[1]) {
      const index = monthNumber(month[1]);
      const value = monthValue(index, null, input.ref, 'past');
      return date(`${Number(value.slice(0, 4)) - 1}${value.slice(4)}`, 'month');
    }
    return /\bquarter/i.test(input.article ?? input.text) ? yearAgoQuarter(input) : null;
  },
};

const MONTH_IN_SENTENCE =
  /\bin\s(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s\d)/;

const ANAPHORIC_STEP: ReadonlyMap<string, number> = new Map([
  ['that', 0],
  ['the same', 0],
  ['the following', 1],
  ['the next', 1],
  ['the previous', -1],
  ['the prior', -1],
  ['the preceding', -1],
]);

/**
 * Years told from the story's own time: "that year", "later that year", "the following year",
 * "the previous year", "the year previous": moved from the last year the text gave.
 */
const ANAPHORIC_YEAR: TimeRule = {
  id: 'anaphoric-year',
  words: ['year'],
  pattern:
    /\b(?:(?:earlier|later|early|late)\s(?:in\s)?)?(that|the same|the following|the next|the previous|the prior|the preceding)\syear\b(?!['’]s?\s(?:first|second|third|fourth|quarter))|\bthe\syear\s(previous)\b/gi,
  read: (m, input) => {
    const word = (m[1] ?? '').toLowerCase();
    const years = ANAPHORIC_STEP.get(word) ?? -1;
    // Without an earlier year, "the previous year" and "the next year" count from publication.
    const fallback = word === 'that' || word === 'the same' ? 'XXXX' : shifted(input.ref, 'year', years);
    return { ...date(fallback, 'year'), anaphoric: { years } };
  },
};

/** "later in the day", "ending the day": the publication day (TimeML news convention). */
const THE_DAY: TimeRule = {
  id: 'the-day',
  words: ['day'],
  pattern: /\bthe\s(?:same\s)?day\b(?!\s(?:before|after|of|when|that|on|in\s\d|\w+s\b))/gi,
  read: (m, input) => {
    const before = input.text.slice(Math.max(0, m.index - 24), m.index);
    if (!/\b(?:(?:later|earlier|late|early)\sin|end|ended|ending|for|during|start\sof|end\sof|on)\s$/i.test(before))
      return null;
    return date(shifted(input.ref, 'day', 0), 'day');
  },
};

/** "earlier this year", "later in the month": the year or month of publication. */
const IN_THE_YEAR: TimeRule = {
  id: 'in-the-year',
  words: ['earlier', 'later'],
  pattern: /\b(?:earlier|later)\s(?:in|this)\s(?:the\s)?(year|month)\b/gi,
  read: (m, input) => {
    const unit = unitOf(m[1] ?? 'year');
    return date(shifted(input.ref, unit, 0), unit);
  },
};

/** Relative rules, in the order they run (longer patterns first). */
export const RELATIVE_RULES: readonly TimeRule[] = [
  SAME_PERIOD_YEAR_AGO,
  YEAR_QUARTER,
  ANAPHORIC_YEAR,
  THE_DAY,
  YEAR_AGO_PERIOD,
  IN_THE_YEAR,
  AGO,
  THIS_UNIT,
  QUARTER,
  VAGUE_DURATION,
  DURATION,
];
