import { describe, expect, it } from 'vitest';
import { exactlyRight, matchCount, report, type ScoredRecord, score, type Triple } from './petrarch-score.js';

const t = (source: string, target: string, code: string): Triple => ({ source, target, code });

function rec(id: string, expected: Triple[], produced: Triple[], extra: Partial<ScoredRecord> = {}): ScoredRecord {
  return { id, category: 'DEMO', included: true, expected, produced, raised: false, ...extra };
}

describe('matchCount and exactlyRight', () => {
  it.each([
    ['one right of two', [t('ARN', 'GON', '064')], [t('ARN', 'GON', '064'), t('GON', 'ARN', '064')], 1, false],
    ['duplicates count once', [t('ARN', 'GON', '064')], [t('ARN', 'GON', '064'), t('ARN', 'GON', '064')], 1, true],
    ['a different code is wrong', [t('ETH', 'LBY', '1717')], [t('ETH', 'LBY', '161')], 0, false],
    ['nothing expected, nothing produced', [], [], 0, true],
    ['nothing expected, one produced', [], [t('ARN', 'GON', '064')], 0, false],
  ])('%s', (_label, expected, produced, matches, exact) => {
    expect(matchCount(expected, produced)).toBe(matches);
    expect(exactlyRight(expected, produced)).toBe(exact);
  });
});

describe('score', () => {
  it('computes precision, recall, F1 and the exact share over records', () => {
    const s = score([
      rec('DEMO-01', [t('ARN', 'GON', '064')], [t('ARN', 'GON', '064')]),
      rec(
        'DEMO-02',
        [t('DAGGOV', 'GON', '032'), t('GON', 'DAGGOV', '033')],
        [t('DAGGOV', 'GON', '032'), t('DAG', 'GON', '033')],
      ),
      rec('DISCARD-03', [], []),
    ]);
    expect(s).toMatchObject({ records: 3, expected: 3, produced: 3, correct: 2, exactRecords: 2, raised: 0 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.exact).toBeCloseTo(2 / 3);
  });

  it('never counts a record that raised as right, even with no gold events', () => {
    const s = score([rec('ERROR-01', [], [], { raised: true })]);
    expect(s).toMatchObject({ exactRecords: 0, raised: 1, precision: 0, recall: 0, f1: 0 });
  });
});

describe('report', () => {
  it('scores the Include subset apart and lists failures by category', () => {
    const r = report([
      rec('DEMO-01', [t('ARN', 'GON', '064')], [t('ARN', 'GON', '064')]),
      rec('SYNSET-01', [t('ARN', 'GON', '901')], [t('ARN', 'GON', '345')], { category: 'SYNSET' }),
      rec('AGENTS-18~2', [t('ARNELI', 'GONELI', '064')], [], { category: 'AGENTS', included: false }),
    ]);
    expect(r.all.records).toBe(3);
    expect(r.included.records).toBe(2);
    expect(r.byCategory.DEMO?.exact).toBe(1);
    expect(r.failures.DEMO).toBeUndefined();
    expect(r.failures.SYNSET).toEqual([{ id: 'SYNSET-01', expected: ['ARN GON 901'], produced: ['ARN GON 345'] }]);
    expect(r.failures.AGENTS?.[0]?.produced).toEqual([]);
  });
});
