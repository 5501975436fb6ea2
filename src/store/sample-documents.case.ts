/**
 * Hand-built coded documents with every kind of item, for the store contract suite and
 * the CLI tests: the pipeline's stages may still find little, the store must keep all.
 */
import { type ArticleId, articleId } from '../core/article.js';
import { actorCode, cameoCode } from '../core/codes.js';
import type { CodedDocument, CodedEvent, EventActor, Sentence, Token } from '../core/document.js';
import { dictionary, library, rule } from '../core/source.js';
import type { Span } from '../core/span.js';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when absent, to catch typos. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return { start: at, end: at + needle.length };
}

const LEMMAS = new Map([
  ['condemned', 'condemn'],
  ['said', 'say'],
  ['told', 'tell'],
  ['were', 'be'],
]);
const WORD = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Sentences split at `. ` and tokens that are runs of letters or digits, or single symbols. */
function segmentSimply(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const bounds: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["\u201d]?(?=\s|$)/g)) {
    const end = m.index + m[0].length;
    bounds.push({ start, end });
    start = end + 1;
  }
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = { start: m.index, end: m.index + m[0].length };
    const sentence = Math.max(
      0,
      bounds.findIndex((b) => b.start <= s.start && s.end <= b.end),
    );
    // Curly quotes straightened, as the segment stage does, and a few verbs lemmatised.
    const normal = m[0]
      .toLowerCase()
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\u2019/g, "'");
    tokens.push({
      index: tokens.length,
      span: s,
      text: m[0],
      pos: /\p{L}/u.test(m[0]) ? 'NOUN' : 'PUNCT',
      lemma: LEMMAS.get(normal) ?? normal,
      normal,
      sentence,
    });
  }
  const sentences = bounds.map((span, index) => {
    const inside = tokens.filter((t) => t.sentence === index);
    const firstToken = inside[0]?.index ?? 0;
    return { index, span, text: text.slice(span.start, span.end), firstToken, endToken: firstToken + inside.length };
  });
  return { sentences, tokens };
}

/** An event party named by the `nth` occurrence of `name` in `text`. */
export function party(text: string, name: string, actorId: string | null, code: string | null, nth = 0): EventActor {
  return { actorId, name, code: code === null ? null : actorCode(code), span: spanOf(text, name, nth) };
}

const OSLO_TEXT =
  "OSLO, March 3 \u2014 Norway's foreign minister Espen Barth Eide on Monday condemned Russia over the missile strike on Odesa. " +
  '\u201cThis attack on civilians is unacceptable,\u201d he told reporters. ' +
  'Ukraine said at least 12 people were killed. ' +
  'Norway gave 7 billion kroner in aid to Ukraine in 2024.';

