import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { codeArticle } from '../../pipeline.js';
import { sameAct, specificity } from './_same-act.js';

const ev = (code: string, source: string | null, target: string | null) => ({
  code,
  source: { code: source },
  target: target === null ? null : { code: target },
});

describe('sameAct', () => {
  it('finds the same act between the same parties, a code and its extension alike', () => {
    const kept = [ev('040', 'EGYGOV', 'GRC'), ev('040', 'EGYGOV', 'CYP')];
    expect(sameAct(kept, ev('040', 'EGYGOV', 'GRCGOV'))).toBe(0);
    expect(sameAct(kept, ev('040', 'EGY', 'CYP'))).toBe(1);
    expect(sameAct(kept, ev('040', 'EGYGOV', 'CYP'))).toBe(1);
  });

  it('keeps apart other acts, other directions and two parties of one state', () => {
    const kept = [ev('162', 'DNKGOV', 'DOL'), ev('040', 'EGYGOV', 'GRC')];
    expect(sameAct(kept, ev('162', 'DNKMED', 'DOL'))).toBe(-1);
    expect(sameAct(kept, ev('111', 'EGYGOV', 'GRC'))).toBe(-1);
    expect(sameAct(kept, ev('040', 'GRC', 'EGYGOV'))).toBe(-1);
    expect(sameAct(kept, ev('040', 'EGYGOV', null))).toBe(-1);
  });

  it('rates longer codes as more specific', () => {
    expect(specificity(ev('040', 'EGYGOV', 'GRCGOV'))).toBeGreaterThan(specificity(ev('040', 'EGYGOV', 'GRC')));
  });
});

describe('one event per act between two parties in a sentence', () => {
  const coded = (text: string) => {
    const out = codeArticle({ id: articleId('same-act'), date: '2024-03-08', text }, ctx);
    if (!out.ok) throw new Error(out.problem.message);
    return out.value.events.map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.code}`);
  };
  const ctx = createContext();

  it('codes a state named twice in a list once, with its more specific code', () => {
    const events = coded('Greece and the Greek government condemned Turkey on Monday.');
    expect(events.filter((e) => e.endsWith(' TUR 111'))).toEqual(['GRCGOV TUR 111']);
  });
});
