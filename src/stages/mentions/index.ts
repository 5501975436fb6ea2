/**
 * @module mentions
 * Finds actor mentions (countries, organisations, groups, people with roles) and
 * groups them into actors with CAMEO-style codes. Per sentence, in this order:
 * (1) longest-match dictionary lookup of actor and agent phrases; (2) noun-phrase chunks;
 * (3) groups: actor + agents, `of`-phrases, conjuncts, appositions, capitals as metonyms,
 * "the organization"; capitals after "in" are places, not actors (`_context.ts`);
 * (4) roles with no country take the dateline's, else their sentence's one country
 * (`_context.ts`); "the two countries" → the two actors before (`_plural.ts`);
 * (5) person names with titles, surnames seen before; (6) pronouns.
 */

import type { Context } from '../../context.js';
import type { Mention, Segmented, WithActors } from '../../core/document.js';
import { rule } from '../../core/source.js';
import { chunkWords } from './_chunks.js';
import { capitalHit, countryCodes, locativeCapital, regionNames, regionPlaces, sentenceCountries } from './_context.js';
import { antecedent, type CorefHints, PLURAL_PRONOUNS, pronounKind } from './_coref.js';
import { emitGroup, type Memory, newMemory, wordsText } from './_emit.js';
import { buildGroups, countryOnly, type Enrich, type Group } from './_groups.js';
import { lexicon } from './_lexicon.js';
import { matchPhrases } from './_match.js';
import { capitalMetonym, capitals, GOVERNMENT_AGENT, isOrgDescription } from './_nominal.js';
import { type PluralPhrase, pluralAntecedents, pluralPhrases } from './_plural.js';
import { Registry } from './_registry.js';
import { sentenceWords, type Word } from './words.js';

export { sentenceWords, type Word } from './words.js';

