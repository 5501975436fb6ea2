/**
 * One measurement in its own process, so peak RSS is that of the work alone:
 * `node dist/bench/measure.js floor|code CORPUS` (this file, bundled by `npm run bench`) prints one JSON result line.
 */

import { createContext } from '../src/context.js';
import { articleId } from '../src/core/article.js';
import { codeArticle, STAGES, type StageName } from '../src/pipeline.js';
import { wink } from '../src/stages/segment/_wink.js';
import { loadCorpora } from './_corpora.js';

interface Result {
  readonly mode: string;
  readonly corpus: string;
  readonly articles: number;
  readonly sentences: number;
  readonly tokens: number;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly failed: number;
  readonly stageMs?: Record<StageName, number>;
}

function floor(texts: readonly string[]): Omit<Result, 'mode' | 'corpus' | 'articles' | 'peakRssMb'> {
  const nlp = wink();
  const its = nlp.its;
  let sentences = 0;
  let tokens = 0;
  const started = performance.now();
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    const t = doc.tokens();
    t.out(its.value);
    t.out(its.pos);
    t.out(its.lemma as unknown as typeof its.value);
    sentences += doc.sentences().length();
    tokens += t.length();
  }
  return { sentences, tokens, ms: performance.now() - started, failed: 0 };
}

/** A place of every kind the places stage loads lazily: a direction town and a small town with its state. */
const WARM_UP = 'Officials in South Bend, Indiana, met residents of Flemington, N.J., on Tuesday.';

function code(articles: ReturnType<typeof loadCorpora>[number]['articles']) {
  const ctx = createContext();
  const stageMs = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<StageName, number>;
  // Load tables before timing: start-up is measured separately (cold start). Tables load lazily
  // (a gazetteer part when its first place is met), so warm up on real articles, not one line.
  for (const article of articles.slice(0, 20)) codeArticle(article, ctx);
  // Names that need the index of every city (small towns, "South Bend"), built on first use.
  codeArticle({ id: articleId('warm-up'), date: '2024-01-05', text: WARM_UP }, ctx);
  let sentences = 0;
  let tokens = 0;
  let failed = 0;
  const started = performance.now();
  for (const article of articles) {
    const out = codeArticle(article, ctx, (stage, ms) => {
      stageMs[stage] += ms;
    });
    if (!out.ok) {
      failed++;
      continue;
    }
    sentences += out.value.sentences.length;
    tokens += out.value.tokens.length;
  }
  return { sentences, tokens, ms: performance.now() - started, failed, stageMs };
}

const [mode = 'code', corpusName = 'news'] = process.argv.slice(2);
const corpus = loadCorpora().find((c) => c.name === corpusName);
if (!corpus) throw new Error(`no corpus "${corpusName}" under ../shared`);
const measured = mode === 'floor' ? floor(corpus.articles.map((a) => a.text)) : code(corpus.articles);
const result: Result = {
  mode,
  corpus: corpus.name,
  articles: corpus.articles.length,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  ...measured,
};
console.log(JSON.stringify(result));
