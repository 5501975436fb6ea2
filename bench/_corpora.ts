/** The benchmark corpora, read from ../shared at run time (never copied into the repo). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Article, articleId } from '../src/core/article.js';
import { packageRoot } from '../src/tables/_tsv.js';

/** `../shared` beside the repository (found from package.json, so this also works when bundled into dist/). */
export const SHARED = resolve(packageRoot(), '..', 'shared');

export interface Corpus {
  readonly name: string;
  readonly articles: readonly Article[];
}

function readJsonl(path: string, prefix: string): Article[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const r = JSON.parse(line) as { id?: string; date?: string | null; text: string; title?: string };
      return { id: articleId(r.id ?? `${prefix}:${i + 1}`), date: r.date ?? null, text: r.text };
    });
}

/** Wikinews + Reuters (~3,300 articles) and the PETRARCH validation sentences, one article each. */
export function loadCorpora(): Corpus[] {
  const news = [
    ...readJsonl(resolve(SHARED, 'data/news/wikinews/articles.jsonl'), 'wikinews'),
    ...readJsonl(resolve(SHARED, 'data/news/reuters21578/articles.jsonl'), 'reuters'),
  ];
  const petrarch = readJsonl(resolve(SHARED, 'data/petrarch-validation/dev.jsonl'), 'petrarch');
  return [
    { name: 'news', articles: news },
    { name: 'petrarch-validation', articles: petrarch },
  ].filter((c) => c.articles.length > 0);
}
