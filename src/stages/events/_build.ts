/**
 * Finishes a raw event: CAMEO name and weights, spans, the date of the nearest time
 * expression governing its clause (else the publication date; a future event with none has
 * no date, `dateSource: 'planned'`), future flag, the place after
 * "in"/"at" following the verb, and the quote it sits in.
 */
import type { CameoCode, Granularity } from '../../core/codes.js';
import type { CodedEvent, EventActor, EventLocation, Placed, Quoted, Segmented, Timed } from '../../core/document.js';
import { lowerBound } from '../../core/search.js';
import { cameoInfo } from '../../tables/cameo.js';
import { type Clauses, conjunctAfter, openingPhrase } from './_clauses.js';
import type { RawEvent } from './_code.js';
import type { Lookup } from './_lookup.js';
import { isFuture } from './_verb-group.js';
import type { SlotActor, View } from './_view.js';

type Doc = Segmented & Timed & Placed & Quoted;

/**
 * Time values an event may take as its date, with the granularity they keep: a day (a time of
 * day, `2024-01-02T17:00` or `2024-01-05TMO`, is cut to its day), a week (`2024-W02`), a
 * quarter (`2023-Q3`), a month or a year. Weeks and quarters keep their TIMEX3 value as written
 * (not their first day), so the date says no more than the text did.
 */
const DAY = /^(\d{4}-\d{2}-\d{2})(?:T[0-9A-Z:.]*)?$/;
const FORMS: readonly (readonly [RegExp, Granularity])[] = [
  [/^\d{4}-W\d{2}$/, 'week'],
  [/^\d{4}-Q[1-4]$/, 'quarter'],
  [/^\d{4}-\d{2}$/, 'month'],
  [/^\d{4}$/, 'year'],
];

/** The event date a time value gives, or null for values that name no date (durations, `PAST_REF`). */
export function eventDate(value: string): { date: string; granularity: Granularity } | null {
  const day = DAY.exec(value);
  if (day?.[1]) return { date: day[1], granularity: 'day' };
  for (const [re, granularity] of FORMS) if (re.test(value)) return { date: value, granularity };
  return null;
}

function actor(a: SlotActor): EventActor {
  return { actorId: a.actorId, name: a.name, code: a.code as EventActor['code'], span: a.span };
}

/** True when the time at `offset` sits in the verb's clause or a clause above it, or opens one of them. */
function governs(doc: Doc, view: View, cl: Clauses, verb: number, offset: number): boolean {
  // Live words are in text order and do not overlap: the one holding `offset` is the last starting at or before it.
  const startOf = (k: number): number => doc.tokens[view.live[k]?.first ?? -1]?.span.start ?? Number.NEGATIVE_INFINITY;
  const w = lowerBound(view.live.length, (k) => startOf(k) <= offset) - 1;
  const end = doc.tokens[(view.live[w]?.end ?? 0) - 1]?.span.end;
  if (w < 0 || end === undefined || !(offset < end)) return false;
  // A verbless opening phrase's time is the clause's it opens ("On Wednesday, Egypt denounced ...").
  const of = cl.of[w] === openingPhrase(view, cl) ? cl.list[cl.of[w] ?? 0]?.parent : cl.of[w];
  for (let c = cl.of[verb] ?? -1; c >= 0; c = cl.list[c]?.parent ?? -1) if (c === of) return true;
  return false;
}

/** True when the character at `offset` is inside a direct quotation. */
function inDirectQuote(doc: Doc, look: Lookup, offset: number): boolean {
  const t = lowerBound(doc.tokens.length, (k) => (doc.tokens[k]?.span.start ?? 0) <= offset) - 1;
  return t >= 0 && look.quoteAt(t)?.kind === 'direct';
}

