/**
 * chrono-node adapter: parses one sentence against the publication day and turns each
 * result into a candidate whose value keeps only what the text states (chrono's
 * "certain" components). Our refiners then fix what chrono guesses: a bare weekday is
 * the latest such day on or before publication unless the clause is future; a bare
 * month is the nearest past one; leading prepositions leave the span (TimeML).
 */
// The English locale alone: the package root loads all fifteen locales (267 modules, ~150 ms).
import * as chrono from 'chrono-node/en';
import type { Granularity } from '../../core/codes.js';
import type { TimeType } from '../../core/document.js';
import { library } from '../../core/source.js';
import type { Candidate, RuleInput } from './_candidate.js';
import { directionOf, isFuture } from './_tense.js';
import { addDays, type Direction, isoDay, monthValue } from './_timex.js';

type ChronoResult = ReturnType<typeof chrono.parse>[number];

/**
 * chrono's parsers of a time unit counted from now ("within two weeks", "two weeks later",
 * "+2 days", "next 3 months"): TimeML marks the unit as a duration ("two weeks" → `P2W`),
 * which our rules do, so they add nothing but cost (each is a large pattern run on every
 * sentence). Measured on TempEval-3 and MEANTIME dev: value F1 80.8 → 80.9 and 81.0 → 81.0.
 * "two weeks ago" stays chrono's as well as ours (without it F1 drops 0.2).
 */
const UNIT_FROM_NOW = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const parser = new chrono.Chrono({
  parsers: chrono.casual.parsers.filter((p) => !UNIT_FROM_NOW.has(p.constructor.name)),
  refiners: chrono.casual.refiners,
});

const FALLBACK_REF = new Date(Date.UTC(2000, 0, 1, 12));
const LEADING_PREPOSITION = /^(?:on|in|at|since|by|during|until|till|from|for|of|before|after|within)\s+/i;
const FORWARD = /^(?:next|coming|this coming)\b/i;
const BACKWARD = /^(?:last|past|previous)\b/i;
const WEEKDAY_NAME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;
const BARE_MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const MONTH_CONTEXT =
  /\b(?:in|since|until|till|by|last|next|this|early|late|mid|of|during|from|through|to|before|after|between|and|or)\s+$/i;

interface Shape {
  readonly value: string;
  readonly granularity: Granularity;
  readonly type: TimeType;
}

const PART_OF_DAY: readonly (readonly [RegExp, string])[] = [
  [/morning$/i, 'MO'],
  [/afternoon$/i, 'AF'],
  [/evening$/i, 'EV'],
  [/(?:night|tonight)$/i, 'NI'],
];

/** `T17:00` from the stated clock time (not shifted by a time zone), or `TMO` for "morning". */
function clock(r: ChronoResult, text: string): string | null {
  // "4 in the morning" states the hour; "Friday morning" only the part of day.
  const part = /\d/.test(text) && r.start.isCertain('hour') ? undefined : PART_OF_DAY.find(([re]) => re.test(text));
  // "Friday morning" keeps its part of day (TIMEX3 `TMO`); "Sunday night" and "tonight" are
  // mostly marked as the day itself in TimeML news, so the night is dropped.
  if (part) return part[1] === 'NI' && (WEEKDAY_NAME.test(text) || /^tonight$/i.test(text)) ? null : `T${part[1]}`;
  if (!r.start.isCertain('hour')) return null;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `T${pad(r.start.get('hour'))}:${pad(r.start.get('minute'))}`;
}

/** The value of a result with a stated day, month or year (and time of day when given). */
function stated(r: ChronoResult, input: RuleInput): Shape | null {
  const c = r.start;
  const d = c.date();
  const y = c.isCertain('year') || input.ref ? isoDay(d).slice(0, 4) : 'XXXX';
  const day = `${y}${isoDay(d).slice(4)}`;
  if (c.isCertain('day')) return { value: day, granularity: 'day', type: 'date' };
  if (c.isCertain('month')) return { value: day.slice(0, 7), granularity: 'month', type: 'date' };
  if (c.isCertain('year')) return { value: y, granularity: 'year', type: 'date' };
  return null;
}

/** Bare weekday: latest such day on or before publication, or the next one when future. */
function weekday(r: ChronoResult, input: RuleInput, future: boolean): Shape {
  const wd = r.start.get('weekday') ?? 0;
  if (!input.ref) return { value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, granularity: 'day', type: 'date' };
  const diff = (input.ref.getUTCDay() - wd + 7) % 7;
  const day = future ? addDays(input.ref, (wd - input.ref.getUTCDay() + 7) % 7) : addDays(input.ref, -diff);
  return { value: isoDay(day), granularity: 'day', type: 'date' };
}

