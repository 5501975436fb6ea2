import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../core/article.js';
import { formatProblem } from '../../core/problem.js';
import { parseTextArticle } from './read-text.js';

const BODY = 'The foreign minister of Chile met his Peruvian counterpart in Lima on Tuesday.';

const HEADER_FORMS = [
  { form: 'body on the header line', content: `date 2024-03-12 ${BODY}` },
  { form: 'leading space, as the reference article', content: ` date 2024-03-12 ${BODY}` },
  { form: 'body on the next line', content: `date 2024-03-12\n${BODY}\n` },
  { form: 'CRLF after the header', content: `date 2024-03-12\r\n${BODY}\r\n` },
  { form: 'blank lines before and after', content: `\n\n  date 2024-03-12\n\n\t${BODY}\n\n` },
  { form: 'tab after the keyword', content: `date\t2024-03-12\t${BODY}` },
  { form: 'colon after the keyword', content: `date: 2024-03-12\n${BODY}` },
  { form: 'capitalised keyword with a date', content: `Date 2024-03-12\n${BODY}` },
  { form: 'ISO timestamp', content: `date 2024-03-12T08:30:00+01:00 ${BODY}` },
  { form: 'byte-order mark', content: `\uFEFFdate 2024-03-12 ${BODY}` },
] as const;

describe('parseTextArticle header forms', () => {
  it.each(HEADER_FORMS)('$form', ({ content }) => {
    const outcome = parseTextArticle(content, 'lima.txt');
    expect(outcome).toMatchObject({ ok: true, warnings: [] });
    if (!outcome.ok) return;
    expect(outcome.value.date).toBe('2024-03-12');
    expect(outcome.value.text).toBe(BODY);
    expect(outcome.value.origin).toBe('lima.txt');
    expect(outcome.value.id).toBe(contentHash({ date: '2024-03-12', text: BODY }).slice(0, 16));
  });
});

const BAD_HEADERS = [
  { content: `date 2024-13-45 ${BODY}`, message: 'malformed date "2024-13-45"' },
  { content: `date 2024-02-30 ${BODY}`, message: 'malformed date "2024-02-30"' },
  { content: `date 05/01/2024 ${BODY}`, message: 'malformed date "05/01/2024"' },
  { content: `date tomorrow ${BODY}`, message: 'malformed date "tomorrow"' },
  { content: `date 2024-03-12The foreign minister said`, message: 'malformed date "2024-03-12The"' },
  { content: `date\n${BODY}`, message: '`date` header without a date' },
  { content: 'date 2024-03-12', message: 'no article text after the `date 2024-03-12` header' },
  { content: ' date 2024-03-12 \n\n  \n', message: 'no article text after' },
  { content: '', message: 'no article text' },
  { content: ' \n\t\n', message: 'no article text' },
] as const;

describe('parseTextArticle failures', () => {
  it.each(BAD_HEADERS)('$content', ({ content, message }) => {
    const outcome = parseTextArticle(content, 'news/nairobi.txt');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toMatchObject({ input: 'news/nairobi.txt', severity: 'error' });
    expect(formatProblem(outcome.problem)).toContain(`news/nairobi.txt: ${message}`);
  });
});

describe('parseTextArticle without a header', () => {
  it.each([
    'Protesters gathered in Santiago on Monday to demand higher pensions.',
    '  Date palms were planted along the border on Monday, the ministry said.  ',
    'Dated 2024 reports show that Protesters gathered in Santiago.',
  ])('keeps the text, date null, one warning: %s', (content) => {
    const outcome = parseTextArticle(content, 'santiago.txt');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.date).toBeNull();
    expect(outcome.value.text).toBe(content.trim());
    expect(outcome.warnings).toEqual([
      { input: 'santiago.txt', severity: 'warning', message: 'no `date YYYY-MM-DD` line; date unknown' },
    ]);
  });
});

describe('parseTextArticle keeps the body as written', () => {
  it('does not convert CRLF inside the body', () => {
    const outcome = parseTextArticle('date 2024-03-12\r\nFirst line.\r\nSecond line.\r\n', 'crlf.txt');
    expect(outcome.ok && outcome.value.text).toBe('First line.\r\nSecond line.');
  });

  it('gives the same id to the same date and text from another file', () => {
    const a = parseTextArticle(` date 2024-03-12 ${BODY}`, 'a.txt');
    const b = parseTextArticle(`date 2024-03-12\n${BODY}`, 'b.txt');
    const c = parseTextArticle(`date 2024-03-13\n${BODY}`, 'c.txt');
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(a.value.id).toBe(b.value.id);
    expect(a.value.id).not.toBe(c.value.id);
    expect(a.value.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('fixtures', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

  it('reads the same-line layout', () => {
    const outcome = parseTextArticle(fixture('same-line.txt'), 'same-line.txt');
    expect(outcome.ok && outcome.value.date).toBe('2024-03-12');
    expect(outcome.ok && outcome.value.text).toMatch(/^The foreign ministers of Chile.*continue next month\.$/s);
  });

  it('reads the next-line layout and trims the trailing CRLF', () => {
    const outcome = parseTextArticle(fixture('next-line.txt'), 'next-line.txt');
    expect(outcome.ok && outcome.value.date).toBe('2023-11-02');
    expect(outcome.ok && outcome.value.text.endsWith('interfering in the election.')).toBe(true);
  });
});

const REFERENCE = new URL('../../../../shared/examples/oic-china-2024-01-05.txt', import.meta.url);

describe('the reference article', () => {
  it.skipIf(!existsSync(REFERENCE))('has date 2024-01-05 and its text starts after the header', () => {
    const content = readFileSync(REFERENCE, 'utf8');
    const outcome = parseTextArticle(content, 'oic-china-2024-01-05.txt');
    expect(outcome).toMatchObject({ ok: true, warnings: [] });
    if (!outcome.ok) return;
    expect(outcome.value.date).toBe('2024-01-05');
    expect(outcome.value.text.startsWith('The head of the Organization')).toBe(true);
    // The stored text is a slice of the file: offsets into it are offsets into the body.
    expect(content.includes(outcome.value.text)).toBe(true);
  });
});
