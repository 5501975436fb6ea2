/**
 * Calendar helpers for TIMEX3 values: ISO days, weeks and months in UTC, so that a
 * publication date never shifts with the machine's time zone.
 */

/** A reference day in UTC (noon, so no shift crosses midnight), or null without a date. */
export function referenceDay(date: string | null): Date | null {
  if (date === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a UTC date. */
export function isoDay(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `YYYY-MM` of a UTC date. */
export function isoMonth(d: Date): string {
  return isoDay(d).slice(0, 7);
}

/** `YYYY` of a UTC date. */
export function isoYear(d: Date): string {
  return pad(d.getUTCFullYear(), 4);
}

/** ISO-8601 week of a UTC date: `2024-W01`. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** A copy of `d` moved by `days` (negative for the past). */
export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** A copy of `d` moved by whole months, clamped to the month's last day. */
export function addMonths(d: Date, months: number): Date {
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, 12));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target;
}

/** The quarter of a UTC date: `2024-Q1`. */
export function isoQuarter(d: Date): string {
  return `${isoYear(d)}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** English month names in lower case, January first. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1–12 for an English month name in any case ("March", "march"), else 0. */
export function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
}

/** Which way a date without a year points: back, forward, the nearest, or this year. */
export type Direction = 'past' | 'future' | 'nearest' | 'this';

/**
 * `YYYY-MM` (or `YYYY-MM-DD` with a day) for a month without a year: the nearest past one
 * for the past, the next one for the future, else the nearest within six months.
 */
export function monthValue(month: number, day: number | null, ref: Date | null, direction: Direction): string {
  const suffix = `-${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
  if (!ref) return `XXXX${suffix}`;
  const refKey = (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate();
  const key = month * 100 + (day ?? (direction === 'future' ? 31 : 1));
  const near = key - refKey > 600 ? -1 : refKey - key > 600 ? 1 : 0;
  const shift = { this: 0, future: key < refKey ? 1 : 0, past: key > refKey ? -1 : 0, nearest: near }[direction];
  return `${pad(ref.getUTCFullYear() + shift, 4)}${suffix}`;
}

/** Number words used in durations and counts ("three years", "a dozen"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['hundred', 100],
]);
