/**
 * @module events
 * Codes CAMEO events: who did what to whom. Per sentence: discards, a view with actor slots
 * and short asides deleted, clauses, then verb patterns (see `_code.ts`); events are then
 * dated, placed, tied to quotes, and deduplicated within the sentence.
 */

import type { Context } from '../../context.js';
import type {
  Actor,
  CodedEvent,
  Mention,
  Placed,
  Quote,
  Quoted,
  Segmented,
  Timed,
  WithActors,
  WithEvents,
} from '../../core/document.js';
import { lowerBound } from '../../core/search.js';
import type { DiscardEntry } from '../../dictionaries/types.js';
import { sentenceWords, verbLike, type Word } from '../mentions/words.js';
import { buildEvent } from './_build.js';
import { codeView, type RawEvent, type Speaker } from './_code.js';
import { type Lookup, lookup } from './_lookup.js';
import { sameAct, specificity } from './_same-act.js';
import { statementOf } from './_statement.js';
import { verbIndex } from './_verbs.js';
import { buildView, type View } from './_view.js';

function hasPhrase(words: readonly Word[], entries: readonly DiscardEntry[]): boolean {
  for (const e of entries) {
    const n = e.phrase.length;
    for (let i = 0; n > 0 && i + n <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = words[i + k]?.normal === e.phrase[k]?.toLowerCase();
      if (ok) return true;
    }
  }
  return false;
}

/** A dateline ("CEBU CITY: --"): a run of capitalised words and a colon opening the text. */
function isDateline(words: readonly Word[], text: string): boolean {
  const colon = words.findIndex((w) => w.normal === ':');
  if (colon < 1 || colon > 4) return false;
  const head = text.slice(0, text.indexOf(':'));
  return head === head.toUpperCase() && /[A-Z]/.test(head) && words[colon + 1]?.normal.startsWith('-') === true;
}

const DATELINE_END = new Set(['--', '—', '–', '-', ':', '|']);

/**
 * "GAZA CITY, Palestinian Territories: Four children ...", "TAIPEI: Taiwan prosecutors said
 * ...", "BAGHDAD, April 9 (Xinhua) -- ...": a dateline opening the story names where it was
 * filed, not an actor. Returns the first word after it, or -1: it starts with a word in capitals,
 * has no verb, and ends in a dash, colon or bar within 14 words; a bar within the first 8 words
 * ends a credit line ("Jane Doe, AFP | ...") whatever its case.
 */
