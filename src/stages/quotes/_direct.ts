/**
 * Quoted regions → quotes. A region that starts its sentence (or follows a colon or
 * "he said,") is direct; one inside a sentence is partial ("a “flagrant betrayal”").
 * Rules, in order: cue after a direct quote, cue before, continuation of the
 * previous quote's speaker (same or previous paragraph, or a quote left open), and for
 * a partial quote with no cue of its own, whoever its sentence attributes speech to.
 */

import type { Quote, QuoteKind, Speaker } from '../../core/document.js';
import { lowerBound, tokenAtOrAfter } from '../../core/search.js';
import { rule } from '../../core/source.js';
import { type Attribution, attributeAfter, attributeBefore, type Setting } from './_attribute.js';
import { type Cue, purposeInfinitive } from './_cues.js';
import { paragraphs, type QuoteRegion } from './_marks.js';
import { nameEndingAt } from './_names.js';
import { fromMention, mentionsIn, type SpeakerScope, speakerBefore } from './_speaker.js';

const SENTENCE_START = /(?:^|[.?!:](?:["”’)]|'')?\s+|(?:[“"]|'')\s*)$/;
const NEW_SUBJECT = /[;]|\b(?:which|who|whom|whose|where|while|but)\b/i;
const CUE_COMMA = /\b(?:said|says|told \w+|added|asked|wrote|declared|stated|explained|replied|continued)\s*,\s*$/i;

function kindOf(text: string, r: QuoteRegion, paragraphStart: number): QuoteKind {
  if (r.depth > 0) return 'partial';
  const words = text.slice(r.start, r.end).split(/\s+/).length;
  if (r.continues) return 'direct';
  const before = text.slice(Math.max(paragraphStart, r.open - 80), r.open);
  const direct = before.trim() === '' || SENTENCE_START.test(before) || CUE_COMMA.test(before) || /:\s*$/.test(before);
  return direct && words >= 3 ? 'direct' : 'partial';
}

/** The last quote done with a speaker, the last direct one, and per sentence the last with a speaker and a cue. */
interface Last {
  speaker: Done | undefined;
  direct: Done | undefined;
  readonly cued: Map<number, Done>;
}

/** Index of the paragraph holding the offset; -1 when none. */
function paragraphIndex(paras: readonly (readonly [number, number])[], offset: number): number {
  const lo = lowerBound(paras.length, (k) => (paras[k]?.[0] ?? 0) <= offset);
  const p = paras[lo - 1];
  return p && offset < p[1] ? lo - 1 : -1;
}

interface Done {
  readonly quote: Quote;
  readonly sentence: number;
  readonly paragraph: number;
  readonly region: QuoteRegion;
}

/** Start of the attribution window: the paragraph, the sentence, or the close of the last quote closed before it. */
function lowBound(scope: SpeakerScope, r: QuoteRegion, paragraph: readonly [number, number], previousClose: number) {
  const sentence = scope.doc.sentences[scope.find.sentenceAt(r.open)];
  return Math.max(paragraph[0], previousClose, Math.min(sentence?.span.start ?? paragraph[0], r.open));
}

/**
 * For each region (sorted by opening mark), the close of the last region before it in
 * order that closes at or before its opening mark (0 when none). A region closing before
 * another opens also opens before it, so one sweep by close finds them all.
 */
function previousCloses(regions: readonly QuoteRegion[]): number[] {
  const byClose = regions.map((_, i) => i).sort((a, b) => (regions[a]?.close ?? 0) - (regions[b]?.close ?? 0));
  const out: number[] = [];
  let k = 0;
  let last = -1;
  regions.forEach((r) => {
    while (k < byClose.length && (regions[byClose[k] ?? 0]?.close ?? 0) <= r.open)
      last = Math.max(last, byClose[k++] ?? -1);
    out.push(regions[last]?.close ?? 0);
  });
  return out;
}

/** For each region, the first depth-0 region after it that opens later (its next quote), or undefined. */
function nextQuotes(regions: readonly QuoteRegion[]): (QuoteRegion | undefined)[] {
  const out: (QuoteRegion | undefined)[] = new Array(regions.length);
  let next: QuoteRegion | undefined;
  let i = regions.length - 1;
  // Regions sharing an opening mark share the answer: the first depth-0 region past all of them.
  while (i >= 0) {
    let j = i;
    while (j > 0 && regions[j - 1]?.open === regions[i]?.open) j--;
    for (let k = j; k <= i; k++) out[k] = next;
    for (let k = i; k >= j; k--) if (regions[k]?.depth === 0) next = regions[k];
    i = j - 1;
  }
  return out;
}

