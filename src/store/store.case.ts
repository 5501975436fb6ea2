/**
 * The one contract suite every Store must pass (Hono's `runTest`, unstorage's
 * `testDriver`): `testStore('sqlite', () => createSqliteStore(file))`. Dialect-agnostic:
 * it talks only to the `Store` interface.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleId } from '../core/article.js';
import type { CodedDocument } from '../core/document.js';
import { osloDocument, smallDocument, tokyoDocument } from './sample-documents.case.js';
import type { EventQuery, Store, StreamedEventRow } from './store.js';
import { writeRows } from './write-rows.js';

/** A third, undated document: France criticises Germany, code 111. */
const parisDocument = (): CodedDocument =>
  smallDocument({
    id: 'paris-undated',
    date: null,
    text: 'France criticized Germany over the budget rules.',
    source: ['France', 'FRA'],
    target: ['Germany', 'DEU'],
    verb: 'criticized',
    code: '111',
    name: 'Criticize or denounce',
  });

const ALL = () => [osloDocument(), tokyoDocument(), parisDocument()];

/** The Oslo story as another outlet ran it: `condemned` changed to `verb`, with its own id and url or origin. */
const osloCopy = (id: string, where: { url?: string; origin?: string }, verb = 'denounced'): CodedDocument => {
  const { url: _url, origin: _origin, ...oslo } = osloDocument();
  return { ...oslo, id: articleId(id), text: oslo.text.replace('condemned', verb), ...where };
};

/** Each row: a query and the events it must return, as `articleId/eventId`, in order. */
const EVENT_QUERIES: readonly (readonly [string, EventQuery, readonly string[]])[] = [
  [
    'no filter: by date, undated last',
    {},
    ['tokyo-2024-11-20/e1', 'oslo-2025-03-03/e1', 'oslo-2025-03-03/e2', 'paris-undated/e1'],
  ],
  ['actor code prefix', { actor: 'NOR' }, ['oslo-2025-03-03/e1']],
  ['actor code prefix in any case', { actor: 'nor' }, ['oslo-2025-03-03/e1']],
  ['actor as target name', { actor: 'russia' }, ['oslo-2025-03-03/e1']],
  ['actor name substring', { actor: 'Barth' }, ['oslo-2025-03-03/e1']],
  ['actor on either side', { actor: 'Germany' }, ['paris-undated/e1']],
  ['LIKE wildcards are literal', { actor: '%' }, []],
  ['CAMEO prefix', { code: '11' }, ['oslo-2025-03-03/e1', 'paris-undated/e1']],
  ['CAMEO root 0', { code: '0' }, ['tokyo-2024-11-20/e1', 'oslo-2025-03-03/e2']],
  ['from a year', { from: '2025' }, ['oslo-2025-03-03/e1']],
  ['to a month prefix includes the month', { to: '2024-11' }, ['tokyo-2024-11-20/e1']],
  ['to the day before', { to: '2024-11-19' }, []],
  ['from and to one day', { from: '2024-11-20', to: '2024-11-20' }, ['tokyo-2024-11-20/e1']],
  ['filters combine', { actor: 'UKR', code: '01' }, ['oslo-2025-03-03/e2']],
  ['limit', { limit: 2 }, ['tokyo-2024-11-20/e1', 'oslo-2025-03-03/e1']],
];

