import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlDepth, MAX_HTML_DEPTH, parseHtmlArticle } from './read-html.js';

const PAGE = readFileSync(new URL('../../../test/fixtures/html/ministry-statement.html', import.meta.url), 'utf8');

describe('parseHtmlArticle', () => {
  const out = parseHtmlArticle(PAGE, 'ministry-statement.html');
  const article = out.ok ? out.value : undefined;

  it('takes title, date and canonical URL from the metadata', () => {
    expect(article).toMatchObject({
      title: 'Ministers agree to reopen two border crossings',
      date: '2024-03-12',
      url: 'https://ledger.example/world/2024/03/ministers-crossings',
    });
  });

  it('keeps the article paragraphs, separated by blank lines', () => {
    expect(article?.text.split('\n\n')).toEqual([
      'The foreign ministers of Kenya and Tanzania agreed on Monday to reopen two border crossings closed since January, the Kenyan foreign ministry said in a statement.',
      "“Trade between our peoples cannot wait,” Tanzania's foreign minister told reporters in Nairobi after the talks, which lasted more than six hours.",
      "Officials said nearly 2,000 lorries had been waiting at the crossings, and traders' associations welcomed the decision.",
    ]);
  });

  it.each([
    'Share on Facebook',
    'RELATED VIDEO',
    'ADVERTISEMENT',
    'newsletter',
    'staff writer',
    'By Lena Marsh',
    'Trending',
    'First!',
    'tracking',
    '©',
  ])('leaves out the boilerplate %j', (junk) => {
    expect(article?.text).not.toContain(junk);
  });

  it('falls back to JSON-LD and <time> for the date', () => {
    const jsonLd = parseHtmlArticle(
      `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T10:00:00Z"}]}</script></head><body><article><p>${'The council met and voted on the budget for the coming year. '.repeat(5)}</p></article></body></html>`,
      'a.html',
    );
    expect(jsonLd.ok && jsonLd.value.date).toBe('2023-11-02');
    const time = parseHtmlArticle(
      `<html><body><article><time datetime="2022-07-01">1 July</time><p>${'Lawmakers debated the new energy law for hours. '.repeat(5)}</p></article></body></html>`,
      'b.html',
    );
    expect(time.ok && time.value.date).toBe('2022-07-01');
  });

  it('warns when the page has no date', () => {
    const out = parseHtmlArticle(
      `<html><body><p>${'Protesters gathered outside parliament. '.repeat(8)}</p></body></html>`,
      'c.html',
    );
    expect(out.ok && out.warnings.map((w) => w.message)).toEqual([
      'no publication date in the page metadata; date unknown',
    ]);
  });

  it('refuses pages with no text and pages nested too deep, naming the input', () => {
    const empty = parseHtmlArticle('<html><body><nav>Home</nav></body></html>', 'empty.html');
    expect(empty).toMatchObject({
      ok: false,
      problem: { input: 'empty.html', message: 'no article text found in the HTML page' },
    });
    const deep = parseHtmlArticle(
      `${'<div>'.repeat(MAX_HTML_DEPTH + 10)}text${'</div>'.repeat(MAX_HTML_DEPTH + 10)}`,
      'deep.html',
    );
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.problem.message).toMatch(/nested 522 elements deep/);
  });

  it('survives malformed HTML', () => {
    const out = parseHtmlArticle(
      `<html><body><article><p>${'Rebels seized the town of Goma on Sunday. '.repeat(5)}<p><b><i>unclosed</article>`,
      'bad.html',
    );
    expect(out.ok && out.value.text).toContain('Rebels seized the town of Goma');
  });
});

describe('htmlDepth', () => {
  it.each([
    ['<p>a<p>b', 0],
    ['<div><div><br/><img src=x></div></div>', 2],
    ['<div></div><div><span>x</span></div>', 2],
  ])('measures %j as %i', (html, depth) => {
    expect(htmlDepth(html)).toBe(depth);
  });
});
