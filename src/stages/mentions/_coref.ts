/**
 * Pronoun coreference, simple and local: "he"/"she"/"him" → the latest person named in
 * this or the two sentences before; "it"/"they"/"them" → the latest actor that is not a
 * person. Possessives ("its", "their") are not mentions.
 */
import type { Mention } from '../../core/document.js';

const PERSON = new Set(['he', 'she', 'him']);
const THING = new Set(['it', 'they', 'them']);

/** The pronoun kind of a token's normal form, or null when it is not one we resolve. */
export function pronounKind(normal: string): 'person' | 'thing' | null {
  if (PERSON.has(normal)) return 'person';
  if (THING.has(normal)) return 'thing';
  return null;
}

/** The actor id a pronoun refers to, or null. `isPerson` tells an actor's kind. */
export function antecedent(
  mentions: readonly Mention[],
  at: number,
  sentence: number,
  kind: 'person' | 'thing',
  isPerson: (actorId: string) => boolean,
): string | null {
  const floor = sentence - (kind === 'person' ? 3 : 2);
  let best: Mention | null = null;
  // Mentions are kept in text order: walk back from the latest one.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m || m.sentence < floor) break;
    if (m.span.start >= at || m.form === 'pronoun') continue;
    if (isPerson(m.actorId) !== (kind === 'person')) continue;
    if (best === null || m.span.start > best.span.start) best = m;
  }
  return best?.actorId ?? null;
}
