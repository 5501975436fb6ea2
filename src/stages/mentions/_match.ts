/**
 * Longest-match lookup of actor and agent phrases over a sentence's words. At each word the
 * longest phrase of either kind wins (an actor on a tie), then matching resumes after it.
 */
import type { ActorEntry, AgentEntry } from '../../dictionaries/types.js';
import { type Lexicon, type PhraseIndex, pairKey } from './_lexicon.js';
import type { Word } from './words.js';

/** A dictionary hit over words `[from, to)` of the sentence. */
export type Hit =
  | { readonly kind: 'actor'; readonly from: number; readonly to: number; readonly entry: ActorEntry }
  | { readonly kind: 'agent'; readonly from: number; readonly to: number; readonly entry: AgentEntry };

interface Found<E> {
  readonly length: number;
  readonly entry: E;
}

function wordMatches(word: Word, expected: string, lastOfAgent: boolean): boolean {
  if (word.normal === expected) return true;
  return lastOfAgent && word.lemma === expected;
}

function matches(words: readonly Word[], at: number, phrase: readonly string[], agent: boolean): boolean {
  const n = phrase.length;
  if (at + n > words.length) return false;
  for (let k = 2; k < n; k++) {
    const word = words[at + k];
    if (word === undefined || !wordMatches(word, phrase[k] ?? '', agent && k === n - 1)) return false;
  }
  return true;
}

function longest<E>(index: PhraseIndex<E>, words: readonly Word[], at: number, agent: boolean): Found<E> | null {
  const head = words[at];
  if (head === undefined) return null;
  const next = words[at + 1];
  if (next !== undefined) {
    // Two-word prefixes; an agent's last word may be plural ("security officials").
    const keys = agent && next.lemma !== next.normal ? [next.normal, next.lemma] : [next.normal];
    for (const second of keys) {
      const bucket = index.multi.get(pairKey(head.normal, second));
      if (!bucket) continue;
      for (const phrase of bucket) {
        if ((phrase.words.length === 2 || second === next.normal) && matches(words, at, phrase.words, agent)) {
          return { length: phrase.words.length, entry: phrase.entry };
        }
      }
    }
  }
  const one = index.single.get(head.normal) ?? (agent ? index.single.get(head.lemma) : undefined);
  return one ? { length: 1, entry: one.entry } : null;
}

/** All actor and agent hits in a sentence, left to right, not overlapping. */
export function matchPhrases(words: readonly Word[], lex: Lexicon): Hit[] {
  const hits: Hit[] = [];
  let at = 0;
  while (at < words.length) {
    const actor = longest(lex.actors, words, at, false);
    const agent = longest(lex.agents, words, at, true);
    if (actor && (!agent || actor.length >= agent.length)) {
      hits.push({ kind: 'actor', from: at, to: at + actor.length, entry: actor.entry });
      at += actor.length;
    } else if (agent) {
      hits.push({ kind: 'agent', from: at, to: at + agent.length, entry: agent.entry });
      at += agent.length;
    } else at++;
  }
  return hits;
}