/** Month without a year ("in March", "Oct. 23"), placed by `monthValue`. */
function month(r: ChronoResult, input: RuleInput, direction: Direction): Shape {
  const dayOf = r.start.isCertain('day') ? r.start.get('day') : null;
  const value = monthValue(r.start.get('month') ?? 1, dayOf, input.ref, direction);
  return { value, granularity: dayOf === null ? 'month' : 'day', type: 'date' };
}

/** How far ahead a day in a past-tense clause may still be this year's ("payable Dec. 7"). */
const NEAR_DAYS = 31;

/** How far ahead a day in a clause without tense may be before it reads as last year's. */
const AHEAD_DAYS = 90;

/** A day of a month: the last such day, unless it is at most `days` ahead ("payable Dec. 7"). */
function pastDay(r: ChronoResult, input: RuleInput, days = NEAR_DAYS): Shape {
  const near = month(r, input, 'nearest');
  const ahead = input.ref ? (Date.parse(near.value) - input.ref.getTime()) / 86_400_000 : 0;
  return ahead > days ? month(r, input, 'past') : near;
}

/** False for chrono's usual false friends: "may", "the march", "Sun", slashes without a year. */
function plausible(r: ChronoResult, text: string, input: RuleInput): boolean {
  const c = r.start;
  // "in a few minutes", "the next couple of years": durations (our rule), not dates.
  if (/\b(?:few|several|couple)\b/i.test(text)) return false;
  // "the day", "in the day": chrono reads tomorrow; our rule reads the day of publication.
  if (/^(?:in\s)?the\sday$/i.test(text)) return false;
  // "the SEC": an acronym, not "sec(onds)".
  if (/^(?:the\s)?[A-Z]{2,}$/.test(text)) return false;
  if (BARE_MONTH.test(text.replace(/\s+of$/i, ''))) {
    if (!/^[A-Z]/.test(text)) return false;
    return MONTH_CONTEXT.test(input.text.slice(0, r.index + r.text.indexOf(text)));
  }
  if (c.isCertain('weekday') && !c.isCertain('day') && !WEEKDAY_NAME.test(text)) return false;
  if ([...r.tags()].some((t) => t.includes('Slash')) && !c.isCertain('year')) return false;
  // "three days later": TimeML marks the duration "three days"; our duration rule does.
  if (/(?:second|minute|hour|day|week|month|year|decade)s?\s(?:later|after|before|earlier)$/i.test(text)) return false;
  // "1.20 a share", "3 to 20": numbers chrono reads as times or ranges.
  if (!/[A-Za-z]{3}|\d:\d|[ap]\.?m\b/i.test(text) && !c.isCertain('year')) return false;
  return !/^\d+(?:\.\d+)?\s+(?:a|to)\b(?!\.m)/i.test(text);
}

function dated(r: ChronoResult, text: string, start: number, input: RuleInput): Shape | null {
  const c = r.start;
  const future = FORWARD.test(text) || (!BACKWARD.test(text) && isFuture(input.text, start, start + text.length));
  const relative = [...r.tags()].some((t) => t.includes('relative') || t.includes('casualReference'));
  if (c.isCertain('weekday') && !c.isCertain('day')) return weekday(r, input, future);
  if (c.isCertain('month') && !c.isCertain('year') && !relative) {
    // A day of a month ("Dec. 7") is mostly a near date either way (payments, meetings): only
    // an explicit future moves it forward; a bare month follows the clause's tense.
    const direction = directionOf(input.text, text, start);
    if (c.isCertain('day') && direction === 'past') return pastDay(r, input);
    if (c.isCertain('day') && direction === 'nearest') return pastDay(r, input, AHEAD_DAYS);
    return month(r, input, direction);
  }
  return stated(r, input);
}

function shape(r: ChronoResult, text: string, start: number, input: RuleInput): Shape | null {
  const tags = [...r.tags()];
  const base = dated(r, text, start, input);
  const time = clock(r, text);
  const s: Shape | null = time
    ? {
        value: `${base?.value ?? (input.ref ? isoDay(input.ref) : 'XXXX-XX-XX')}${time}`,
        granularity: 'day',
        type: 'time',
      }
    : base;
  // Without a publication date, "yesterday" or "last month" cannot be resolved: mask the digits.
  const relative = tags.some((t) => t.includes('relative') || t.includes('casualReference'));
  return s && !input.ref && relative ? { ...s, value: s.value.replace(/\d/g, 'X') } : s;
}

