import { describe, expect, it } from 'vitest';
import { type ConflibertCase, scoreConflibert } from './_conflibert-score.js';

const sentence = (over: Partial<ConflibertCase>): ConflibertCase => ({
  id: 'x',
  text: 'NAIROBI, Kenya (AP) -- The opposition accused the government of fraud and threatened protests.',
  relevant: true,
  majorityRoots: ['11', '13'],
  votedRoots: ['09', '11', '12', '13'],
  predictedRoots: [],
  ...over,
});

describe('scoreConflibert', () => {
  const report = scoreConflibert([
    sentence({ id: 'a', predictedRoots: ['11', '11', '12'] }),
    sentence({ id: 'b', majorityRoots: [], predictedRoots: ['01'] }),
    sentence({ id: 'c', relevant: false, majorityRoots: [], votedRoots: [], predictedRoots: [] }),
    sentence({ id: 'd', relevant: false, majorityRoots: [], votedRoots: [], predictedRoots: ['04'] }),
  ]);

  it('compares roots as a set per sentence with the majority', () => {
    expect(report.withMajority).toBe(1);
    expect(report.majority).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.disagreements).toEqual([{ id: 'a', text: expect.any(String), missing: ['13'], extra: ['12'] }]);
  });

  it('counts roots some coder gave, over all relevant sentences', () => {
    // a: 11 yes, 12 yes; b: 01 no.
    expect(report.anyCoderPrecision).toBeCloseTo(2 / 3);
    expect(report.relevantCoded).toBe(2);
  });

  it('counts irrelevant sentences left uncoded', () => {
    expect(report.irrelevant).toBe(2);
    expect(report.irrelevantClean).toBe(1);
  });
});
