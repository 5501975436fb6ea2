/**
 * A report a person would like to read: who did what to whom, when and where, with
 * the sentence that proves it, then the actors, quotes, claims, places and times.
 */
import type { CodedDocument, CodedEvent, EventActor, Speaker } from '../../core/document.js';

const actorLabel = (a: EventActor | Speaker | null): string =>
  a === null ? '—' : a.code ? `${a.name} [${a.code}]` : a.name;

/** Shortens text to `max` characters on a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function eventLines(doc: CodedDocument, e: CodedEvent): string[] {
  const when = e.date ?? 'date unknown';
  const flags = [e.future ? 'planned' : '', e.quoteId ? `in quote ${e.quoteId}` : ''].filter(Boolean).join(', ');
  const where = e.location ? `  in ${e.location.name} (${e.location.country})` : '';
  return [
    `  ${when}  ${actorLabel(e.source)}  —${e.code} ${e.name}→  ${actorLabel(e.target)}${where}`,
    `      “${excerpt(doc.text.slice(e.sentence.start, e.sentence.end))}”`,
    `      words: “${e.text}” at ${e.span.start}–${e.span.end}; goldstein ${e.goldstein}, quad ${e.quadClass}${
      e.plover ? `, PLOVER ${e.plover}` : ''
    }; date from ${e.dateSource}${flags ? `; ${flags}` : ''}`,
  ];
}

function section(title: string, count: number, lines: readonly string[]): string[] {
  return [`${title} (${count === 0 ? 'none' : count})`, ...lines, ''];
}

/** Formats one coded document as a readable report. */
export function toTextReport(doc: CodedDocument): string {
  const head = [`Article ${doc.id}  ·  ${doc.date ?? 'no date'}${doc.title ? `  ·  ${doc.title}` : ''}`];
  if (doc.url) head.push(doc.url);
  const events = doc.events.flatMap((e) => eventLines(doc, e));
  const actors = doc.actors.map((a) => `  ${a.name}  ${a.code ?? '(no code)'}  ${a.type}  ×${a.mentions.length}`);
  const quotes = doc.quotes.map(
    (q) => `  ${actorLabel(q.speaker)}${q.cue ? ` (${q.cue.text})` : ''}: “${excerpt(q.text, 140)}” [${q.kind}]`,
  );
  const claims = doc.claims.map(
    (c) =>
      `  ${c.text}  = ${c.qualifier ? `${c.qualifier} ` : ''}${c.value} ${c.unit}${c.period ? ` (${c.period})` : ''}  — ${actorLabel(c.claimant)}`,
  );
  const places = doc.places.map(
    (p) =>
      `  ${p.name}  ${p.country}  ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}  ${p.featureKind}  ×${p.mentions.length}`,
  );
  const times = doc.times.map((t) => `  “${t.text}” → ${t.value}  (${t.type}, ${t.granularity})`);
  return [
    ...head,
    '',
    ...section('Events', doc.events.length, events),
    ...section('Actors', actors.length, actors),
    ...section('Quotes', quotes.length, quotes),
    ...section('Claims', claims.length, claims),
    ...section('Places', places.length, places),
    ...section('Times', times.length, times),
  ].join('\n');
}