/** Runs the Store contract against `makeStore`, which must give an empty store each time. */
export function testStore(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('starts empty', async () => {
      expect(await store.counts()).toEqual({
        articles: 0,
        events: 0,
        actors: 0,
        mentions: 0,
        quotes: 0,
        claims: 0,
        places: 0,
        times: 0,
      });
      expect(await store.getDocument('oslo-2025-03-03')).toBeNull();
      expect(await store.putDocuments([])).toEqual([]);
    });

    it('gives back every item of a document exactly as it was put', async () => {
      const doc = osloDocument();
      expect(await store.putDocuments([doc])).toEqual([{ id: doc.id, status: 'stored' }]);
      expect(await store.getDocument(doc.id)).toStrictEqual(doc);
    });

    it('takes a document as the rows writeRows made of it, with the same results as the document', async () => {
      const [oslo, tokyo] = [osloDocument(), tokyoDocument()];
      const copy = osloCopy('oslo-copy', { url: 'https://example.org/oslo' });
      const results = await store.putDocuments([writeRows(oslo), tokyo, writeRows(copy), writeRows(oslo)]);
      expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'near-duplicate', 'duplicate']);
      expect(await store.getDocument(oslo.id)).toStrictEqual(oslo);
      expect(await store.getDocument(copy.id)).toBeNull();
      expect((await store.counts()).articles).toBe(2);
    });

    it('keeps tokens whose lemma, normal form or text is not the plain lower-cased text', async () => {
      const doc = osloDocument();
      const odd = { ...doc, tokens: doc.tokens.map((t, i) => (i === 1 ? { ...t, text: 'Oslo,' } : t)) };
      await store.putDocuments([odd]);
      const back = await store.getDocument(doc.id);
      expect(back?.tokens).toStrictEqual(odd.tokens);
      expect(back?.tokens.filter((t) => t.lemma !== t.normal).map((t) => t.lemma)).toEqual([
        'condemn',
        'tell',
        'say',
        'be',
      ]);
      const straightened = back?.tokens.filter((t) => t.index !== 1 && t.normal !== t.text.toLowerCase());
      expect(straightened?.map((t) => `${t.text}→${t.normal}`)).toEqual(['\u201c→"', '\u201d→"']);
      expect(back?.tokens[1]?.text).toBe('Oslo,');
    });

    it('counts every kind of item', async () => {
      await store.putDocuments(ALL());
      expect(await store.counts()).toEqual({
        articles: 3,
        events: 4,
        actors: 4,
        mentions: 6,
        quotes: 3,
        claims: 2,
        places: 2,
        times: 3,
      });
    });

    it('is idempotent: the same articles twice are stored once', async () => {
      await store.putDocuments(ALL());
      const before = await store.counts();
      const again = await store.putDocuments(ALL());
      expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(await store.counts()).toEqual(before);
    });

    it('stores an article given twice in one batch once', async () => {
      const results = await store.putDocuments([tokyoDocument(), tokyoDocument()]);
      expect(results.map((r) => r.status)).toEqual(['stored', 'duplicate']);
      expect((await store.counts()).events).toBe(1);
    });

    it('treats the same content under another id as a duplicate', async () => {
      await store.putDocuments([tokyoDocument()]);
      const renamed = { ...tokyoDocument(), id: articleId('tokyo-copy') };
      expect(await store.putDocuments([renamed])).toEqual([{ id: 'tokyo-copy', status: 'duplicate' }]);
      expect(await store.getDocument('tokyo-copy')).toBeNull();
    });

    it('reports a known id with other content as a conflict and keeps the first', async () => {
      await store.putDocuments([tokyoDocument()]);
      const changed = { ...tokyoDocument(), text: `${tokyoDocument().text} Updated.` };
      expect(await store.putDocuments([changed, parisDocument()])).toEqual([
        { id: 'tokyo-2024-11-20', status: 'conflict' },
        { id: 'paris-undated', status: 'stored' },
      ]);
      expect((await store.getDocument('tokyo-2024-11-20'))?.text).toBe(tokyoDocument().text);
      expect((await store.counts()).articles).toBe(2);
    });

    it('rolls back the whole batch when one document cannot be stored', async () => {
      const broken = {
        ...parisDocument(),
        actors: [{ ...osloDocument().actors[0], name: null }],
      } as unknown as CodedDocument;
      await expect(store.putDocuments([tokyoDocument(), broken])).rejects.toThrow();
      expect((await store.counts()).articles).toBe(0);
    });

    it.each(EVENT_QUERIES)('queries events: %s', async (_, query, expected) => {
      await store.putDocuments(ALL());
      const rows = await store.queryEvents(query);
      expect(rows.map((r) => `${r.articleId}/${r.event.id}`)).toEqual(expected);
    });

    it.each(EVENT_QUERIES)('iterates events as queryEvents returns them: %s', async (_, query, expected) => {
      await store.putDocuments(ALL());
      const streamed: StreamedEventRow[] = [];
      for await (const row of store.iterateEvents(query)) streamed.push(row);
      expect(streamed.map((r) => `${r.articleId}/${r.event.id}`)).toEqual(expected);
      const queried = await store.queryEvents(query);
      expect(streamed).toHaveLength(queried.length);
      queried.forEach((row, i) => {
        expect(streamed[i]).toMatchObject(row);
        expect(streamed[i]?.event).toStrictEqual(row.event);
      });
    });

    it('streams each event with its article title, url, storage time, place and a unique serial', async () => {
      await store.putDocuments(ALL());
      const rows: StreamedEventRow[] = [];
      for await (const row of store.iterateEvents()) rows.push(row);
      const oslo = rows.find((r) => r.articleId === 'oslo-2025-03-03' && r.event.id === 'e1');
      expect(oslo).toMatchObject({
        title: 'Norway condemns strike on Odesa',
        url: 'https://news.example.org/oslo-odesa',
        place: { kind: 'city', admin1: 'Odesa Oblast' },
      });
      expect(oslo?.storedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const paris = rows.find((r) => r.articleId === 'paris-undated');
      expect(paris).toMatchObject({ title: null, url: null, place: null });
      const serials = rows.map((r) => r.serial);
      expect(new Set(serials).size).toBe(4);
      expect(serials.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    });

    it('returns events whole, with the sentence that proves them', async () => {
      await store.putDocuments(ALL());
      const [row] = await store.queryEvents({ actor: 'NORGOV' });
      const oslo = osloDocument();
      expect(row?.event).toStrictEqual(oslo.events[0]);
      expect(row?.sentenceText).toBe(
        "OSLO, March 3 \u2014 Norway's foreign minister Espen Barth Eide on Monday condemned Russia over the missile strike on Odesa.",
      );
    });

    it('lists articles by date, undated last, with paging and date filters', async () => {
      await store.putDocuments(ALL());
      const ids = async (q = {}) => (await store.listArticles(q)).map((a) => a.id);
      expect(await ids()).toEqual(['tokyo-2024-11-20', 'oslo-2025-03-03', 'paris-undated']);
      expect(await ids({ limit: 1, offset: 1 })).toEqual(['oslo-2025-03-03']);
      expect(await ids({ from: '2025-01-01' })).toEqual(['oslo-2025-03-03']);
      expect(await ids({ to: '2024' })).toEqual(['tokyo-2024-11-20']);
      const [tokyo] = await store.listArticles({ limit: 1 });
      expect(tokyo).toMatchObject({ date: '2024-11-20', title: null, events: 1, actors: 0, chars: 64 });
      expect(tokyoDocument().text.length).toBe(65); // the wave emoji is two UTF-16 units, one character
      expect(tokyo?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    });

    describe('near-duplicates', () => {
      const reports = async () =>
        (await store.queryEvents())
          .filter((r) => r.articleId === 'oslo-2025-03-03')
          .map((r) => [r.numArticles, r.numSources]);

      it('keeps a near-copy of a stored article as its mention, without storing its items again', async () => {
        await store.putDocuments([osloDocument()]);
        const before = await store.counts();
        const [result] = await store.putDocuments([osloCopy('wire-1', { url: 'https://wire.example.com/1' })]);
        expect(result).toMatchObject({ id: 'wire-1', status: 'near-duplicate', original: { id: 'oslo-2025-03-03' } });
        expect(result?.original?.similarity).toBeGreaterThanOrEqual(0.5);
        expect(await store.counts()).toEqual(before);
        expect(await store.getDocument('wire-1')).toBeNull();
        expect(await reports()).toEqual([
          [2, 2],
          [2, 2],
        ]);
      });

      it('finds a copy later in the same batch, and stores nothing new when the batch comes again', async () => {
        const batch = () => [osloDocument(), osloCopy('wire-1', { origin: 'wire.jsonl:1' }), tokyoDocument()];
        expect((await store.putDocuments(batch())).map((r) => r.status)).toEqual([
          'stored',
          'near-duplicate',
          'stored',
        ]);
        const before = await store.counts();
        expect((await store.putDocuments(batch())).map((r) => r.status)).toEqual([
          'duplicate',
          'duplicate',
          'duplicate',
        ]);
        expect(await store.counts()).toEqual(before);
        expect(await reports()).toEqual([
          [2, 2],
          [2, 2],
        ]);
      });

      it('counts sources by URL host (www. aside), else by the file of the origin', async () => {
        await store.putDocuments([
          osloDocument(),
          osloCopy('same-host', { url: 'https://www.news.example.org/oslo-2' }),
          osloCopy('feed-9', { origin: 'wire/feed.jsonl:9' }, 'criticised'),
          osloCopy('feed-10', { origin: 'wire/feed.jsonl:10' }, 'rebuked'),
        ]);
        expect(await reports()).toEqual([
          [4, 2],
          [4, 2],
        ]);
      });

      it('stores near-copies as articles when the threshold is 0', async () => {
        await store.putDocuments([osloDocument()]);
        const results = await store.putDocuments([osloCopy('wire-1', {})], { nearDuplicateThreshold: 0 });
        expect(results.map((r) => r.status)).toEqual(['stored']);
        expect((await store.counts()).events).toBe(4);
      });

      it('leaves short texts and distinct stories alone, and reports a mention id reused for other content', async () => {
        const tokyo = tokyoDocument();
        const shortCopy = { ...tokyo, id: articleId('tokyo-2'), text: tokyo.text.replace('Wednesday', 'Thursday') };
        const statuses = await store.putDocuments([...ALL(), shortCopy, osloCopy('wire-1', {})]);
        expect(statuses.map((r) => r.status)).toEqual(['stored', 'stored', 'stored', 'stored', 'near-duplicate']);
        const reused = { ...parisDocument(), id: articleId('wire-1'), text: 'Spain praised Portugal.' };
        expect(await store.putDocuments([reused])).toEqual([{ id: 'wire-1', status: 'conflict' }]);
      });
    });

    describe('search', () => {
      const ids = async (query: string, options = {}) => (await store.search(query, options)).map((h) => h.id);

      it('finds articles by words of the title or text, with a marked snippet and the spans of the matches', async () => {
        await store.putDocuments(ALL());
        const [hit, ...rest] = await store.search('condemned Russia');
        expect(rest).toEqual([]);
        expect(hit).toMatchObject({
          id: 'oslo-2025-03-03',
          title: 'Norway condemns strike on Odesa',
          date: '2025-03-03',
        });
        expect(hit?.snippet).toContain('«condemned» «Russia»');
        const text = osloDocument().text;
        expect(hit?.matches.map((m) => text.slice(m.start, m.end))).toEqual(['condemned', 'Russia']);
        expect(await ids('Odesa')).toEqual(['oslo-2025-03-03']);
      });

      it('filters by date and limits the hits', async () => {
        await store.putDocuments(ALL());
        expect(await ids('India OR Germany OR Norway', { raw: true })).toHaveLength(3);
        expect(await ids('India OR Germany OR Norway', { raw: true, limit: 2 })).toHaveLength(2);
        expect(await ids('India OR Germany OR Norway', { raw: true, from: '2025' })).toEqual(['oslo-2025-03-03']);
        expect(await ids('India OR Germany OR Norway', { raw: true, to: '2024-11' })).toEqual(['tokyo-2024-11-20']);
      });

      it('takes any words as plain terms, and names a query it cannot read in raw syntax', async () => {
        await store.putDocuments(ALL());
        expect(await ids('"Norway (')).toEqual(['oslo-2025-03-03']);
        expect(await ids('Norway OR India')).toEqual([]);
        expect(await ids('Norway OR India', { raw: true })).toHaveLength(2);
        expect(await ids('   ')).toEqual([]);
        await expect(store.search('Norway AND (', { raw: true })).rejects.toThrow(/search query "Norway AND \("/);
      });

      it('does not return near-duplicate mentions, which keep no text', async () => {
        await store.putDocuments([osloDocument(), osloCopy('wire-1', {})]);
        expect(await ids('Odesa')).toEqual(['oslo-2025-03-03']);
      });
    });

    it('can be closed twice', async () => {
      await store.close();
      await store.close();
      store = await makeStore();
    });
  });
}
