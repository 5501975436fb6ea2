/**
 * Relative rules against the publication day: "this week" → `2024-W01`, "earlier
 * this year" → `2024`, "three years ago" → `2021`, "the third quarter" → `2023-Q3`,
 * and durations ("for three years" → `P3Y`, span "three years"). Without a
 * publication date the unknown parts are written `X` (`XXXX-WXX`).
 */
import type { Granularity } from '../../core/codes.js';
import type { Reading, RuleInput, TimeRule } from './_candidate.js';
import { addDays, addMonths, isoMonth, isoQuarter, isoWeek, isoYear, NUMBER_WORDS } from './_timex.js';

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
]);

const QUARTER: TimeRule = {
  id: 'quarter',
  pattern:
    /\b(?:the\s)?(first|second|third|fourth|latest|last|current|past|the)[\s-]quarter(?:\sof\s(1[5-9]\d\d|20\d\d)\b)?/gi,
  read: (m, input) => {
    const word = (m[1] ?? '').toLowerCase();
    const q = ORDINAL_QUARTER.get(word);
    if (q && m[2]) return date(`${m[2]}-Q${q}`, 'quarter');
    if (!input.ref) return date(q ? `XXXX-Q${q}` : 'XXXX-QX', 'quarter');
    // "the quarter", "the latest quarter": the last one reported, before the current one.
    if (q === undefined) return date(shifted(input.ref, 'quarter', word === 'current' ? 0 : -1), 'quarter');
    const current = Math.floor(input.ref.getUTCMonth() / 3) + 1;
    const year = input.ref.getUTCFullYear() - (q > current ? 1 : 0);
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
  pattern: new RegExp(
    String.raw`\b(?:the\s(?:(?:first|last|past|next|previous|coming)\s)?|(?:past|last|next|previous|coming)\s)?(?:(?:nearly|almost|about|some|more than|at least|over)\s)?(${COUNT.slice(1, -1)}|several|few|many)[\s-](second|minute|hour|day|week|month|year|decade|century)s?\b(?![\s-]old\b)`,
    'gi',
  ),
  read: (m) => {
    const n = countOf(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase();
    // Decades and centuries are written in years ("a decade" → P10Y), as TempEval-3 does.
    const scale = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
    const count = Number.isFinite(n) ? String(n * scale) : 'X';
    const code = DURATION_CODE.get(unit);
    if (!code) return null;
    return { value: `P${code.replace('x', count)}`, granularity: 'unknown', type: 'duration' };
  },
};

const YEAR_AGO_PERIOD: TimeRule = {
  id: 'year-ago-quarter',
  pattern:
    /\b(?:the\s)?(?:comparable\s|corresponding\s)?(?:year-ago|year-earlier)(?:\s(?:first|second|third|fourth))?\s(?:quarter|period)\b/gi,
  read: (_m, input) => yearAgoQuarter(input),
};

const IN_THE_YEAR: TimeRule = {
  id: 'in-the-year',
  pattern: /\b(?:earlier|later)\s(?:in|this)\s(?:the\s)?year\b/gi,
  read: (_m, input) => date(shifted(input.ref, 'year', 0), 'year'),
};

/** Relative rules, in the order they run (longer patterns first). */
export const RELATIVE_RULES: readonly TimeRule[] = [YEAR_AGO_PERIOD, IN_THE_YEAR, AGO, THIS_UNIT, QUARTER, DURATION];
