import { describe, expect, it } from 'vitest';
import { cameoInfo } from '../../tables/cameo.js';
import { negatedCode } from './_negation.js';

describe('negatedCode', () => {
  it.each([
    ['030', '120'],
    ['0331', '1221'],
    ['036', '125'],
    ['046', '125'],
    ['057', '120'],
    ['061', '1211'],
    ['073', '1223'],
    ['0841', '1243'],
    ['0813', '1241'],
    ['0871', '1246'],
  ])('%s → %s', (code, reject) => {
    expect(negatedCode(code)).toBe(reject);
  });

  it.each(['010', '020', '042', '051', '111', '190'])('%s has no negative code', (code) => {
    expect(negatedCode(code)).toBeNull();
  });

  it('gives only codes of the CAMEO table, all in root 12', () => {
    const codes = ['03', '04', '05', '06', '07', '08'].flatMap((root) =>
      Array.from({ length: 100 }, (_, k) => `${root}${k}`.slice(0, 3)).concat(
        Array.from({ length: 100 }, (_, k) => `${root}${String(k).padStart(2, '0')}`),
      ),
    );
    for (const code of codes) {
      const reject = negatedCode(code);
      if (reject === null) continue;
      expect(reject.startsWith('12')).toBe(true);
      expect(cameoInfo(reject)).toBeDefined();
    }
  });
});
