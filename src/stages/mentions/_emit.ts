/**
 * Turns the groups of a sentence into mentions and actors, with the article-wide memory
 * that coreference needs: persons by surname, codes by role phrase ("Foreign Ministry" seen
 * as CHN before), the latest organisation, and appositions ("Mamtimin Ala, the president").
 */

import type { Segmented } from '../../core/document.js';
import { dictionary, rule, type Source } from '../../core/source.js';
import { contextCountry, domesticRoles, type SentenceCountries } from './_context.js';
import { type Group, groupCodes, groupType } from './_groups.js';
import type { MentionInput, Registry } from './_registry.js';
import type { Word } from './words.js';

/** What earlier sentences tell later ones. */
export interface Memory {
  /** Lower-case surname → person actor id. */
  readonly surnames: Map<string, string>;
  /** Agent phrase → country/organisation bases it was seen with. */
  readonly roleBases: Map<string, string[]>;
  /** Agent phrase → the person actor last described by it ("the spokesman"). */
  readonly rolePersons: Map<string, string>;
  /** Last word of a longer agent phrase → the bases and person last seen with it ("foreign minister" → "minister"). */
  readonly roleHeads: Map<string, { readonly bases: string[]; readonly person: string | null }>;
  /** Role code of a force or group → the bases and sentence it was last named with ("Nigerian troops"). */
  readonly roleCodes: Map<string, { readonly bases: string[]; readonly sentence: number }>;
  lastOrg: { bases: string[]; name: string } | null;
  /** The country of the article's dateline ("NAIROBI, Kenya --", "SINGAPORE:"), if any. */
  dateline: string | null;
  /** The countries the current sentence names (see `_context.ts`). */
  named: SentenceCountries;
  /** The latest sentence's setting ("in Kandahar") and the sentence's index. */
  setting: { readonly country: string; readonly sentence: number } | null;
}

export const newMemory = (): Memory => ({
  surnames: new Map(),
  roleBases: new Map(),
  rolePersons: new Map(),
  roleHeads: new Map(),
  roleCodes: new Map(),
  lastOrg: null,
  dateline: null,
  named: { subject: -1, any: null, besidesGovernments: null, setting: null },
  setting: null,
});

const LEADING = new Set(['the', 'a', 'an']);
/** Forces news names bare ("Police said"). */
const FORCE_CODES = new Set(['MIL', 'COP']);
/** Forces and groups a later "the soldiers", "the attackers" may take up, whatever the noun. */
const GROUP_CODES = new Set(['MIL', 'COP', 'REB', 'INS', 'UAF', 'CRM']);

/** Text of words `[from, to)`. */
export function wordsText(doc: Segmented, words: readonly Word[], from: number, to: number): string {
  const a = words[from];
  const b = words[to - 1];
  const first = a ? doc.tokens[a.first] : undefined;
  const last = b ? doc.tokens[b.end - 1] : undefined;
  return first && last ? doc.text.slice(first.span.start, last.span.end) : '';
}

function mentionOf(doc: Segmented, words: readonly Word[], g: Group, sentence: number): MentionInput {
  const a = words[g.from];
  const b = words[g.to - 1];
  const firstToken = a?.first ?? 0;
  const endToken = b?.end ?? firstToken;
  const start = doc.tokens[firstToken]?.span.start ?? 0;
  const end = doc.tokens[endToken - 1]?.span.end ?? start;
  const role = g.agents.length > 0 ? roleText(g) : undefined;
  const source: Source = g.actor ? g.actor.source : (g.agents[0]?.source ?? rule('person-name'));
  return {
    span: { start, end },
    text: doc.text.slice(start, end),
    sentence,
    firstToken,
    endToken,
    form: g.person ? 'name' : g.actor || g.metonym ? 'name' : 'nominal',
    ...(role ? { role } : {}),
    ...(g.metonym ? { metonym: true } : {}),
    source,
  };
}

const roleText = (g: Group): string => g.agents.map((a) => a.phrase.join(' ')).join(' ');
const roleKey = (g: Group): string => g.agents[0]?.phrase.join(' ') ?? '';

function plainName(text: string): string {
  const space = text.indexOf(' ');
  return space > 0 && LEADING.has(text.slice(0, space).toLowerCase()) ? text.slice(space + 1) : text;
}

/** "the minister": "the" and a one-word role, nothing else. */
const bareHead = (words: readonly Word[], g: Group): boolean =>
  g.actor === null &&
  g.person === null &&
  !g.inherited &&
  g.to - g.from === 2 &&
  words[g.from]?.normal === 'the' &&
  g.agents.length === 1 &&
  g.agents[0]?.phrase.length === 1;

/** A role of several words with its country or person, for a later bare "the" + its last word. */
function rememberHead(g: Group, mem: Memory, person: string | null): void {
  const phrase = g.agents.length === 1 ? g.agents[0]?.phrase : undefined;
  if (!phrase || phrase.length < 2 || g.agents[0]?.position === 'prefix') return;
  if (person === null && g.bases.length === 0) return;
  mem.roleHeads.set(phrase[phrase.length - 1] ?? '', { bases: g.bases, person });
}

/** "the Chinese Foreign Ministry" lets a later "Foreign Ministry spokesman" be Chinese. */
function rememberSuffixes(words: readonly Word[], g: Group, mem: Memory): void {
  let key = words[g.to - 1]?.normal ?? '';
  for (let i = g.to - 2; i >= g.from && i >= g.to - 3; i--) {
    key = `${words[i]?.normal ?? ''} ${key}`;
    mem.roleBases.set(key, g.bases);
  }
}