/** A dated article with every item kind: actors, mentions, times, places, quotes, events, claims. */
export function osloDocument(): CodedDocument {
  const t = OSLO_TEXT;
  const at = (needle: string, nth = 0) => ({ span: spanOf(t, needle, nth), text: needle });
  const sentenceOf = (needle: string, nth = 0) => {
    const s = spanOf(t, needle, nth);
    const i = segmentSimply(t).sentences.findIndex((x) => x.span.start <= s.start && s.end <= x.span.end);
    return i;
  };
  const mention = (id: string, needle: string, actorId: string, nth = 0) => {
    const s = spanOf(t, needle, nth);
    const { tokens } = segmentSimply(t);
    const first = tokens.findIndex((k) => k.span.start === s.start);
    const end = tokens.findIndex((k) => k.span.start >= s.end);
    return {
      id,
      ...at(needle, nth),
      sentence: sentenceOf(needle, nth),
      firstToken: first,
      endToken: end < 0 ? tokens.length : end,
      actorId,
    };
  };
  const eide = party(t, 'Espen Barth Eide', 'a2', 'NORGOV');
  const ukraine = party(t, 'Ukraine', 'a3', 'UKR');
  return {
    id: articleId('oslo-2025-03-03'),
    date: '2025-03-03',
    title: 'Norway condemns strike on Odesa',
    url: 'https://news.example.org/oslo-odesa',
    text: t,
    origin: 'fixtures/oslo.jsonl:1',
    ...segmentSimply(t),
    mentions: [
      { ...mention('m1', 'Norway', 'a1'), form: 'name', source: dictionary('actors', 'NORWAY') },
      {
        ...mention('m2', 'Espen Barth Eide', 'a2'),
        form: 'name',
        role: 'foreign minister',
        source: rule('person-role'),
      },
      { ...mention('m3', 'Russia', 'a4'), form: 'name', metonym: false, source: dictionary('actors', 'RUSSIA') },
      { ...mention('m4', 'he', 'a2', 1), form: 'pronoun', source: rule('coref-pronoun') },
      { ...mention('m5', 'Ukraine', 'a3'), form: 'name', metonym: true, source: dictionary('actors', 'UKRAINE') },
      { ...mention('m6', 'Norway', 'a1', 1), form: 'name', source: dictionary('actors', 'NORWAY') },
    ],
    actors: [
      {
        id: 'a1',
        name: 'Norway',
        type: 'country',
        code: actorCode('NOR'),
        mentions: ['m1', 'm6'],
        source: dictionary('actors', 'NORWAY'),
      },
      {
        id: 'a2',
        name: 'Espen Barth Eide',
        type: 'person',
        code: actorCode('NORGOV'),
        mentions: ['m2', 'm4'],
        source: rule('person-role'),
      },
      {
        id: 'a3',
        name: 'Ukraine',
        type: 'government',
        code: actorCode('UKR'),
        mentions: ['m5'],
        source: dictionary('actors', 'UKRAINE'),
      },
      { id: 'a4', name: 'Russia', type: 'country', code: null, mentions: ['m3'], source: rule('unknown-country') },
    ],
    times: [
      {
        id: 't1',
        ...at('March 3'),
        value: '2025-03-03',
        granularity: 'day',
        type: 'date',
        sentence: 0,
        source: library('chrono-node', 'ENMonthNameParser'),
      },
      {
        id: 't2',
        ...at('Monday'),
        value: '2025-03-03',
        granularity: 'day',
        type: 'date',
        sentence: 0,
        source: rule('weekday-publication'),
      },
      {
        id: 't3',
        ...at('2024'),
        value: '2024',
        granularity: 'year',
        type: 'date',
        sentence: 3,
        source: library('chrono-node'),
      },
    ],
    places: [
      {
        id: 'p1',
        name: 'Oslo',
        country: 'NOR',
        lat: 59.9139,
        lon: 10.7522,
        featureKind: 'capital',
        mentions: [{ ...at('OSLO'), sentence: 0, metonym: false }],
        source: dictionary('cities', 'Oslo'),
      },
      {
        id: 'p2',
        name: 'Odesa',
        country: 'UKR',
        admin1: 'Odesa Oblast',
        lat: 46.4825,
        lon: 30.7233,
        featureKind: 'city',
        mentions: [{ ...at('Odesa'), sentence: 0 }],
        source: dictionary('cities', 'Odesa'),
      },
    ],
    quotes: [
      {
        id: 'q1',
        ...at('This attack on civilians is unacceptable,'),
        kind: 'direct',
        cue: at('told reporters'),
        speaker: { ...eide, span: spanOf(t, 'he', 1) },
        source: rule('quote-direct'),
      },
      {
        id: 'q2',
        ...at('at least 12 people were killed'),
        kind: 'indirect',
        cue: at('said'),
        speaker: ukraine,
        source: rule('quote-indirect'),
      },
      { id: 'q3', ...at('unacceptable'), kind: 'partial', cue: null, speaker: null, source: rule('quote-partial') },
    ],
    events: [
      event({
        id: 'e1',
        code: '111',
        name: 'Criticize or denounce',
        goldstein: -2,
        quadClass: 3,
        plover: 'ACCUSE',
        source: eide,
        target: party(t, 'Russia', 'a4', null),
        ...at('condemned'),
        sentence: spanOf(t, t.slice(0, t.indexOf('Odesa.') + 6)),
        sentenceIndex: 0,
        date: '2025-03-03',
        dateGranularity: 'day',
        dateSource: 'expression',
        location: { placeId: 'p2', name: 'Odesa', country: 'UKR', lat: 46.4825, lon: 30.7233 },
        provenance: dictionary('verbs', 'CONDEMN'),
      }),
      event({
        id: 'e2',
        code: '010',
        name: 'Make statement',
        goldstein: 0,
        quadClass: 1,
        source: ukraine,
        target: null,
        ...at('said'),
        sentence: spanOf(t, 'Ukraine said at least 12 people were killed.'),
        sentenceIndex: 2,
        date: null,
        dateGranularity: 'unknown',
        dateSource: 'none',
        future: false,
        location: null,
        quoteId: 'q2',
        provenance: rule('said-statement'),
      }),
    ],
    claims: [
      {
        id: 'c1',
        ...at('at least 12 people'),
        value: 12,
        unit: 'people',
        qualifier: 'at least',
        claimant: ukraine,
        quoteId: 'q2',
        source: rule('claim-count'),
      },
      {
        id: 'c2',
        ...at('7 billion kroner'),
        value: 7e9,
        unit: 'NOK',
        qualifier: null,
        period: '2024',
        claimant: null,
        source: rule('claim-money'),
      },
    ],
  };
}

/** Checks the event's codes on the way in. */
function event(e: Omit<CodedEvent, 'code'> & { code: string }): CodedEvent {
  return { ...e, code: cameoCode(e.code) };
}

/** A small document with one event between two countries, for the query filters. */
export function smallDocument(opts: {
  id: string;
  date: string | null;
  text: string;
  source: readonly [string, string];
  target: readonly [string, string];
  verb: string;
  code: string;
  name: string;
}): CodedDocument {
  const { text } = opts;
  const [sourceName, sourceCode] = opts.source;
  const [targetName, targetCode] = opts.target;
  const sentence = { start: 0, end: text.length };
  return {
    id: articleId(opts.id) as ArticleId,
    date: opts.date,
    text,
    ...segmentSimply(text),
    mentions: [],
    actors: [],
    times: [],
    places: [],
    quotes: [],
    events: [
      event({
        id: 'e1',
        code: opts.code,
        name: opts.name,
        goldstein: 3.4,
        quadClass: 1,
        source: party(text, sourceName, null, sourceCode),
        target: party(text, targetName, null, targetCode),
        ...{ span: spanOf(text, opts.verb), text: opts.verb },
        sentence,
        sentenceIndex: 0,
        date: opts.date,
        dateGranularity: opts.date === null ? 'unknown' : 'day',
        dateSource: opts.date === null ? 'none' : 'publication',
        location: null,
        provenance: rule('test'),
      }),
    ],
    claims: [],
  };
}

/** Tokyo praises India (2024-11-20): code 051, source JPN, target IND. */
export const tokyoDocument = (): CodedDocument =>
  smallDocument({
    id: 'tokyo-2024-11-20',
    date: '2024-11-20',
    text: 'Japan praised India on Wednesday for its help after the storm \u{1F30A}.',
    source: ['Japan', 'JPN'],
    target: ['India', 'IND'],
    verb: 'praised',
    code: '051',
    name: 'Praise or endorse',
  });
