import { describe, expect, it } from 'vitest';
import { type CameoCase, countryAgreement, matchCase, scoreCameo, tripleKey } from './_cameo-score.js';

const t = (source: string | null, target: string | null, code: string) => ({ source, target, code });

// "Chinese police detained two Uyghur activists on Friday, state media said."
const detained: CameoCase = {
  id: 'a',
  text: 'Chinese police detained two Uyghur activists on Friday.',
  gold: [t('CHNCOP', 'CHNOPP', '173')],
  predicted: [t('CHNGOV', 'CHNOPP', '173')],
};
// "The OIC condemned the raid and urged Beijing to release them."
const condemned: CameoCase = {
  id: 'b',
  text: 'The OIC condemned the raid and urged Beijing to release them.',
  gold: [t('IGOMOSOIC', 'CHNGOV', '111'), t('IGOMOSOIC', 'CHNGOV', '1041')],
  predicted: [t('IGOMOSOIC', 'CHN', '112'), t('IGOMOSOIC', 'USA', '042')],
};
// "Officials said the summit was postponed." — no event may be coded.
const quiet: CameoCase = { id: 'c', text: 'Officials said the summit was postponed.', gold: [], predicted: [] };

describe('tripleKey', () => {
  it.each([
    ['root', 'CHN CHN 17'],
    ['code', 'CHN CHN 173'],
    ['exact', 'CHNCOP CHNOPP 173'],
    ['rootOnly', '17'],
  ] as const)('keys at %s level', (level, key) => {
    expect(tripleKey(t('CHNCOP', 'CHNOPP', '173'), level)).toBe(key);
  });

  it('writes a missing target as ---', () => {
    expect(tripleKey(t('USAGOV', null, '190'), 'exact')).toBe('USAGOV --- 190');
    expect(tripleKey(t('USAGOV', '---', '190'), 'root')).toBe('USA --- 19');
  });
});

describe('matchCase', () => {
  it('counts a role mistake as right at country level, wrong at exact level', () => {
    expect(matchCase(detained, 'root')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(matchCase(detained, 'exact')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('lists what is missing and what is extra', () => {
    const m = matchCase(condemned, 'root');
    expect(m.tp).toBe(1);
    expect(m.missing).toEqual(['IGO CHN 10']);
    expect(m.extra).toEqual(['IGO USA 04']);
  });
});

describe('countryAgreement', () => {
  it('pairs events by root and checks both countries', () => {
    expect(countryAgreement(condemned)).toEqual({ pairs: 1, source: 1, target: 1, both: 1 });
    const wrongTarget: CameoCase = { ...detained, predicted: [t('CHNCOP', 'USA', '173')] };
    expect(countryAgreement(wrongTarget)).toEqual({ pairs: 1, source: 1, target: 0, both: 0 });
  });
});

describe('scoreCameo', () => {
  const report = scoreCameo([detained, condemned, quiet]);

  it('sums counts over records', () => {
    expect(report.levels.root).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.levels.root.precision).toBeCloseTo(2 / 3);
    expect(report.levels.code).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(report.levels.rootOnly).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('counts no-event records coded clean', () => {
    expect(report.noEventRecords).toBe(1);
    expect(report.noEventClean).toBe(1);
    expect(scoreCameo([{ ...quiet, predicted: [t('USA', null, '010')] }]).noEventClean).toBe(0);
  });

  it('lists failures at root level only', () => {
    expect(report.failures.map((f) => f.id)).toEqual(['b']);
  });
});