/** For each region, the first earlier region (in order) that opens before it and closes at or after its close. */
function outerRegions(regions: readonly QuoteRegion[]): (number | undefined)[] {
  const maxClose: number[] = [];
  for (const r of regions) maxClose.push(Math.max(maxClose.at(-1) ?? Number.NEGATIVE_INFINITY, r.close));
  return regions.map((r) => {
    // Regions opening before r come first (sorted by opening mark); the first closing at or after r.close.
    const lo = lowerBound(regions.length, (k) => (maxClose[k] ?? 0) < r.close);
    return lo < regions.length && (regions[lo]?.open ?? 0) < r.open ? lo : undefined;
  });
}

function attribute(scope: SpeakerScope, r: QuoteRegion, kind: QuoteKind, at: Setting): Attribution | null {
  const text = scope.doc.text;
  const endsClause = /[,?!]/.test(text.slice(r.end, r.close)) || /[?!]$/.test(text.slice(r.start, r.end));
  if (kind === 'direct' || endsClause) {
    const after = attributeAfter(scope, r, at);
    if (after) return after;
  }
  return attributeBefore(scope, r, at);
}

/** Quotes for every quoted region, with their cues and speakers. */
export function directQuotes(scope: SpeakerScope, regions: readonly QuoteRegion[]): Quote[] {
  const text = scope.doc.text;
  const paras = paragraphs(text);
  const done: Done[] = [];
  // Facts about each region's neighbours, computed once (regions are sorted by opening mark).
  const closes = previousCloses(regions);
  const nexts = nextQuotes(regions);
  const outers = outerRegions(regions);
  const last: Last = { speaker: undefined, direct: undefined, cued: new Map() };
  regions.forEach((r, index) => {
    const p = paragraphIndex(paras, r.open);
    const paragraph = paras[p] ?? [0, text.length];
    const kind = kindOf(text, r, paragraph[0]);
    const previous = last.speaker;
    const next = nexts[index];
    const lead = colonLead(text, r, paras, p);
    const at: Setting = {
      paragraph: { start: lead ?? paragraph[0], end: paragraph[1] },
      lo: lead ?? lowBound(scope, r, paragraph, closes[index] ?? 0),
      hi: Math.min(paragraph[1], next?.open ?? paragraph[1]),
      previous: previous?.quote.speaker ?? null,
    };
    const found = r.depth > 0 ? null : (attribute(scope, r, kind, at) ?? colonSpeaker(scope, r, at));
    const sentence = scope.find.sentenceAt(r.open);
    // A nested quote is spoken by whoever quotes it: the speaker of the quote around it.
    const outer = done[outers[index] ?? -1];
    const inherited = found
      ? null
      : r.depth > 0
        ? (outer?.quote.speaker ?? null)
        : inherit(kind, p, sentence, last, (d) => text.slice(d.region.close, r.open));
    const cue = found?.cue ? { span: spanOf(scope, found.cue), text: textOf(scope, found.cue) } : null;
    const subject = found || inherited || kind !== 'partial' || r.depth > 0 ? null : verbSubject(scope, r, at);
    const speaker: Speaker | null = found?.speaker ?? inherited ?? subject;
    const id = found
      ? `quote-${kind}`
      : inherited
        ? 'quote-continued'
        : subject
          ? 'quote-partial-subject'
          : r.depth > 0
            ? 'quote-nested'
            : `quote-${kind}`;
    const quote: Quote = {
      id: '',
      span: { start: r.start, end: r.end },
      text: text.slice(r.start, r.end),
      kind,
      cue,
      speaker,
      source: rule(id),
    };
    const entry: Done = { quote, paragraph: p, sentence, region: r };
    done.push(entry);
    if (quote.speaker !== null) last.speaker = entry;
    if (kind === 'direct') last.direct = entry;
    if (quote.speaker && quote.cue) last.cued.set(sentence, entry);
  });
  // "appeared on “Meet the Press”": a title-case phrase no cue introduces names a work or show, not speech.
  return done.map((d) => d.quote).filter((q) => q.kind !== 'partial' || q.cue !== null || !isTitle(q.text));
}

const MINOR_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|as|is|be|vs\.?)$/i;

