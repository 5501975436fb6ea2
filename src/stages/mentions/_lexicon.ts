/**
 * Actor and agent phrases compiled once per context into Maps: one-word phrases by their
 * word, longer phrases by their first word and then their second (each bucket longest first),
 * so matching costs a Map lookup or two per word whatever the size of the dictionaries.
 */
import { type Context, memo } from '../../context.js';
import { loadDictionaries } from '../../dictionaries/load.js';
import type { ActorEntry, AgentEntry } from '../../dictionaries/types.js';
import { exactCaseActorEntries } from '../../tables/actors.js';

/** A phrase of a dictionary entry. */
export interface Phrase<E> {
  readonly words: readonly string[];
  readonly entry: E;
}

/** Phrases by first word (one-word phrases) and by first, then second word (longer ones). */
export interface PhraseIndex<E> {
  readonly single: ReadonlyMap<string, Phrase<E>>;
  readonly multi: ReadonlyMap<string, ReadonlyMap<string, readonly Phrase<E>[]>>;
}

/** The compiled actor and agent phrase indexes. */
export interface Lexicon {
  readonly actors: PhraseIndex<ActorEntry>;
  readonly agents: PhraseIndex<AgentEntry>;
  /** Built-in names matched only in their exact case ("US", "WHO"); empty when the user replaced actors. */
  readonly exact: PhraseIndex<ActorEntry>;
}

/** Builds the index over entries' phrases; the first entry of a phrase wins. */
export function indexPhrases<E extends { readonly phrase: readonly string[] }>(
  entries: readonly E[],
  keepCase = false,
): PhraseIndex<E> {
  const single = new Map<string, Phrase<E>>();
  const multi = new Map<string, Map<string, Phrase<E>[]>>();
  for (const entry of entries) {
    const words = entry.phrase.map((w) => (keepCase ? w : w.toLowerCase())).filter((w) => w !== '');
    const [a, b] = words;
    if (a === undefined) continue;
    if (b === undefined) {
      if (!single.has(a)) single.set(a, { words, entry });
      continue;
    }
    const seconds = multi.get(a) ?? new Map<string, Phrase<E>[]>();
    multi.set(a, seconds);
    const bucket = seconds.get(b);
    if (bucket) bucket.push({ words, entry });
    else seconds.set(b, [{ words, entry }]);
  }
  for (const seconds of multi.values()) {
    for (const bucket of seconds.values()) bucket.sort((x, y) => y.words.length - x.words.length);
  }
  return { single, multi };
}

/** The lexicon for this context (memo key `mentions/lexicon`). */
export function lexicon(ctx: Context): Lexicon {
  return memo(ctx, 'mentions/lexicon', () => {
    const dictionaries = loadDictionaries(ctx);
    const builtinActors = !ctx.config.dictionaries.some((d) => d.kind === 'actors');
    return {
      actors: indexPhrases(dictionaries.actors),
      agents: indexPhrases(dictionaries.agents),
      exact: indexPhrases(builtinActors ? exactCaseActorEntries() : [], true),
    };
  });
}
