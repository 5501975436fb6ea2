import { describe, expect, it } from 'vitest';
import type { Quote } from '../core/document.js';
import { rule } from '../core/source.js';
import { classReport, emptyCounts, goldOf, pairOf, scoreArticle, speakerRight } from './quotes.js';

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
    const counts = emptyCounts();
    scoreArticle(
      [quote(1, 12, [0, 0, 'Lopez']), quote(41, 58, null, 'indirect'), quote(70, 80, null)],
      gold,
      counts,
      text,
    );
    expect(counts.all).toMatchObject({ predicted: 3, gold: 2, hit: 2, goldFound: 2, matchedRight: 1, goldRight: 1 });
    expect(counts.direct).toMatchObject({ predicted: 2, gold: 1, hit: 1, goldFound: 1, matched: 1, goldRight: 1 });
    expect(counts.indirect).toMatchObject({ predicted: 1, gold: 1, hit: 1, goldFound: 1, matchedRight: 0 });
    const all = classReport(counts.all);
    expect([all.content.precision, all.content.recall]).toEqual([2 / 3, 1]);
    expect([all.attribution.precision, all.attribution.recall]).toEqual([1 / 3, 1 / 2]);
  });

  it('accepts the antecedent of a relative pronoun as the speaker', () => {
    const t = 'Trump, who said the vote was rigged, left.';
    const g = {
      source: [{ start: 7, end: 10, text: 'who' }],
      cue: [],
      content: [{ start: 16, end: 35 }],
      direct: false,
    };
    expect(speakerRight(quote(16, 35, [0, 5, 'Donald Trump'], 'indirect'), g, t)).toBe(true);
    expect(speakerRight(quote(16, 35, [36, 40, 'left'], 'indirect'), g, t)).toBe(false);
  });

  it('matches a possessive source by its name', () => {
    const g = {
      source: [{ start: 0, end: 9, text: 'Clinton’s' }],
      cue: [],
      content: [{ start: 20, end: 40 }],
      direct: false,
    };
    expect(speakerRight(quote(20, 40, [50, 52, 'Hillary Clinton'], 'indirect'), g, '')).toBe(true);
    expect(speakerRight(quote(20, 40, [50, 52, 'Sanders'], 'indirect'), g, '')).toBe(false);
  });

  it('pairs a quote with the attribution whose cue it shares', () => {
    const inner = { source: [], cue: [{ start: 20, end: 28 }], content: [{ start: 29, end: 50 }], direct: false };
    const outer = { source: [], cue: [{ start: 5, end: 9 }], content: [{ start: 10, end: 50 }], direct: false };
    const q = { ...quote(29, 50, null, 'indirect'), cue: { span: { start: 20, end: 28 }, text: 'believes' } };
    expect(pairOf(q, [outer, inner])).toBe(inner);
  });

  it('counts doubled apostrophes as quotation marks', () => {
    const t = "''We will win,'' she said.";
    const r = { annotations: [{ attributions: [{ source: [], cue: [], content: [{ start: 0, end: 16 }] }] }] };
    expect(goldOf(r, t)?.[0]?.direct).toBe(true);
  });
});