/** A range's joint: "Sept. 14 to Thursday", "last Thursday, to Nov. 6" (TimeML marks each end). */
const RANGE_JOINT = /,?\s+(?:to|through|until|till)\s+|\s*[-–]\s*(?=[A-Z])/;
/** "the night of Friday, Oct. 23": chrono keeps only the part of day, so the date is read alone. */
const PART_OF = /^(?:the\s)?(?:early\s|late\s)?(?:morning|afternoon|evening|night)\sof\s/i;

/** "6.43, on Friday": an index's points read as a clock time before the date. */
const LEADING_NUMBER = /^\d+\.\d+,?\s+(?:on\s+)?(?=[A-Z])/;

/** chrono's results on one stretch of a sentence, with offsets into the sentence. */
function parse(input: RuleInput, from: number, to: number): { r: ChronoResult; start: number; text: string }[] {
  const text = input.text.slice(from, to);
  const out: { r: ChronoResult; start: number; text: string }[] = [];
  for (const r of parser.parse(text, { instant: input.ref ?? FALLBACK_REF, timezone: 0 })) {
    const trimmed = r.text
      .replace(LEADING_PREPOSITION, '')
      .replace(/[\s,;:]+$/, '')
      .replace(/^([^(]*)\)$/, '$1');
    const start = from + r.index + r.text.indexOf(trimmed);
    const part = PART_OF.exec(trimmed);
    const number = LEADING_NUMBER.exec(trimmed);
    const joint = r.end ? RANGE_JOINT.exec(trimmed) : null;
    if (number || (part && !r.start.isCertain('day') && !r.start.isCertain('weekday'))) {
      const skip = (number ?? part)?.[0].length ?? 0;
      out.push(...parse(input, start + skip, start + trimmed.length));
    } else if (joint && from === 0 && to === input.text.length) {
      out.push(...parse(input, start, start + joint.index));
      out.push(...parse(input, start + joint.index + joint[0].length, start + trimmed.length));
    } else out.push({ r, start, text: trimmed });
  }
  return out;
}

/** A clock time stated in UTC or GMT ("16:15 UTC") is written with `Z`, as TIMEX3 does. */
const UTC_ZONE = /^[^(]*?\d\s*(?:UTC|GMT)\b/;

/**
 * What chrono reads that our rules do not: month and weekday names, casual words ("today",
 * "tonight", "noon"), "ago", a unit after "past"/"last"/"the" ("the end of the month"), and digits
 * only in dates and clock times ("10:30", "5/1", "2024-01-05", "7 p.m."). A bare number is no
 * date for chrono: years, decades, quarters and durations are our rules'. On financial news
 * chrono read numbers as dates ("JUL7" → July 7, "14-8-89-3"); with this gate both time gold
 * sets give the same expressions and values, and the time stage takes 40% less on the news corpus.
 */
const CHRONO_WORD =
  /\d[:/.]\d|\d{4}-\d\d|\d\s?[ap]\.?m\b|\b(?:past|last|next|this|coming|the)\s(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tues?|wed|thu|thurs?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|tmrw?|overmorrow|yesterday|now|noon|midday|midnight|mornings?|afternoons?|evenings?|nights?|weekends?|ago|o.clock)\b/i;

/** Runs chrono on one sentence and returns its plausible results as candidates. */
export function chronoCandidates(input: RuleInput): Candidate[] {
  if (!CHRONO_WORD.test(input.text)) return [];
  const out: Candidate[] = [];
  for (const { r, start, text: trimmed } of parse(input, 0, input.text.length)) {
    if (!plausible(r, trimmed, input)) continue;
    const s = shape(r, trimmed, start, input);
    if (!s) continue;
    const tag = [...r.tags()].find((t) => t.startsWith('parser/'))?.slice(7) ?? 'casual';
    const end = start + trimmed.length;
    const utc = s.type === 'time' && /T\d\d:\d\d$/.test(s.value) && UTC_ZONE.test(input.text.slice(start, end + 6));
    const value = utc ? `${s.value}Z` : s.value;
    out.push({ start, end, ...s, value, source: library('chrono-node', tag) });
  }
  return out;
}
