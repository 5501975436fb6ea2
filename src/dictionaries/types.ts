/**
 * The coder's dictionaries, whatever file they came from: dyad's own tables in data/
 * or a user's PETRARCH/TABARI files (`--dict KIND=FILE`). Both compile to these types,
 * so the mentions and events stages never know which one they run on.
 */
import type { ActorType } from '../core/codes.js';
import type { Source } from '../core/source.js';

/** A code that holds between two dates (PETRARCH `[CODE >DATE]` / `[CODE <DATE]`). */
export interface DatedCode {
  readonly code: string;
  /** Inclusive `YYYY-MM-DD` bounds; absent = open. */
  readonly from?: string;
  readonly to?: string;
}

/** A named actor: "Organization of Islamic Cooperation" → IGOMOSOIC (for example). */
export interface ActorEntry {
  /** Normalised words (lower case, straight apostrophes) of one name or alias. */
  readonly phrase: readonly string[];
  /** Canonical name of the actor, shared by all its aliases. */
  readonly name: string;
  /** Code when no dated code applies. */
  readonly code: string;
  readonly dated: readonly DatedCode[];
  readonly type: ActorType;
  readonly source: Source;
}

/** A common noun or title that makes an agent: "police" → COP, "foreign minister" → GOV. */
export interface AgentEntry {
  readonly phrase: readonly string[];
  /** Role code to append to a country or organisation code (`GOV`, `MIL`, `MED`...). */
  readonly code: string;
  readonly source: Source;
}

/** One element of a verb pattern, in the PETRARCH-1 order of the sentence. */
export type PatternItem =
  | { readonly kind: 'verb' } // `*`: the verb itself
  | { readonly kind: 'source' } // `$`: the source actor
  | { readonly kind: 'target' } // `+`: the target actor
  | { readonly kind: 'word'; readonly words: readonly string[] } // literal word, or a synonym set
  | { readonly kind: 'skip' }; // `^` / `_` style gaps, where a syntax allows them

/** A verb pattern: when it matches around the verb, the event gets `code`. */
export interface VerbPattern {
  /** CAMEO event code, e.g. `111`; `---` style null codes are dropped at load. */
  readonly code: string;
  /** Lemmas of the verb(s) the pattern hangs on (a PETRARCH synonym block gives several). */
  readonly verbs: readonly string[];
  readonly pattern: readonly PatternItem[];
  readonly source: Source;
}

/** Phrases whose presence discards a sentence or a story (sports, entertainment...). */
export interface DiscardEntry {
  readonly phrase: readonly string[];
  /** `sentence` for `+` entries, `story` for `$` entries in PETRARCH discard files. */
  readonly scope: 'sentence' | 'story';
  readonly source: Source;
}

/** An issue phrase (PETRARCH issues file): "human rights" → HUMAN_RIGHTS. */
export interface IssueEntry {
  readonly phrase: readonly string[];
  readonly code: string;
  readonly source: Source;
}

/** Everything the coder needs, from any source. */
export interface Dictionaries {
  readonly actors: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
  readonly verbs: readonly VerbPattern[];
  readonly discards: readonly DiscardEntry[];
  readonly issues: readonly IssueEntry[];
}

/** A problem found while loading a dictionary: reported, the entry skipped, loading goes on. */
export interface DictionaryProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}
