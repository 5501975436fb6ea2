/**
 * Verb patterns compiled once per context: surface form → patterns (for user files that
 * list inflected forms) and lemma → patterns (for tables that do not), plus the discard
 * phrases by scope.
 */
import { type Context, memo } from '../../context.js';
import { loadDictionaries } from '../../dictionaries/load.js';
import type { DiscardEntry, VerbPattern } from '../../dictionaries/types.js';

/** The compiled verb and discard tables. */
export interface VerbIndex {
  readonly byForm: ReadonlyMap<string, readonly VerbPattern[]>;
  readonly byLemma: ReadonlyMap<string, readonly VerbPattern[]>;
  /** Patterns with listed forms, by lemma: for irregular forms a file did not list ("met"). */
  readonly byVerb: ReadonlyMap<string, readonly VerbPattern[]>;
  readonly sentenceDiscards: readonly DiscardEntry[];
  readonly storyDiscards: readonly DiscardEntry[];
}

function push(map: Map<string, VerbPattern[]>, key: string, pattern: VerbPattern): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(pattern)) list.push(pattern);
  } else map.set(key, [pattern]);
}

/** The verb index of this context (memo key `events/verbs`). */
export function verbIndex(ctx: Context): VerbIndex {
  return memo(ctx, 'events/verbs', () => {
    const dictionaries = loadDictionaries(ctx);
    const byForm = new Map<string, VerbPattern[]>();
    const byLemma = new Map<string, VerbPattern[]>();
    const byVerb = new Map<string, VerbPattern[]>();
    for (const pattern of dictionaries.verbs) {
      if (pattern.forms && pattern.forms.length > 0) {
        for (const form of pattern.forms) push(byForm, form.toLowerCase(), pattern);
        for (const verb of pattern.verbs) push(byVerb, verb.toLowerCase(), pattern);
      } else for (const verb of pattern.verbs) push(byLemma, verb.toLowerCase(), pattern);
    }
    return {
      byForm,
      byLemma,
      byVerb,
      sentenceDiscards: dictionaries.discards.filter((d) => d.scope === 'sentence'),
      storyDiscards: dictionaries.discards.filter((d) => d.scope === 'story'),
    };
  });
}

/** The patterns that hang on a word: by its surface form, else by its lemma. */
export function patternsFor(index: VerbIndex, normal: string, lemma: string): readonly VerbPattern[] {
  const byForm = index.byForm.get(normal);
  const byLemma = index.byLemma.get(lemma) ?? index.byLemma.get(normal);
  if (byForm && byLemma) return [...byForm, ...byLemma];
  return byForm ?? byLemma ?? index.byVerb.get(lemma) ?? [];
}