/** Emits the mentions of one group; returns the first actor id, or null. */
export function emitGroup(
  doc: Segmented,
  words: readonly Word[],
  g: Group,
  sentence: number,
  reg: Registry,
  mem: Memory,
): string | null {
  // Only a definite or titled role takes the country seen with it before ("the spokesman",
  // "Foreign Ministry spokesman Wang Wenbin"), not "political leaders".
  // "Police said", "Troops fired": a force named bare is the one the story is about.
  const bareForce = g.to - g.from === 1 && g.agents.length === 1 && FORCE_CODES.has(g.agents[0]?.code ?? '');
  const definite =
    g.person !== null || words[g.from]?.normal === 'the' || (g.agents[0]?.phrase.length ?? 0) > 1 || bareForce;
  if (g.bases.length === 0 && g.agents.length > 0 && definite) {
    const seen = mem.roleBases.get(roleKey(g));
    if (seen) g.bases = seen;
  }
  // "Nigerian troops ... The soldiers": "the" + a force or group with no country of its own is
  // the one of the same kind named in the last two sentences.
  const kind = bareHead(words, g) && g.bases.length === 0 ? mem.roleCodes.get(g.agents[0]?.code ?? '') : undefined;
  if (kind && GROUP_CODES.has(g.agents[0]?.code ?? '') && sentence - kind.sentence <= 2) g.bases = kind.bases;
  // "The Iranian foreign minister ... The minister said": a bare "the" + head noun is the
  // longer role last named with it.
  const head = bareHead(words, g) ? mem.roleHeads.get(roleKey(g)) : undefined;
  if (head && g.bases.length === 0 && !mem.rolePersons.has(roleKey(g))) {
    if (head.person !== null) {
      reg.addTo({ ...mentionOf(doc, words, g, sentence), form: 'nominal' }, head.person);
      return head.person;
    }
    g.bases = head.bases;
  }
  // A role with no country in a datelined story is the dateline country's ("SINGAPORE: the government").
  if (g.bases.length === 0 && g.actor === null && g.agents.length > 0 && !g.possessed && mem.dateline) {
    const person = g.person === null ? mem.rolePersons.get(roleKey(g)) : undefined;
    if (person === undefined) g.bases = [mem.dateline];
  }
  // Else a state's own role as the subject takes the one country its sentence names ("President
  // Dos Santos conceded to Angolan rebels", "opposition leaders ... in Baku").
  const country = contextCountry(g.from, g.agents, mem.named);
  if (g.bases.length === 0 && g.actor === null && !g.possessed && country !== null) {
    const person = g.person === null ? mem.rolePersons.get(roleKey(g)) : undefined;
    if (person === undefined) g.bases = [country];
  }
  // Else "the" + a role (not a named person: visitors are named) takes where the last two
  // sentences happened ("A bomb exploded in Kandahar. The governor said...").
  const recent = mem.setting;
  const the = g.person === null && words[g.from]?.normal === 'the';
  if (g.bases.length === 0 && g.actor === null && !g.possessed && the && recent && sentence - recent.sentence <= 2) {
    const person = g.person === null ? mem.rolePersons.get(roleKey(g)) : undefined;
    if (person === undefined && domesticRoles(g.agents)) g.bases = [recent.country];
  }
  const mention = mentionOf(doc, words, g, sentence);
  if (g.person === null && g.bases.length === 0 && g.actor === null) {
    const person = mem.rolePersons.get(roleKey(g));
    if (person) {
      reg.addTo({ ...mention, form: 'nominal' }, person);
      return person;
    }
  }
  const codes = groupCodes(g);
  if (g.agents.length > 0 && g.bases.length > 0) mem.roleBases.set(roleKey(g), g.bases);
  const only = g.agents.length === 1 ? g.agents[0] : undefined;
  if (only && g.bases.length > 0 && g.person === null) mem.roleCodes.set(only.code, { bases: g.bases, sentence });
  rememberHead(g, mem, null);
  if (g.actor && g.agents.length === 0) rememberSuffixes(words, g, mem);
  const type = groupType(g, codes);
  if (g.person) {
    const name = wordsText(doc, words, g.person.from, g.person.to);
    const id = reg.add(mention, {
      key: `p:${name.toLowerCase()}`,
      name,
      type: 'person',
      code: codes[0] ?? null,
      source: mention.source,
    });
    const surname = words[g.person.to - 1]?.normal;
    if (surname) mem.surnames.set(surname, id);
    if (g.agents.length > 0) mem.rolePersons.set(roleKey(g), id);
    rememberHead(g, mem, id);
    return id;
  }
  const name = g.actor && g.agents.length === 0 ? g.actor.name : plainName(mention.text);
  if (codes.length === 0) {
    return reg.add(mention, { key: `n:${name.toLowerCase()}`, name, type, code: null, source: mention.source });
  }
  // "the organization" later means the latest organisation that was a sentence's subject.
  const subject = g.from <= 1 || (g.from <= 3 && words[0]?.pos === 'PUNCT');
  const org = type === 'igo' || type === 'ngo' || type === 'exile' || type === 'party';
  if (g.actor && g.agents.length === 0 && org && subject) {
    mem.lastOrg = { bases: g.bases, name: g.actor.name };
  }
  let first: string | null = null;
  for (const code of codes) {
    const id = reg.add(mention, { key: `c:${code}|${name.toLowerCase()}`, name, type, code, source: mention.source });
    first ??= id;
  }
  // "Foreign Minister Wang Yi" (a known person) is the later "the minister".
  if (g.actor?.type === 'person') rememberHead(g, mem, first);
  return first;
}

/** Provenance of an actor entry, for tests. */
export const entrySource = (table: string, entry: string): Source => dictionary(table, entry);
