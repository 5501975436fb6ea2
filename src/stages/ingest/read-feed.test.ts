import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed, parseFeedDate } from './read-feed.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0 items with date, link, title and content text', () => {
    const [first, second, third] = parseFeed(fixture('world.rss'), 'world.rss');
    expect(first).toMatchObject({
      ok: true,
      value: {
        id: 'ledger-8812',
        date: '2024-03-13',
        title: 'Ghana and Togo sign a security pact',
        url: 'https://ledger.example/world/ghana-togo-pact',
        text: 'Ghana and Togo signed a security pact on Wednesday to patrol their shared border.\n\nThe defence ministers said joint patrols would begin in April.',
        origin: 'world.rss item 1',
      },
    });
    expect(second).toMatchObject({
      ok: true,
      value: {
        id: 'https://ledger.example/world/protests',
        date: '2024-03-14',
        text: 'Thousands of students protested against fee increases on Thursday.',
      },
    });
    expect(third).toMatchObject({
      ok: false,
      problem: { input: 'world.rss item 3', message: 'feed item has no content, description or summary' },
    });
  });

  it('reads Atom entries, preferring content to summary', () => {
    const [entry] = parseFeed(fixture('world.atom'), 'world.atom');
    expect(entry).toMatchObject({
      ok: true,
      value: {
        id: 'urn:ledger:8820',
        date: '2024-03-14',
        url: 'https://ledger.example/world/envoy-khartoum',
        text: 'The UN envoy for Sudan arrived in Khartoum on Thursday to meet army leaders.',
      },
    });
  });

  it('reports a document with no items', () => {
    expect(parseFeed('<rss><channel><title>x</title></channel></rss>', 'empty.rss')).toEqual([
      {
        ok: false,
        problem: {
          input: 'empty.rss',
          message: 'not an RSS or Atom feed: no <item> or <entry> found',
          severity: 'error',
        },
      },
    ]);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 13 Mar 2024 21:40:00 -0500', '2024-03-13'],
    ['4 Jul 2023 10:00:00 GMT', '2023-07-04'],
    ['2024-03-14T08:30:00+03:00', '2024-03-14'],
    ['31 Feb 2024 10:00:00 GMT', null],
    ['yesterday', null],
  ])('reads %j as %j', (value, expected) => {
    expect(parseFeedDate(value)).toBe(expected);
  });
});

describe('looksLikeFeed', () => {
  it.each([
    [fixture('world.rss'), true],
    [fixture('world.atom'), true],
    ['<html><body>rss</body></html>', false],
  ])('tells feeds from other text (%#)', (text, expected) => {
    expect(looksLikeFeed(text)).toBe(expected);
  });
});
