/**
 * @module mentions
 * Finds actor mentions (countries, organisations, groups, people with roles) and
 * groups them into actors with CAMEO-style codes. Per sentence, in this order:
 * (1) longest-match dictionary lookup of actor and agent phrases; (2) noun-phrase chunks;
 * (3) groups: actor + agents, `of`-phrases, conjuncts, appositions, capitals as metonyms,
 * "the organization"; (4) person names with titles, surnames seen before; (5) pronouns.
 */

import type { Context } from '../../context.js';
import type { Mention, Segmented, WithActors } from '../../core/document.js';
import { rule } from '../../core/source.js';
import { chunkWords } from './_chunks.js';
import { antecedent, type CorefHints, PLURAL_PRONOUNS, pronounKind } from './_coref.js';
import { emitGroup, type Memory, newMemory, wordsText } from './_emit.js';
import { buildGroups, type Enrich, type Group } from './_groups.js';
import { lexicon } from './_lexicon.js';
import { matchPhrases } from './_match.js';
import { capitalMetonym, capitals, GOVERNMENT_AGENT, isOrgDescription } from './_nominal.js';
import { Registry } from './_registry.js';
import { sentenceWords, type Word } from './words.js';

export { sentenceWords, type Word } from './words.js';

function enricher(words: readonly Word[], ctx: Context, mem: Memory): Enrich {
  const table = capitals(ctx);
  return (chunk, g) => {
    if (chunk.hits.length > 0) {
      // A dictionary capital as a verb's subject keeps its code but is marked a metonym.
      const hit = chunk.hits[0];
      const sole = chunk.hits.length === 1 && hit?.kind === 'actor' && hit.from === chunk.from && hit.to === chunk.to;
      if (sole && capitalMetonym(words, chunk, table) !== null) g.metonym = true;
      return;
    }
    const country = capitalMetonym(words, chunk, table);
    if (country !== null) {
      g.bases = [country];
      g.agents = [GOVERNMENT_AGENT];
      g.inherited = true;
      g.metonym = true;
    } else if (mem.lastOrg && isOrgDescription(words, chunk)) {
      g.bases = mem.lastOrg.bases;
      g.inherited = true;
    }
  };
}

const personOnly = (g: Group): boolean => g.person !== null && g.agents.length === 0 && g.actor === null;
/** A description: a role ("the president of X") or a noun an actor modifies ("the UN relief coordinator"). */
const nominal = (g: Group): boolean => g.person === null && (g.agents.length > 0 || g.modifies);

/** "Mamtimin Ala, the president of X" and "The president of X, Mamtimin Ala": one person. */
function appositions(words: readonly Word[], groups: readonly Group[]): Map<Group, Group> {
  const partner = new Map<Group, Group>();
  for (let i = 0; i + 1 < groups.length; i++) {
    const a = groups[i];
    const b = groups[i + 1];
    if (!a || !b || a.to + 1 !== b.from || words[a.to]?.normal !== ',') continue;
    const [person, desc] = personOnly(a) && nominal(b) ? [a, b] : personOnly(b) && nominal(a) ? [b, a] : [null, null];
    if (!person || !desc) continue;
    person.bases = desc.bases;
    person.agents = desc.agents;
    partner.set(desc, person);
  }
  return partner;
}

function sentenceMentions(doc: Segmented, ctx: Context, index: number, reg: Registry, mem: Memory): void {
  const sentence = doc.sentences[index];
  if (!sentence) return;
  const words = sentenceWords(doc.tokens, sentence);
  const chunks = chunkWords(words, matchPhrases(words, lexicon(ctx)));
  const groups = buildGroups(words, chunks, doc.date, enricher(words, ctx, mem));
  const partner = appositions(words, groups);
  const emitted = new Map<Group, string | null>();
  const order = [...groups].sort((a, b) => (partner.has(a) ? 1 : 0) - (partner.has(b) ? 1 : 0));
  for (const g of order) {
    const person = partner.get(g);
    const personId = person ? emitted.get(person) : undefined;
    if (personId) {
      const single = { ...g, person: null, bases: [], agents: [] } satisfies Group;
      reg.addTo({ ...mentionSpan(doc, words, single, index), form: 'nominal', source: rule('apposition') }, personId);
      continue;
    }
    const id = emitGroup(doc, words, g, index, reg, mem);
    emitted.set(g, id);
    if (index === 0 && g.from === 0 && id) mem.dateline ??= datelineCountry(words, g, reg.actor(id)?.code ?? null);
  }
  surnames(doc, words, groups, index, reg, mem);
}

const DATELINE_END = new Set([':', ',', '--', '-', '—', '–', '(']);
const STATE_CODE = /^[A-Z]{3}(?:GOV)?$/;

