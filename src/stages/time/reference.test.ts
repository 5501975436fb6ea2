import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { resolveTimes } from './index.js';

// The reference article is read at run time from the shared folder, never copied here.
const PATH = new URL('../../../../shared/examples/oic-china-2024-01-05.txt', import.meta.url);

describe.skipIf(!existsSync(PATH))('resolveTimes on the reference article (2024-01-05, a Friday)', () => {
  it('resolves every weekday and year', () => {
    const text = readFileSync(PATH, 'utf8').replace(/^\s*date \S+\s*/, '');
    const ctx = createContext();
    const doc = resolveTimes(segment({ id: articleId('oic'), date: '2024-01-05', text }, ctx), ctx);
    expect(doc.times.map((t) => [t.text, t.value])).toEqual([
      ['Wednesday', '2024-01-03'],
      ['Thursday', '2024-01-04'],
      ['2017', '2017'],
      ['2018', '2018'],
      ['Wednesday', '2024-01-03'],
      ['1949', '1949'],
      ['2021', '2021'],
      ['Friday', '2024-01-05'],
      ['2023', '2023'],
      ['the future', 'FUTURE_REF'],
    ]);
  });
});