function enricher(words: readonly Word[], ctx: Context, mem: Memory): Enrich {
  const table = capitals(ctx);
  return (chunk, g) => {
    g.capital = capitalHit(words, chunk, table);
    if (locativeCapital(words, chunk, table)) {
      g.place = true;
      return;
    }
    if (chunk.hits.length > 0) {
      // "Berlin non-profit", "a Moscow court": a capital before a role other than government gives its country.
      // "the Beijing Olympics", "the Moscow metro": a capital naming a thing is its country too.
      const thing = g.modifies && g.agents.length === 0;
      if (g.capital && (thing || (g.agents.length > 0 && g.agents.every((a) => a.code !== 'GOV'))))
        g.bases = g.bases.map(countryOnly);
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

const ORGANISATIONS = new Set(['igo', 'ngo', 'party', 'armed-group', 'exile', 'media', 'business']);
/** A coded organisation or body, not a country and not inside a prepositional phrase ("In Kenya, the government"). */
const organisation = (words: readonly Word[], g: Group): boolean =>
  g.person === null &&
  !g.metonym &&
  g.bases.length > 0 &&
  words[g.from - 1]?.pos !== 'ADP' &&
  (g.agents.length > 0 || ORGANISATIONS.has(g.actor?.type ?? ''));
/** "the umbrella union", "a rights group": a role with no country of its own, opened by an article. */
const description = (words: readonly Word[], g: Group): boolean =>
  g.actor === null &&
  g.person === null &&
  g.bases.length === 0 &&
  g.agents.length > 0 &&
  !g.inherited &&
  words[g.from]?.pos === 'DET';

/** "Mamtimin Ala, the president of X" and "The president of X, Mamtimin Ala": one person. */
function appositions(words: readonly Word[], groups: readonly Group[]): Map<Group, Group> {
  const partner = new Map<Group, Group>();
  for (let i = 0; i + 1 < groups.length; i++) {
    const a = groups[i];
    const b = groups[i + 1];
    if (!a || !b || a.to + 1 !== b.from || words[a.to]?.normal !== ',') continue;
    const [person, desc] = personOnly(a) && nominal(b) ? [a, b] : personOnly(b) && nominal(a) ? [b, a] : [null, null];
    // "The teachers' union (NUT), the umbrella union for schools, said": the description is the organisation.
    if (!person && organisation(words, a) && description(words, b)) partner.set(b, a);
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
  if (index === 0) mem.dateline ??= datelineRegion(words, regionNames(ctx));
  const all = buildGroups(words, chunks, doc.date, enricher(words, ctx, mem));
  const places = all.filter((g) => g.place).map((g) => (g.bases[0] ?? '').slice(0, 3));
  places.push(...regionPlaces(words, regionNames(ctx)));
  const groups = all.filter((g) => !g.place);
  mem.named = sentenceCountries(words, groups, places, countryCodes(ctx));
  const partner = appositions(words, groups);
  const emitted = new Map<Group, string | null>();
  // "The two countries", "both leaders" wait for the actors named before them in the sentence.
  const plural = pluralPhrases(words);
  const held: Group[] = [];
  const order = [...groups].sort((a, b) => (partner.has(a) ? 1 : 0) - (partner.has(b) ? 1 : 0));
  for (const g of order) {
    if (plural.some((p) => p.from < g.to && g.from < p.to)) {
      held.push(g);
      continue;
    }
    if (index === 0 && uncodedDateline(words, g)) continue;
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
  const resolved = pluralMentions(doc, words, plural, index, reg);
  for (const g of held)
    if (!resolved.some((p) => p.from < g.to && g.from < p.to)) emitGroup(doc, words, g, index, reg, mem);
  surnames(doc, words, groups, index, reg, mem);
  if (mem.named.setting !== null) mem.setting = { country: mem.named.setting, sentence: index };
}

/** "The two countries", "both leaders" → the two actors named before; returns the phrases resolved. */
function pluralMentions(
  doc: Segmented,
  words: readonly Word[],
  phrases: readonly PluralPhrase[],
  index: number,
  reg: Registry,
): PluralPhrase[] {
  const resolved: PluralPhrase[] = [];
  for (const p of phrases) {
    const span = mentionSpan(doc, words, p, index);
    const ids = pluralAntecedents(reg.mentions, span.span.start, index, p.kind, (id) => reg.actor(id));
    if (ids === null) continue;
    for (const id of ids) reg.addTo({ ...span, form: 'nominal', source: rule('plural-coreference') }, id);
    resolved.push(p);
  }
  return resolved;
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

/** "EAST CLEVELAND, Ohio --": a place in capitals opening the story that no table codes is not a person. */
function uncodedDateline(words: readonly Word[], g: Group): boolean {
  if (g.from !== 0 || g.actor !== null || g.agents.length > 0 || !DATELINE_END.has(words[g.to]?.normal ?? ''))
    return false;
  return words.slice(g.from, g.to).every((w) => w.text === w.text.toUpperCase() && /[A-Z]{2}/.test(w.text));
}

/** "EAST CLEVELAND, Ohio (AP) --", "LAHORE:": a dateline naming a city or a state gives its country. */
function datelineRegion(words: readonly Word[], names: ReadonlyMap<string, string>): string | null {
  let end = 0;
  while (
    end < words.length &&
    /^[A-Z][A-Z.'-]*$/.test(words[end]?.text ?? '') &&
    /[A-Z]{2}/.test(words[end]?.text ?? '')
  )
    end++;
  if (end === 0 || !DATELINE_END.has(words[end]?.normal ?? '')) return null;
  const key = (from: number, to: number): string =>
    words
      .slice(from, to)
      .map((w) => w.normal)
      .join(' ');
  const city = names.get(key(0, end));
  if (city !== undefined) return city;
  // "EAST CLEVELAND, Ohio": the state or province after the comma.
  let to = end + 1;
  while (to < words.length && words[to]?.pos === 'PROPN') to++;
  return words[end]?.normal === ',' && to > end + 1 ? (names.get(key(end + 1, to)) ?? null) : null;
}

function mentionSpan(doc: Segmented, words: readonly Word[], g: { from: number; to: number }, sentence: number) {
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
    reg.addTo({ ...mentionSpan(doc, words, { from: i, to: i + 1 }, index), form: 'name', source: rule('surname') }, id);
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
  const pluralHead = (m: Mention): boolean => {
    const head = doc.tokens[m.endToken - 1];
    return head?.pos === 'NOUN' && head.normal !== head.lemma && !COLLECTIVE.has(head.normal);
  };
  return { plural, listed, pluralHead };
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
