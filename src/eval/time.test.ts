import { describe, expect, it } from 'vitest';
import { createContext } from '../context.js';
import { scoreDocument, scoreRecord, type TimexItem, timeReport } from './time.js';

const item = (start: number, end: number, value: string, type = 'date'): TimexItem => ({
  span: { start, end },
  text: '',
  value,
  type,
});

describe('time scorer', () => {
  it('matches exact spans strictly and overlapping spans relaxedly, one to one', () => {
    const gold = [item(0, 9, '2024-01-03'), item(20, 30, '2018'), item(40, 45, 'P3Y', 'duration')];
    const predicted = [item(0, 9, '2024-01-03'), item(17, 30, '2017'), item(60, 64, 'PAST_REF')];
    const s = scoreDocument(gold, predicted);
    expect([s.strict, s.relaxed, s.values, s.types]).toEqual([1, 2, 1, 2]);
    const r = timeReport([s]);
    expect([r.strict.tp, r.strict.fp, r.strict.fn]).toEqual([1, 2, 2]);
    expect([r.relaxed.tp, r.relaxed.fp, r.relaxed.fn]).toEqual([2, 1, 1]);
    expect(r.valueAccuracy).toBe(0.5);
    expect([r.value.tp, r.value.fp, r.value.fn]).toEqual([1, 2, 2]);
    expect(r.wrongValues).toEqual([': 2018 → 2017']);
  });

  it('scores a TempEval-style record written by us, against its DCT', () => {
    const text = 'The envoy met party leaders Wednesday and left in 2018.';
    const record = {
      id: 'ours/1',
      dct: '2024-01-05',
      text,
      timexes: [
        { start: 28, end: 37, text: 'Wednesday', type: 'DATE', value: '2024-01-03' },
        { start: 50, end: 54, text: '2018', type: 'DATE', value: '2018' },
      ],
    };
    const s = scoreRecord(record, createContext());
    expect(s && [s.strict, s.values, s.predicted]).toEqual([2, 2, 2]);
  });

  it('rejects a line that is not a record', () => {
    expect(scoreRecord({ id: 'x' }, createContext())).toBeNull();
  });
});
