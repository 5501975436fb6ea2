import { describe, expect, it } from 'vitest';
import { currentPloverType, goldCountry, type PloverCase, scorePlover, scorePloverCase } from './_plover-score.js';

// "Senior Hungarian officials denounced Romania's decision on Wednesday."
const denounced: PloverCase = {
  id: 'p1',
  text: "Senior Hungarian officials denounced Romania's decision on Wednesday.",
  type: 'DISAPPROVE',
  actors: ['HUN'],
  recipients: ['ROU'],
  predicted: [
    { plover: null, source: 'HUNGOV', target: null },
    { plover: 'ACCUSE', source: 'HUNGOV', target: 'ROUGOV' },
  ],
};
// "Japanese troops fired on rebels near the border."
const fired: PloverCase = {
  id: 'p2',
  text: 'Japanese troops fired on rebels near the border.',
  type: 'FIGHT',
  actors: ['JAP'],
  recipients: [],
  predicted: [{ plover: 'ASSAULT', source: 'USAMIL', target: null }],
};
const missed: PloverCase = { ...fired, id: 'p3', type: 'AGREE', predicted: [] };

describe('PLOVER version mapping', () => {
  it.each([
    ['DEMAND', 'REQUEST'],
    ['DISAPPROVE', 'ACCUSE'],
    ['INVESTIGATE', 'ACCUSE'],
    ['FIGHT', 'ASSAULT'],
    ['agree', 'AGREE'],
  ])('%s → %s', (gold, now) => {
    expect(currentPloverType(gold)).toBe(now);
  });

  it('fixes the hand-written gold country codes', () => {
    expect(goldCountry('JAP')).toBe('JPN');
    expect(goldCountry('USA')).toBe('USA');
  });
});

describe('scorePloverCase', () => {
  it('finds the event of the gold type and checks both actors', () => {
    expect(scorePloverCase(denounced)).toMatchObject({
      typeHit: true,
      firstHit: true,
      actorAgrees: true,
      recipientAgrees: true,
      predictedTypes: ['ACCUSE'],
    });
  });

  it('reports a wrong actor country and no recipient to judge', () => {
    expect(scorePloverCase(fired)).toMatchObject({ typeHit: true, actorAgrees: false, recipientAgrees: null });
  });
});

describe('scorePlover', () => {
  const report = scorePlover([denounced, fired, missed]);

  it('computes accuracies over records and agreement over hits', () => {
    expect(report.typeAccuracy).toBeCloseTo(2 / 3);
    expect(report.coded).toBe(2);
    expect(report.actorAgreement).toBeCloseTo(1 / 2);
    expect(report.recipientAgreement).toBe(1);
    expect(report.byType).toEqual({
      ACCUSE: { records: 1, hits: 1 },
      ASSAULT: { records: 1, hits: 1 },
      AGREE: { records: 1, hits: 0 },
    });
  });
});
