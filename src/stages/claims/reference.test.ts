import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { findActors } from '../mentions/index.js';
import { findQuotes } from '../quotes/index.js';
import { segment } from '../segment/index.js';
import { resolveTimes } from '../time/index.js';
import { findClaims } from './index.js';

// The reference article is read at run time from the shared folder, never copied here.
const PATH = new URL('../../../../shared/examples/oic-china-2024-01-05.txt', import.meta.url);

describe.skipIf(!existsSync(PATH))('findClaims on the reference article', () => {
  it('finds the four amounts with unit, qualifier, period and claimant', () => {
    const text = readFileSync(PATH, 'utf8').replace(/^\s*date \S+\s*/, '');
    const ctx = createContext();
    const segmented = segment({ id: articleId('oic'), date: '2024-01-05', text }, ctx);
    const doc = findClaims(findQuotes(resolveTimes(findActors(segmented, ctx), ctx), ctx), ctx);
    const view = doc.claims.map((c) => [
      c.text,
      c.value,
      c.unit,
      c.qualifier,
      c.period ?? null,
      c.claimant?.name ?? null,
    ]);
    expect(view).toEqual([
      ['hundreds of thousands of women', 200_000, 'women', null, null, null],
      ['up to 3 million people', 3_000_000, 'people', 'up to', null, null],
      ['nearly 400 delegations', 400, 'delegations', 'nearly', '2023', 'Wang Wenbin'],
      ['over 4,300 visitors', 4300, 'visitors', 'over', '2023', 'Wang Wenbin'],
    ]);
  });
});
