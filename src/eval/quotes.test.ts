import { describe, expect, it } from 'vitest';
import type { Quote } from '../core/document.js';
import { rule } from '../core/source.js';
import { goldOf, scoreArticle } from './quotes.js';

const quote = (
  start: number,
  end: number,
  speaker: [number, number, string] | null,
  kind: Quote['kind'] = 'direct',
): Quote => ({
  id: 'q',
  span: { start, end },
  text: '',
  kind,
  cue: { span: { start: 40, end: 44 }, text: 'said' },
  speaker: speaker
    ? { actorId: null, name: speaker[2], code: null, span: { start: speaker[0], end: speaker[1] } }
    : null,
  source: rule('test'),
});

describe('quotes scorer', () => {
  const text = '“We will win,” Maria Lopez said. He said the vote was fair.';
  const record = {
    text,
    annotations: [
      {
        attributions: [
          {
            source: [{ start: 15, end: 26, text: 'Maria Lopez' }],
            cue: [{ start: 27, end: 31, text: 'said' }],
            content: [{ start: 0, end: 14, text: '“We will win,”' }],
          },
          {
            source: [{ start: 33, end: 35, text: 'He' }],
            cue: [{ start: 36, end: 40, text: 'said' }],
            content: [{ start: 41, end: 58, text: 'the vote was fair' }],
          },
        ],
      },
    ],
  };

  it('reads the first annotator and marks content in quotation marks as direct', () => {
    const gold = goldOf(record, text);
    expect(gold?.map((g) => [g.direct, g.source[0]?.text])).toEqual([
      [true, 'Maria Lopez'],
      [false, 'He'],
    ]);
  });

  it('matches by content overlap and checks the speaker by span or last name', () => {
    const gold = goldOf(record, text) ?? [];
    const counts = {
      predicted: 0,
      predictedDirect: 0,
      gold: 0,
      goldDirect: 0,
      matched: 0,
      predictedDirectMatched: 0,
      goldFound: 0,
      goldDirectFound: 0,
      cues: 0,
      speakers: 0,
      pairsDirect: 0,
      speakersDirect: 0,
    };
    scoreArticle([quote(1, 12, [0, 0, 'Lopez']), quote(41, 58, null, 'indirect'), quote(70, 80, null)], gold, counts);
    expect(counts).toMatchObject({ predicted: 3, gold: 2, matched: 2, goldFound: 2, goldDirectFound: 1, speakers: 1 });
    expect([counts.pairsDirect, counts.speakersDirect]).toEqual([1, 1]);
  });
});
