/**
 * Plural coreference: "the two countries", "both leaders", "the two sides" stand for the two
 * latest actors of that kind named before, in this sentence or the two before it ("Kenya and
 * Uganda signed a deal. The two countries agreed..." → Kenya and Uganda). Without two such
 * actors, the phrase is left to the other rules.
 */
import type { Mention } from '../../core/document.js';
import type { Word } from './words.js';

/** What a plural head can stand for: states (countries, governments), people, or either. */
type Kind = 'state' | 'person' | 'any';

const HEADS: ReadonlyMap<string, Kind> = new Map([
  ['countries', 'state'],
  ['nations', 'state'],
  ['states', 'state'],
  ['governments', 'state'],
  ['neighbours', 'state'],
  ['neighbors', 'state'],
  ['sides', 'any'],
  ['parties', 'any'],
  ['leaders', 'person'],
  ['presidents', 'person'],
  ['ministers', 'person'],
  ['men', 'person'],
]);

/** A plural phrase over words `[from, to)` and the kind of actor it stands for. */
export interface PluralPhrase {
  readonly from: number;
  readonly to: number;
  readonly kind: Kind;
}

/** "the two countries", "both leaders", "both the governments" in a sentence's words. */
export function pluralPhrases(words: readonly Word[]): PluralPhrase[] {
  const out: PluralPhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]?.normal;
    let head = -1;
    if (a === 'both') head = words[i + 1]?.normal === 'the' ? i + 2 : i + 1;
    else if (a === 'the' && words[i + 1]?.normal === 'two') head = i + 2;
    // A word between ("the two foreign ministers", "both Gulf states") may qualify the head.
    let kind = HEADS.get(words[head]?.normal ?? '');
    if (kind === undefined && head >= 0 && words[head]?.pos === 'ADJ') kind = HEADS.get(words[++head]?.normal ?? '');
    // "both sides of the border" is a place, not the two parties.
    if (kind === undefined || words[head + 1]?.normal === 'of') continue;
    out.push({ from: i, to: head + 1, kind });
    i = head;
  }
  return out;
}

/** What the resolver asks about an actor. */
export interface ActorView {
  readonly type: string;
  readonly code: string | null;
}

/**
 * The two actors a plural phrase starting at `at` (sentence `sentence`) stands for: the latest two
 * of its kind, with different codes, from two sentences back; null when there are not two.
 */
export function pluralAntecedents(
  mentions: readonly Mention[],
  at: number,
  sentence: number,
  kind: Kind,
  actor: (id: string) => ActorView | undefined,
): [string, string] | null {
  const found: string[] = [];
  const codes = new Set<string>();
  const before = mentions.filter((m) => m.sentence >= sentence - 2 && m.span.start < at && m.form !== 'pronoun');
  before.sort((x, y) => y.span.start - x.span.start);
  for (const m of before) {
    const a = actor(m.actorId);
    if (!a?.code || a.code.startsWith('---') || found.includes(m.actorId) || codes.has(a.code)) continue;
    // "Both leaders": people, or their roles ("the Russian president"); "the two countries": no person.
    const person = a.type === 'person';
    if ((kind === 'person' && !person && a.type !== 'government') || (kind === 'state' && person)) continue;
    found.push(m.actorId);
    codes.add(a.code);
    if (found.length === 2) break;
  }
  const [first, second] = found;
  return first !== undefined && second !== undefined ? [second, first] : null;
}
