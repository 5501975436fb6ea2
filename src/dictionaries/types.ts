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
  /** Where the code goes: `suffix` (PETRARCH `[~GOV]`, the default) or `prefix` (`[NGO~]`). */
  readonly position?: 'suffix' | 'prefix';
  readonly source: Source;
}

/**
 * One element of a verb pattern, in the PETRARCH-1 order of the sentence.
 * `adjacent: true` = this item must immediately follow the previous one (PETRARCH `_` glue,
 * `IN_*`); otherwise other words may come between. Words are lower case.
 */
export type PatternItem =
  | { readonly kind: 'verb'; readonly adjacent?: boolean } // `*`: the verb itself
  | { readonly kind: 'source'; readonly adjacent?: boolean } // `$`: the source actor
  | { readonly kind: 'target'; readonly adjacent?: boolean } // `+`: the target actor
  | { readonly kind: 'compound'; readonly adjacent?: boolean } // `%`: source and target are the members of one compound actor
  // literal word, or a synonym set: alternatives with spaces (`austrian florin`) are phrases of consecutive tokens
  | { readonly kind: 'word'; readonly words: readonly string[]; readonly adjacent?: boolean }
  | { readonly kind: 'skip'; readonly adjacent?: boolean }; // `^`: skip a noun phrase

/** A verb pattern: when it matches around the verb, the event gets `code`. */
export interface VerbPattern {
  /**
   * Event code, e.g. `111`; `---` style null codes are dropped at load. User files may hold
   * non-CAMEO codes (`174K`, `1010`, `102b`): treat them as opaque strings. `---` occurs
   * only together with `reverse` (PETRARCH-2 `[:173]`): then only the reverse event is coded.
   */
  readonly code: string;
  /** For a PETRARCH pair code `[AAA:BBB]`: BBB, an event from the target back to the source. */
  readonly reverse?: string;
  /** Lemmas of the verb(s) the pattern hangs on (a PETRARCH synonym block gives several). */
  readonly verbs: readonly string[];
  /**
   * Lower-case surface forms the pattern applies to, when the file lists them (user files);
   * absent = any form of `verbs`. Lets `MEET [031:031]` and `MET [031:032]` differ.
   */
  readonly forms?: readonly string[];
  readonly pattern: readonly PatternItem[];
  readonly source: Source;
}

/** Phrases whose presence discards a sentence or a story (sports, entertainment...). */
export interface DiscardEntry {
  readonly phrase: readonly string[];
  /** `story` for `+` entries, `sentence` for plain entries in PETRARCH discard files. */
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
