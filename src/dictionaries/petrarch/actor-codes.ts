/**
 * Actor codes of PETRARCH actor files with their date restrictions: `[AFG]`,
 * `[AFGGOV >011222]`, `[HOB < 950601]`, `[AFGELI 750101-000101]`, `[FRO/BIL/SAM]`.
 */
import { isIsoDate } from '../../core/article.js';
import type { ActorType } from '../../core/codes.js';
import type { DatedCode } from '../types.js';

const CODE = /^(?:[A-Za-z][A-Za-z0-9]*|---|\+\+\+|###)(?:\/[A-Za-z][A-Za-z0-9]*)*$/;

/** `950601` -> `1995-06-01`, `20080120` -> `2008-01-20`; two-digit years 00-30 are 20xx. */
export function petrarchDate(raw: string): string | null {
  let y: string;
  let rest: string;
  if (/^\d{8}$/.test(raw)) [y, rest] = [raw.slice(0, 4), raw.slice(4)];
  else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    [y, rest] = [`${yy <= 30 ? 20 : 19}${raw.slice(0, 2)}`, raw.slice(2)];
  } else return null;
  const iso = `${y}-${rest.slice(0, 2)}-${rest.slice(2)}`;
  return isIsoDate(iso) ? iso : null;
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Reads the inside of `[...]`: a dated code, or a message string when malformed. */
export function parseActorCode(inside: string): DatedCode | string {
  const m = /^(\S+)\s*(.*)$/.exec(inside.trim());
  const code = m?.[1] ?? '';
  const restriction = (m?.[2] ?? '').replace(/\s+/g, '');
  if (!CODE.test(code)) return `bad actor code "[${inside.trim()}]"`;
  const upper = code.toUpperCase();
  if (restriction === '') return { code: upper };
  const bad = `bad date restriction "[${inside.trim()}]"`;
  if (restriction.startsWith('<') || restriction.startsWith('>')) {
    const date = petrarchDate(restriction.slice(1));
    if (!date) return bad;
    // `<D`: before the date; `>D`: after it (the day itself excluded, as the validation suite reads it).
    return restriction.startsWith('<')
      ? { code: upper, to: shiftDay(date, -1) }
      : { code: upper, from: shiftDay(date, 1) };
  }
  const range = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(restriction);
  const from = range ? petrarchDate(range[1] ?? '') : null;
  const to = range ? petrarchDate(range[2] ?? '') : null;
  if (!from || !to) return bad;
  return { code: upper, from, to };
}

/** The dated code in force on a `YYYY-MM-DD` date: the first that contains it, else `fallback`. */
export function codeOnDate(dated: readonly DatedCode[], date: string | null, fallback: string): string {
  if (date === null) return fallback;
  for (const d of dated) {
    if ((d.from === undefined || d.from <= date) && (d.to === undefined || date <= d.to)) return d.code;
  }
  return fallback;
}

/** A best guess of the actor type from its code (`IGO...` -> igo, `...GOV` -> government). */
export function actorTypeOf(code: string, dated: boolean): ActorType {
  if (dated) return 'person';
  const head = code.slice(0, 3);
  if (head === 'IGO') return 'igo';
  if (head === 'NGO' || head === 'NGM') return 'ngo';
  if (head === 'IMG' || /(?:REB|INS|UAF)/.test(code.slice(3))) return 'armed-group';
  if (head === 'MNC') return 'business';
  if (/(?:GOV|MIL|COP|LEG|JUD)/.test(code.slice(3))) return 'government';
  if (/^[A-Z]{3}$/.test(code)) return 'country';
  return 'other';
}
