/**
 * Pronoun coreference, simple and local: "he"/"she"/"him" → the latest person named in
 * this or the two sentences before; "they"/"them" → the latest plural group (three sentences
 * back), else like "it" → the latest actor that is not a person, never one item of a long list.
 * Possessives ("its", "their") are not mentions.
 */
import type { Mention } from '../../core/document.js';

const PERSON = new Set(['he', 'she', 'him']);
const THING = new Set(['it', 'they', 'them']);
/** Pronouns that stand for a plural group. */
export const PLURAL_PRONOUNS = new Set(['they', 'them']);

/** The pronoun kind of a token's normal form, or null when it is not one we resolve. */
export function pronounKind(normal: string): 'person' | 'thing' | null {
  if (PERSON.has(normal)) return 'person';
  if (THING.has(normal)) return 'thing';
  return null;
}

/** What the pronoun resolver may ask about a candidate mention. */
export interface CorefHints {
  /** A plural group ("a delegation of Pakistani experts", "Israeli troops") or a "they" already resolved. */
  readonly plural: (m: Mention) => boolean;
  /** One item of a list of three or more actors ("Egypt, France, ... and the OIC"): never an antecedent alone. */
  readonly listed: (m: Mention) => boolean;
  /** A phrase whose head noun is plural ("primary school teachers"): never what "it" stands for. */
  readonly pluralHead?: (m: Mention) => boolean;
}

const NO_HINTS: CorefHints = { plural: () => false, listed: () => false };

/**
 * The actor id a pronoun refers to, or null. `isPerson` tells an actor's kind. "They"/"them"
 * first look three sentences back for the latest plural group; otherwise every pronoun takes the
 * latest actor of its kind (person or not) in this or the sentences before; list items never.
 */
export function antecedent(
  mentions: readonly Mention[],
  at: number,
  sentence: number,
  kind: 'person' | 'thing',
  isPerson: (actorId: string) => boolean,
  plural = false,
  hints: CorefHints = NO_HINTS,
): string | null {
  if (plural) {
    const group = latest(
      mentions,
      at,
      sentence - 3,
      (m) => !isPerson(m.actorId) && hints.plural(m) && !hints.listed(m),
    );
    if (group) return group.actorId;
  }
  const floor = sentence - (kind === 'person' ? 3 : 2);
  const best = latest(
    mentions,
    at,
    floor,
    (m) =>
      m.form !== 'pronoun' &&
      isPerson(m.actorId) === (kind === 'person') &&
      !hints.listed(m) &&
      (plural || kind === 'person' || !hints.pluralHead?.(m)),
  );
  return best?.actorId ?? null;
}

/** The latest mention before `at`, from sentence `floor` on, that passes `ok`. */
function latest(mentions: readonly Mention[], at: number, floor: number, ok: (m: Mention) => boolean): Mention | null {
  let best: Mention | null = null;
  // Mentions are kept in text order: walk back from the latest one.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m || m.sentence < floor) break;
    if (m.span.start >= at || !ok(m)) continue;
    if (best === null || m.span.start > best.span.start) best = m;
  }
  return best;
}