/** True for a title-case phrase ("Meet the Press", "Hail, Caesar!", "The Art of the Deal"). */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => MINOR_WORD.test(w) || /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** Start of the previous paragraph when it ends with a colon and this quote opens its own ("Cruz continued:"). */
function colonLead(text: string, r: QuoteRegion, paras: readonly [number, number][], p: number): number | null {
  const previous = paras[p - 1];
  const own = paras[p];
  if (!previous || !own || r.open !== own[0]) return null;
  return /:\s*$/.test(text.slice(previous[0], previous[1])) ? previous[0] : null;
}

/** "pollster Daron Shaw: “…”": with no cue, the name right before a colon speaks. */
function colonSpeaker(scope: SpeakerScope, r: QuoteRegion, at: Setting): Attribution | null {
  const tokens = scope.doc.tokens;
  const colon = tokenAtOrAfter(tokens, r.open) - 1;
  const mark = tokens[colon];
  if (mark?.text !== ':' || mark.span.start < at.lo || r.open - mark.span.end > 3) return null;
  const before = tokens[colon - 1];
  const mention = before
    ? mentionsIn(scope, at.lo, before.span.end).find((m) => m.span.end === before.span.end)
    : undefined;
  const speaker = mention ? fromMention(scope, mention) : nameEndingAt(scope, colon - 1);
  if (speaker) return { cue: null, speaker };
  // "Article 33 affirms: “…”", "He sighed: “…”": the subject of the clause the colon ends.
  let verb = colon - 1;
  while (verb > 0 && (tokens[verb - 1]?.span.start ?? -1) >= at.lo && tokens[verb - 1]?.pos !== 'PUNCT') verb--;
  while (verb < colon && tokens[verb]?.pos !== 'VERB' && tokens[verb]?.pos !== 'AUX') verb++;
  const subject = verb < colon ? speakerBefore(scope, verb, at.lo, at.paragraph.start, at.previous) : null;
  if (!subject) return null;
  return { cue: tokens[verb]?.pos === 'VERB' ? { first: verb, end: verb + 1, kind: 'verb' } : null, speaker: subject };
}

/**
 * A direct quote with no cue continues the last direct quote of this or the previous
 * paragraph; a partial one takes the speaker of an earlier quote in its sentence.
 */
function inherit(
  kind: QuoteKind,
  p: number,
  sentence: number,
  last: Last,
  between: (d: Done) => string,
): Speaker | null {
  if (kind !== 'direct') {
    const same = last.cued.get(sentence);
    // A relative clause in between ("…, which China calls “Xinjiang”") has its own subject.
    return same && !NEW_SUBJECT.test(between(same)) ? same.quote.speaker : null;
  }
  const direct = last.direct;
  if (!direct || p - direct.paragraph > 1) return null;
  return direct.quote.speaker;
}

function spanOf(scope: SpeakerScope, cue: Cue) {
  const tokens = scope.doc.tokens;
  return { start: tokens[cue.first]?.span.start ?? 0, end: tokens[cue.end - 1]?.span.end ?? 0 };
}

function textOf(scope: SpeakerScope, cue: Cue): string {
  const s = spanOf(scope, cue);
  return scope.doc.text.slice(s.start, s.end);
}

/**
 * "Trump would denounce “self-deportation”": a partial quote with no cue of its own is
 * the phrase of the subject of the verb before it (PolNeAR gives such phrases to the subject;
 * not an infinitive of purpose), when that subject is a mention or a name; null otherwise (a scare quote).
 */
function verbSubject(scope: SpeakerScope, r: QuoteRegion, at: Setting): Speaker | null {
  const tokens = scope.doc.tokens;
  const sentence = scope.doc.sentences[scope.find.sentenceAt(r.open)];
  if (!sentence) return null;
  for (let j = tokenAtOrAfter(tokens, r.open) - 1; j >= sentence.firstToken; j--) {
    const t = tokens[j];
    if (!t || scope.quoted(t.span.start)) continue;
    if (t.pos !== 'VERB') continue;
    if (purposeInfinitive(tokens, j)) return null;
    const speaker = speakerBefore(scope, j, sentence.span.start, at.paragraph.start, null);
    const m = speaker && scope.find.mentionStartsAt(speaker.span.start);
    return m || (speaker && /^\p{Lu}/u.test(speaker.name)) ? speaker : null;
  }
  return null;
}
