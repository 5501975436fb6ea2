import { describe, expect, it } from 'vitest';
import { osloDocument, tokyoDocument } from '../sample-documents.case.js';
import { markedSpans, quoteTerms } from './_fts.js';
import { createSqliteStore } from './sqlite-store.js';

describe('quoteTerms', () => {
  it.each([
    ['Norway Odesa', '"Norway" "Odesa"'],
    ['  strike   ', '"strike"'],
    ['protest*', '"protest"*'],
    ['say "no" AND (', '"say" """no""" "AND" "("'],
    ['*', ''],
    ['', ''],
  ])('%j → %s', (query, fts) => {
    expect(quoteTerms(query)).toBe(fts);
  });
});

describe('markedSpans', () => {
  it('reads spans off the marks, in offsets of the unmarked text', () => {
    expect(markedSpans('a \uE000bc\uE001 d \uE000e\uE001')).toEqual([
      { start: 2, end: 4 },
      { start: 7, end: 8 },
    ]);
    expect(markedSpans('no marks')).toEqual([]);
  });

  it('gives nothing when the marks do not pair', () => {
    expect(markedSpans('a \uE000b')).toEqual([]);
    expect(markedSpans('a \uE001b\uE000')).toEqual([]);
  });
});

describe('SQLite search', () => {
  it('matches other forms of a word (Porter stems) and prefixes', async () => {
    const store = createSqliteStore(':memory:');
    await store.putDocuments([osloDocument(), tokyoDocument()]);
    expect((await store.search('condemn')).map((h) => h.id)).toEqual(['oslo-2025-03-03']);
    expect((await store.search('prais')).map((h) => h.id)).toEqual([]);
    expect((await store.search('prais*')).map((h) => h.id)).toEqual(['tokyo-2024-11-20']);
    await store.close();
  });

  it('ranks a title match above a text match', async () => {
    const store = createSqliteStore(':memory:');
    const text = `${tokyoDocument().text} Officials in Odesa said so.`;
    await store.putDocuments([osloDocument(), { ...tokyoDocument(), text }]);
    const hits = await store.search('Odesa');
    expect(hits.map((h) => h.id)).toEqual(['oslo-2025-03-03', 'tokyo-2024-11-20']);
    expect(hits[0]?.rank).toBeLessThan(hits[1]?.rank ?? 0);
    await store.close();
  });
});
