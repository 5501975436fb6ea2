import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import type { CodedEvent } from '../../core/document.js';
import { codeArticle } from '../../pipeline.js';

// The project's reference article, read at run time (never copied into the repo).
const FILE = new URL('../../../../shared/examples/oic-china-2024-01-05.txt', import.meta.url).pathname;
const present = existsSync(FILE);

function events(): readonly CodedEvent[] {
  const raw = readFileSync(FILE, 'utf8');
  const text = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
  const outcome = codeArticle({ id: articleId('oic'), date: '2024-01-05', text }, createContext());
  if (!outcome.ok) throw new Error(`the reference article failed to code: ${JSON.stringify(outcome)}`);
  return outcome.value.events;
}

const find = (all: readonly CodedEvent[], verb: string) => all.filter((e) => e.text.toLowerCase().startsWith(verb));

describe.skipIf(!present)('the reference article with the built-in tables', () => {
  const all = present ? events() : [];

  it('codes the OIC meeting Chinese Communist Party leaders on Wednesday 2024-01-03', () => {
    const [met] = find(all, 'met');
    expect(met).toMatchObject({ date: '2024-01-03', dateSource: 'expression' });
    expect(met?.code.startsWith('04')).toBe(true);
    expect(met?.source.code).toBe('IGOMOSOIC');
    expect(met?.target?.code?.startsWith('CHN')).toBe(true);
  });

  it('codes the government in exile condemning the OIC on Thursday 2024-01-04', () => {
    const [condemned] = find(all, 'condemned');
    expect(condemned).toMatchObject({ code: '111', date: '2024-01-04' });
    expect(condemned?.source.name).toBe('East Turkistan Government in Exile');
    expect(condemned?.target?.code).toBe('IGOMOSOIC');
  });

  it('does not make the government in exile the target of "communities oppressed by the Chinese regime"', () => {
    expect(find(all, 'oppressed').filter((e) => e.target?.name === 'East Turkistan Government in Exile')).toEqual([]);
  });

  it('codes Mamtimin Ala urging the OIC, the ministry touting the visit, Moiz Farooq praising China', () => {
    expect(find(all, 'urged')[0]).toMatchObject({ source: { name: 'Mamtimin Ala' }, target: { code: 'IGOMOSOIC' } });
    expect(find(all, 'touted')[0]?.target?.code?.startsWith('PAK')).toBe(true);
    expect(find(all, 'complimenting')).toMatchObject([
      { code: '051', source: { name: 'Moiz Farooq', code: 'PAKMED' }, target: { code: 'CHN' } },
    ]);
  });

  it('codes the Xinjiang official as Chinese, "They" as the Pakistani delegation, and no title "premier"', () => {
    const taha = all.find((e) => e.source.name === 'Hissein Brahim Taha' && e.text === 'met');
    expect(taha?.target).toMatchObject({ name: 'Ilzat Ahmatjan', code: 'CHNGOV' });
    expect(find(all, 'visited').map((e) => e.source.code?.slice(0, 3))).toEqual(['PAK']);
    expect(all.some((e) => e.target?.name.toLowerCase().includes('premier'))).toBe(false);
  });

  it('codes no visit from "received invitations" and no cooperation from "the prospects for strengthening"', () => {
    expect(all.filter((e) => e.code === '043' && e.target?.code === 'IGOMOSOIC')).toEqual([]);
    expect(all.filter((e) => e.code === '050')).toEqual([]);
  });

  it('codes nothing from negated statements', () => {
    expect(find(all, 'express')).toEqual([]);
    expect(find(all, 'issued')).toEqual([]);
  });
});
