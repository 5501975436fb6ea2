import { loadCorpora } from './_corpora.js';
import { wink, forgetGluedWords } from '../src/stages/segment/_wink.js';
import { segment } from '../src/stages/segment/index.js';
import { createContext } from '../src/context.js';
const arts = loadCorpora().find(c=>c.name==='news')!.articles;
const nlp = wink(); const its = nlp.its; const ctx = createContext();
const mode = process.argv[2];
for (const a of arts.slice(0,50)) nlp.readDoc(a.text);
const t = performance.now();
for (const a of arts) {
  if (mode === 'floor') { const d = nlp.readDoc(a.text); const t = d.tokens(); t.out(its.value); t.out(its.pos); t.out(its.lemma as any); d.sentences().length(); }
  else if (mode === 'floor+forget') { const d = nlp.readDoc(a.text); const t = d.tokens(); t.out(its.value); t.out(its.pos); t.out(its.lemma as any); d.sentences().length(); forgetGluedWords(); }
  else segment(a, ctx);
}
console.log(mode, (performance.now()-t).toFixed(0), 'ms');