/** "NAIROBI, Kenya --", "SINGAPORE:": an all-capitals place opening the story gives its country. */
function datelineCountry(words: readonly Word[], g: Group, code: string | null): string | null {
  if (code === null || !STATE_CODE.test(code) || !DATELINE_END.has(words[g.to]?.normal ?? '')) return null;
  for (let i = g.from; i < g.to; i++) {
    const text = words[i]?.text ?? '';
    if (text !== text.toUpperCase() || !/[A-Z]/.test(text)) return null;
  }
  return code.slice(0, 3);
}

function mentionSpan(doc: Segmented, words: readonly Word[], g: Group, sentence: number) {
  const firstToken = words[g.from]?.first ?? 0;
  const endToken = words[g.to - 1]?.end ?? firstToken;
  const start = doc.tokens[firstToken]?.span.start ?? 0;
  const end = doc.tokens[endToken - 1]?.span.end ?? start;
  return { span: { start, end }, text: doc.text.slice(start, end), sentence, firstToken, endToken };
}

/** Single proper nouns equal to a surname seen before ("Wang") → that person. */
function surnames(
  doc: Segmented,
  words: readonly Word[],
  groups: readonly Group[],
  index: number,
  reg: Registry,
  mem: Memory,
): void {
  const covered = new Set<number>();
  for (const g of groups) for (let i = g.from; i < g.to; i++) covered.add(i);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || covered.has(i) || w.pos !== 'PROPN' || words[i + 1]?.pos === 'PROPN' || words[i - 1]?.pos === 'PROPN')
      continue;
    const id = mem.surnames.get(w.normal);
    if (!id) continue;
    const g = { from: i, to: i + 1 } as Group;
    reg.addTo({ ...mentionSpan(doc, words, g, index), form: 'name', source: rule('surname') }, id);
    void wordsText;
  }
}

/** Hints for "they": plural groups of known country (a plural noun in the mention, or an earlier "they") and list items. */
function corefHints(doc: Segmented, reg: Registry): CorefHints {
  const plural = (m: Mention): boolean => {
    // A group of unknown country ("told reporters") is an audience more often than the "they" that acts.
    const code = reg.actor(m.actorId)?.code;
    if (!code || code.startsWith('---')) return false;
    if (m.form === 'pronoun') return PLURAL_PRONOUNS.has(m.text.toLowerCase());
    for (let t = m.firstToken; t < m.endToken; t++) {
      const token = doc.tokens[t];
      if (token?.pos === 'NOUN' && (token.normal !== token.lemma || COLLECTIVE.has(token.normal))) return true;
    }
    return false;
  };
  const listed = (m: Mention): boolean => {
    const same = reg.mentions.filter((x) => x.sentence === m.sentence && x.form !== 'pronoun');
    const i = same.indexOf(m);
    if (i < 0) return false;
    const joined = (a: Mention | undefined, b: Mention | undefined): boolean =>
      a !== undefined && b !== undefined && LIST_GAP.test(doc.text.slice(a.span.end, b.span.start));
    let from = i;
    while (joined(same[from - 1], same[from])) from--;
    let to = i;
    while (joined(same[to], same[to + 1])) to++;
    return to - from >= 2;
  };
  return { plural, listed };
}

/** Collective nouns that take "they": "the delegation ... They visited". */
const COLLECTIVE = new Set(['delegation', 'team', 'group', 'mission', 'committee', 'panel', 'crew']);
/** What lies between two items of a list: a comma or "and"/"or", maybe an article. */
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?$/i;

function pronouns(doc: Segmented, index: number, reg: Registry): void {
  const sentence = doc.sentences[index];
  if (!sentence) return;
  const hints = corefHints(doc, reg);
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = doc.tokens[t];
    if (token?.pos !== 'PRON') continue;
    const kind = pronounKind(token.normal);
    if (kind === null) continue;
    const isPerson = (id: string): boolean => reg.actor(id)?.type === 'person';
    const plural = PLURAL_PRONOUNS.has(token.normal);
    const id = antecedent(reg.mentions, token.span.start, index, kind, isPerson, plural, hints);
    if (id === null) continue;
    const mention = { span: token.span, text: token.text, sentence: index, firstToken: t, endToken: t + 1 };
    reg.addTo({ ...mention, form: 'pronoun', source: rule('pronoun-recency') }, id);
  }
}

/** Finds actor mentions and resolves them to actors. */
export function findActors<D extends Segmented>(doc: D, ctx: Context): D & WithActors {
  const reg = new Registry();
  const mem = newMemory();
  for (let i = 0; i < doc.sentences.length; i++) {
    sentenceMentions(doc, ctx, i, reg, mem);
    pronouns(doc, i, reg);
  }
  const { mentions, actors } = reg.finish();
  return { ...doc, mentions, actors };
}