function dateOf(
  doc: Doc,
  look: Lookup,
  view: View,
  cl: Clauses,
  index: number,
  verb: number,
  at: number,
  future: boolean,
): Pick<CodedEvent, 'date' | 'dateGranularity' | 'dateSource'> {
  let best: { start: number; date: string; granularity: Granularity } | null = null;
  const first = view.live[verb]?.first;
  const verbQuoted = first !== undefined && look.quoteAt(first)?.kind === 'direct';
  for (const t of look.timesOf(index)) {
    if (t.type === 'duration' || t.type === 'set') continue;
    const d = eventDate(t.value);
    if (!d || !governs(doc, view, cl, verb, t.span.start)) continue;
    // "“In 2023 alone, …,” the spokesman told reporters": a time quoted dates what is quoted, not
    // an act outside the quotation marks.
    if (!verbQuoted && inDirectQuote(doc, look, t.span.start)) continue;
    if (best === null || Math.abs(t.span.start - at) < Math.abs(best.start - at)) best = { start: t.span.start, ...d };
  }
  if (best) return { date: best.date, dateGranularity: best.granularity, dateSource: 'expression' };
  // "will visit Russia": a planned event has not happened on the day of the story.
  if (future) return { date: null, dateGranularity: 'unknown', dateSource: 'planned' };
  if (doc.date) return { date: doc.date, dateGranularity: 'day' as Granularity, dateSource: 'publication' };
  return { date: null, dateGranularity: 'unknown', dateSource: 'none' };
}

/** The live position holding the character at `offset`, or -1 (a deleted word). */
function liveAt(doc: Doc, view: View, offset: number): number {
  const startOf = (k: number): number => doc.tokens[view.live[k]?.first ?? -1]?.span.start ?? Number.NEGATIVE_INFINITY;
  const w = lowerBound(view.live.length, (k) => startOf(k) <= offset) - 1;
  const end = doc.tokens[(view.live[w]?.end ?? 0) - 1]?.span.end;
  return w >= 0 && end !== undefined && offset < end ? w : -1;
}

const PLACE_WORD = /(?:^|[^a-z])(?:in|at)\s+$/;

/**
 * The place after "in"/"at" following the verb, in the verb's own clause: "the ministers met in
 * Cairo to discuss the deal signed in Libya" met in Cairo; "met on Sunday, a day after the deal
 * was signed in Libya" names no place of the meeting. "that Turkey" is no "at Turkey".
 */
function locationOf(
  doc: Doc,
  at: Lookup,
  view: View,
  cl: Clauses,
  index: number,
  verb: number,
  after: number,
): EventLocation | null {
  const clause = cl.of[verb];
  for (const { place: k, mention: m } of at.placesOf(index)) {
    const place = doc.places[k];
    if (!place || m.span.start < after) continue;
    const before = doc.text.slice(Math.max(0, m.span.start - 8), m.span.start).toLowerCase();
    if (!PLACE_WORD.test(before)) continue;
    // A place in an aside (", in Qatar.") is still the verb's; one in another clause is not.
    const w = liveAt(doc, view, m.span.start);
    if (w >= 0 && cl.of[w] !== clause) continue;
    // "agreed on borders and allowed deployments in Libya": a place after a conjunct verb is its.
    if (w >= 0 && w > conjunctAfter(view, verb)) continue;
    // "killed in Turkish shelling": a name standing for an actor names no place.
    if (m.metonym) continue;
    return { placeId: place.id, name: place.name, country: place.country, lat: place.lat, lon: place.lon };
  }
  return null;
}

/** Builds the coded event of a raw event found in sentence `index`. */
export function buildEvent(
  doc: Doc,
  at: Lookup,
  view: View,
  cl: Clauses,
  index: number,
  raw: RawEvent,
  id: string,
): CodedEvent {
  const w = view.live[raw.verb];
  const first = doc.tokens[w?.first ?? 0];
  const last = doc.tokens[(w?.end ?? 1) - 1];
  const span = { start: first?.span.start ?? 0, end: last?.span.end ?? 0 };
  const info = cameoInfo(raw.code);
  const quote = at.quoteHolding(w?.first ?? 0, span);
  const future = isFuture(view, raw.verb);
  return {
    id,
    code: raw.code as CameoCode,
    name: info?.name ?? `Code ${raw.code}`,
    goldstein: info?.goldstein ?? 0,
    quadClass: info?.quadClass ?? 1,
    ...(info?.plover ? { plover: info.plover } : {}),
    source: raw.source.actorId === null ? { ...actor(raw.source), span } : actor(raw.source),
    target: raw.target ? actor(raw.target) : null,
    span,
    text: doc.text.slice(span.start, span.end),
    sentence: view.sentence.span,
    sentenceIndex: index,
    ...dateOf(doc, at, view, cl, index, raw.verb, span.start, future),
    ...(future ? { future: true } : {}),
    location: locationOf(doc, at, view, cl, index, raw.verb, span.end),
    ...(quote ? { quoteId: quote.id } : {}),
    provenance: raw.pattern.source,
  };
}
