/**
 * Finishes a raw event: CAMEO name and weights, spans, the date of the nearest time
 * expression in the sentence (else the publication date), future flag, the place after
 * "in"/"at" following the verb, and the quote it sits in.
 */
import type { CameoCode, Granularity } from '../../core/codes.js';
import type { CodedEvent, EventActor, EventLocation, Placed, Quoted, Segmented, Timed } from '../../core/document.js';
import { contains } from '../../core/span.js';
import { cameoInfo } from '../../tables/cameo.js';
import type { Clauses } from './_clauses.js';
import type { RawEvent } from './_code.js';
import { isFuture } from './_verb-group.js';
import type { SlotActor, View } from './_view.js';

type Doc = Segmented & Timed & Placed & Quoted;

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function actor(a: SlotActor): EventActor {
  return { actorId: a.actorId, name: a.name, code: a.code as EventActor['code'], span: a.span };
}

/** True when the time at `offset` sits in the verb's clause or a clause above it. */
function governs(doc: Doc, view: View, cl: Clauses, verb: number, offset: number): boolean {
  const w = view.live.findIndex((x) => {
    const a = doc.tokens[x.first];
    const b = doc.tokens[x.end - 1];
    return a !== undefined && b !== undefined && a.span.start <= offset && offset < b.span.end;
  });
  if (w < 0) return false;
  const of = cl.of[w];
  for (let c = cl.of[verb] ?? -1; c >= 0; c = cl.list[c]?.parent ?? -1) if (c === of) return true;
  return false;
}

function dateOf(
  doc: Doc,
  view: View,
  cl: Clauses,
  index: number,
  verb: number,
  at: number,
): Pick<CodedEvent, 'date' | 'dateGranularity' | 'dateSource'> {
  let best: Doc['times'][number] | null = null;
  for (const t of doc.times) {
    if (t.sentence !== index || !DATE.test(t.value) || !governs(doc, view, cl, verb, t.span.start)) continue;
    if (best === null || Math.abs(t.span.start - at) < Math.abs(best.span.start - at)) best = t;
  }
  if (best) return { date: best.value, dateGranularity: best.granularity, dateSource: 'expression' };
  if (doc.date) return { date: doc.date, dateGranularity: 'day' as Granularity, dateSource: 'publication' };
  return { date: null, dateGranularity: 'unknown', dateSource: 'none' };
}

function locationOf(doc: Doc, index: number, after: number): EventLocation | null {
  for (const place of doc.places) {
    for (const m of place.mentions) {
      if (m.sentence !== index || m.span.start < after) continue;
      const before = doc.text.slice(Math.max(0, m.span.start - 4), m.span.start).toLowerCase();
      if (!before.endsWith('in ') && !before.endsWith('at ')) continue;
      return { placeId: place.id, name: place.name, country: place.country, lat: place.lat, lon: place.lon };
    }
  }
  return null;
}

/** Builds the coded event of a raw event found in sentence `index`. */
export function buildEvent(doc: Doc, view: View, cl: Clauses, index: number, raw: RawEvent, id: string): CodedEvent {
  const w = view.live[raw.verb];
  const first = doc.tokens[w?.first ?? 0];
  const last = doc.tokens[(w?.end ?? 1) - 1];
  const span = { start: first?.span.start ?? 0, end: last?.span.end ?? 0 };
  const info = cameoInfo(raw.code);
  const quote = doc.quotes.find((q) => contains(q.span, span));
  return {
    id,
    code: raw.code as CameoCode,
    name: info?.name ?? `Code ${raw.code}`,
    goldstein: info?.goldstein ?? 0,
    quadClass: info?.quadClass ?? 1,
    ...(info?.plover ? { plover: info.plover } : {}),
    source: actor(raw.source),
    target: raw.target ? actor(raw.target) : null,
    span,
    text: doc.text.slice(span.start, span.end),
    sentence: view.sentence.span,
    sentenceIndex: index,
    ...dateOf(doc, view, cl, index, raw.verb, span.start),
    ...(isFuture(view, raw.verb) ? { future: true } : {}),
    location: locationOf(doc, index, span.end),
    ...(quote ? { quoteId: quote.id } : {}),
    provenance: raw.pattern.source,
  };
}