function datelineEnd(words: readonly Word[]): number {
  // "Jane Doe, AFP | A member of ...": a credit line before a bar, in any case.
  const bar = words.findIndex((w, k) => k < 8 && w.normal === '|');
  if (bar > 0 && bar + 1 < words.length) return bar + 1;
  const head = words[0]?.text ?? '';
  if (!/^[A-Z][A-Z.'-]+$/.test(head)) return -1;
  for (let k = 1; k < Math.min(words.length - 1, 15); k++) {
    const w = words[k];
    if (!w || verbLike(words, k)) return -1;
    if (!DATELINE_END.has(w.normal)) continue;
    let next = k + 1;
    while (DATELINE_END.has(words[next]?.normal ?? '')) next++;
    return next < words.length ? next : -1;
  }
  return -1;
}

/** The coded speaker of the quote around a live word of a view. */
function speakerOf(at: Lookup, view: View): Speaker {
  return (verb) => {
    const first = view.live[verb]?.first;
    const quote = first === undefined ? undefined : at.quoteAt(first);
    const who = quote?.speaker;
    if (!who?.code || !who.actorId) return null;
    return { actorId: who.actorId, name: who.name, code: who.code, span: who.span, person: false };
  };
}

/**
 * "“The suffering of civilians cannot wait,” the minister told reporters": words inside a
 * direct quote are never the source of a verb outside it.
 */
function sourceQuotedAway(doc: Segmented, at: Lookup, view: View, raw: RawEvent): boolean {
  const first = raw.source.firstToken;
  const verb = view.live[raw.verb]?.first;
  if (first === undefined || verb === undefined) return false;
  const quote = at.quoteAt(first);
  const verbSpan = doc.tokens[verb]?.span;
  if (quote?.kind !== 'direct' || !verbSpan) return false;
  return !(quote.span.start <= verbSpan.start && verbSpan.end <= quote.span.end);
}

/** Quotes by the sentence their cue starts in (one pass over the quotes, a binary search each). */
function cuesBySentence(doc: Segmented & Quoted): Map<number, Quote[]> {
  const out = new Map<number, Quote[]>();
  const n = doc.sentences.length;
  for (const q of doc.quotes) {
    if (!q.cue) continue;
    const start = q.cue.span.start;
    const i = lowerBound(n, (k) => (doc.sentences[k]?.span.start ?? 0) <= start) - 1;
    const s = doc.sentences[i];
    if (!s || start >= s.span.end) continue;
    const list = out.get(i);
    if (list) list.push(q);
    else out.set(i, [q]);
  }
  return out;
}

/**
 * A state and its government are one party ("Germany expelled ..., German officials said":
 * DEU and DEUGOV); a group within a state's organisation is not ("GTMREL" priests and the
 * "GTMRELGOV" church officials reporting what was done to them).
 */
const stateOf = (code: string): string => (code.length === 6 && code.endsWith('GOV') ? code.slice(0, -3) : code);

/**
 * "Israel said it had struck ...", "the minister said he would send troops": a speaker who is a
 * party to an event the sentence reports (the same actor, or one of the same code or state: "the
 * Kenyan army said two Kenyan soldiers were killed") made that event or speaks for its side, not
 * a separate statement. A speaker reporting what others did ("the governor said two soldiers
 * were killed") made a statement.
 */
function partyTo(speaker: RawEvent['source'], events: readonly CodedEvent[]): boolean {
  if (speaker.actorId === null) return true;
  const party = (a: CodedEvent['source'] | null): boolean =>
    a !== null &&
    (a.actorId === speaker.actorId ||
      (a.code !== null && speaker.code !== null && stateOf(a.code) === stateOf(speaker.code)));
  return events.some((e) => party(e.source) || party(e.target));
}

/**
 * True when a statement adds nothing to the events its sentence coded: its speaker is a party to
 * one, or its verb is a participle ("ridiculed the plan, saying ...") that goes on the act before.
 */
function alongside(view: View, said: RawEvent, events: readonly CodedEvent[]): boolean {
  return partyTo(said.source, events) || (view.live[said.verb]?.normal.endsWith('ing') ?? false);
}

/** Codes CAMEO events: who did what to whom. */
export function codeEvents<D extends Segmented & WithActors & Timed & Placed & Quoted>(
  doc: D,
  ctx: Context,
): D & WithEvents {
  const index = verbIndex(ctx);
  const sentences = doc.sentences.map((s) => sentenceWords(doc.tokens, s));
  if (index.storyDiscards.length > 0 && sentences.some((w) => hasPhrase(w, index.storyDiscards)))
    return { ...doc, events: [] };
  const actors = new Map<string, Actor>(doc.actors.map((a) => [a.id, a]));
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const events: CodedEvent[] = [];
  const at = lookup(doc);
  const cued = cuesBySentence(doc);
  sentences.forEach((words, i) => {
    if (hasPhrase(words, index.sentenceDiscards)) return;
    if (i === 0 && isDateline(words, doc.sentences[0]?.text ?? '')) return;
    // A line ending in a colon introduces a list or a caption ("RELATED VIDEO — ...:").
    if (words[words.length - 1]?.normal === ':') return;
    const opening = i === 0 ? datelineEnd(words) : -1;
    const first = opening >= 0 ? (words[opening]?.first ?? 0) : -1;
    const mentions = (bySentence.get(i) ?? []).filter((m) => m.firstToken >= first);
    // An event needs a coded actor (a dyad needs two; a target-less event one).
    const span = doc.sentences[i]?.span;
    const speaks = span !== undefined && at.spokenIn(span);
    const codes = new Set(mentions.map((m) => actors.get(m.actorId)?.code ?? null));
    codes.delete(null);
    if (!speaks && codes.size === 0) return;
    const view = buildView(doc, i, mentions, actors, words);
    if (!view) return;
    const coded = codeView(view, index, speakerOf(at, view));
    const before = events.length;
    for (const raw of coded.events) {
      if (sourceQuotedAway(doc, at, view, raw)) continue;
      const same = sameAct(events.slice(before), raw);
      const old = same < 0 ? undefined : events[before + same];
      if (old !== undefined) {
        // The same act between the same parties: keep the more specific actors.
        if (specificity(raw) > specificity(old))
          events[before + same] = buildEvent(doc, at, view, coded.clauses, i, raw, old.id);
        continue;
      }
      events.push(buildEvent(doc, at, view, coded.clauses, i, raw, `e${events.length + 1}`));
    }
    const said = statementOf(doc, index, i, cued.get(i) ?? [], mentions, actors, words);
    if (said && events.length > before && alongside(said.view, said.raw, events.slice(before))) return;
    if (said) events.push(buildEvent(doc, at, said.view, said.clauses, i, said.raw, `e${events.length + 1}`));
  });
  return { ...doc, events };
}
