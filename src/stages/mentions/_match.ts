/**
 * Longest-match lookup of actor and agent phrases over a sentence's words. At each word the
 * longest phrase of either kind wins (an actor on a tie), then matching resumes after it.
 */
import type { ActorEntry, AgentEntry } from '../../dictionaries/types.js';
import { normaliseWord } from '../segment/normalise.js';
import type { Lexicon, PhraseIndex } from './_lexicon.js';
import type { Word } from './words.js';

/** A dictionary hit over words `[from, to)` of the sentence. */
export type Hit =
  | { readonly kind: 'actor'; readonly from: number; readonly to: number; readonly entry: ActorEntry }
  | { readonly kind: 'agent'; readonly from: number; readonly to: number; readonly entry: AgentEntry };

interface Found<E> {
  readonly length: number;
  readonly entry: E;
}

/** How a word is compared: its normal form, or its exact text for exact-case names. */
type Form = (w: Word) => string;
const normalForm: Form = (w) => w.normal;
const exactForm: Form = (w) => w.text;

function wordMatches(word: Word, expected: string, lastOfAgent: boolean, form: Form): boolean {
  if (form(word) === expected) return true;
  return lastOfAgent && word.lemma === expected;
}

function matches(words: readonly Word[], at: number, phrase: readonly string[], agent: boolean, form: Form): boolean {
  const n = phrase.length;
  if (at + n > words.length) return false;
  for (let k = 2; k < n; k++) {
    const word = words[at + k];
    if (word === undefined || !wordMatches(word, phrase[k] ?? '', agent && k === n - 1, form)) return false;
  }
  return true;
}

function longest<E>(
  index: PhraseIndex<E>,
  words: readonly Word[],
  at: number,
  agent: boolean,
  form: Form = normalForm,
): Found<E> | null {
  const head = words[at];
  if (head === undefined) return null;
  const next = words[at + 1];
  // Most words start no phrase of two words or more: one look-up tells.
  const seconds = next === undefined ? undefined : index.multi.get(form(head));
  if (next !== undefined && seconds !== undefined) {
    // Two-word prefixes; an agent's last word may be plural ("security officials").
    const keys = agent && next.lemma !== next.normal ? [form(next), next.lemma] : [form(next)];
    for (const second of keys) {
      const bucket = seconds.get(second);
      if (!bucket) continue;
      for (const phrase of bucket) {
        if ((phrase.words.length === 2 || second === form(next)) && matches(words, at, phrase.words, agent, form)) {
          return { length: phrase.words.length, entry: phrase.entry };
        }
      }
    }
  }
  const one = index.single.get(form(head)) ?? (agent ? index.single.get(head.lemma) : undefined);
  return one ? { length: 1, entry: one.entry } : null;
}

const UPPER = /^[^a-z]*[A-Z][^a-z]*$/;

/** True when most words are in capitals (a headline): exact-case names ("IS", "US") are then unreliable. */
function shouting(words: readonly Word[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    if (!/[A-Za-z]/.test(w.text)) continue;
    letters++;
    if (UPPER.test(w.text)) upper++;
  }
  return letters >= 3 && upper * 2 > letters;
}

/** The longer of the case-blind actor match and the exact-case one. */
function actorAt(lex: Lexicon, words: readonly Word[], at: number, exact: boolean): Found<ActorEntry> | null {
  const blind = longest(lex.actors, words, at, false);
  if (!exact) return blind;
  const cased = longest(lex.exact, words, at, false, exactForm);
  return cased && (!blind || cased.length > blind.length) ? cased : blind;
}

const LED = '-led';

/**
 * "a Saudi-led coalition", "US-led forces", "NATO-led troops": a force led by a named actor is
 * that actor's, as coders code a coalition by the state that leads it ("Iran-backed" is not).
 */
function ledBy(lex: Lexicon, word: Word, exact: boolean): ActorEntry | null {
  if (!word.normal.endsWith(LED) || word.normal.length <= LED.length) return null;
  const name = word.normal.slice(0, -LED.length);
  const entry =
    lex.actors.single.get(name)?.entry ??
    (exact ? lex.exact.single.get(word.text.slice(0, -LED.length))?.entry : undefined);
  return entry && entry.type !== 'person' ? entry : null;
}

/** The first words of every phrase of a lexicon, in normal form, by lexicon. */
const FIRST_WORDS = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * Every word that starts a phrase of any of the lexicon's indexes, as `Word.normal` (or, for agents,
 * `Word.lemma`) would spell it: a word that is none starts no hit, and most words are none ("said",
 * "the", "on"), so one look-up spares the six of trying each index.
 */
function firstWords(lex: Lexicon): ReadonlySet<string> {
  let firsts = FIRST_WORDS.get(lex);
  if (firsts === undefined) {
    const set = new Set<string>();
    for (const index of [lex.actors, lex.agents, lex.exact] as readonly PhraseIndex<unknown>[])
      for (const keys of [index.single.keys(), index.multi.keys()]) for (const key of keys) set.add(normaliseWord(key));
    FIRST_WORDS.set(lex, set);
    firsts = set;
  }
  return firsts;
}

/** All actor and agent hits in a sentence, left to right, not overlapping. */
export function matchPhrases(words: readonly Word[], lex: Lexicon): Hit[] {
  const hits: Hit[] = [];
  const exact = lex.exact.single.size + lex.exact.multi.size > 0 && !shouting(words);
  const firsts = firstWords(lex);
  let at = 0;
  while (at < words.length) {
    const word = words[at];
    const starts = word !== undefined && (firsts.has(word.normal) || firsts.has(word.lemma));
    const actor = starts ? actorAt(lex, words, at, exact) : null;
    const agent = starts ? longest(lex.agents, words, at, true) : null;
    if (actor && (!agent || actor.length >= agent.length)) {
      hits.push({ kind: 'actor', from: at, to: at + actor.length, entry: actor.entry });
      at += actor.length;
    } else if (agent) {
      hits.push({ kind: 'agent', from: at, to: at + agent.length, entry: agent.entry });
      at += agent.length;
    } else {
      const led = word ? ledBy(lex, word, exact) : null;
      if (led) hits.push({ kind: 'actor', from: at, to: at + 1, entry: led });
      at++;
    }
  }
  return hits;
}
