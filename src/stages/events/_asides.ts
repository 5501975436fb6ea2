/**
 * Short asides the coder ignores, as TABARI's comma rule does: a comma-delimited stretch of
 * 2 to 9 words inside the sentence or at its end ("Osgiliath, the state's fiercest foe,",
 * ", officials said."), and bracketed asides ("(EU)"). List items ("Mordor, the Shire,
 * Fornost and Bree") are kept, and so are stretches that are clauses: a main clause, a
 * conjunct, a predicate after an appositive (", was detained"), a subordinate, participle or
 * relative clause with its own verb (", as officials warn", ", urging Turkey to", ", which
 * accused Iran of").
 */
import { verbLike, type Word } from '../mentions/words.js';

const RELATIVE = new Set(['who', 'which']);
const MIN = 2;
const MAX = 9;
const END = new Set(['.', '!', '?', '"', "'"]);
const SUBORDINATOR = new Set([
  'after',
  'before',
  'while',
  'when',
  'since',
  'although',
  'though',
  'as',
  'because',
  'once',
]);

/** Which words of a sentence are asides. `inSlot`/`slotEnd` tell where actor phrases start and end. */
export function deleted(
  words: readonly Word[],
  inSlot: (i: number) => boolean,
  slotEnd: (i: number) => boolean,
): boolean[] {
  const out = words.map(() => false);
  const commas: number[] = [];
  words.forEach((w, i) => {
    if (w.normal === ',') commas.push(i);
  });
  let last = words.length;
  while (last > 0 && END.has(words[last - 1]?.normal ?? '')) last--;
  // A list item ("Mordor, the Shire, Fornost") is not an aside; a new clause is.
  const list = (c: number, next: number): boolean => {
    let s = c + 1;
    if (words[s]?.normal === 'and') s++;
    if (!slotEnd(c) || !inSlot(s)) return false;
    // "A, B and C condemned D": the list ends with "and"/"or" before the verb.
    for (let i = s; i < next; i++) {
      if (verbLike(words, i)) return false;
      if (words[i]?.normal === 'and' || words[i]?.normal === 'or') return true;
    }
    return true;
  };
  // "On Monday, Obama said he would send troops": a stretch holding the sentence's only verbs
  // is its main clause, not an aside, with an introductory phrase before it.
  const verbs = words.flatMap((_, i) => (verbLike(words, i) ? [i] : []));
  // "Before leaving for Cairo, the minister met ...": so is the stretch after the comma that
  // closes an opening phrase or subordinate clause, when no verb follows it.
  // "Speaking in Berlin, the minister accused ...": an opening participle phrase is one too.
  const opening =
    words[0]?.pos === 'ADP' ||
    words[0]?.pos === 'SCONJ' ||
    SUBORDINATOR.has(words[0]?.normal ?? '') ||
    (verbLike(words, 0) && (words[0]?.normal.endsWith('ing') ?? false));
  const main = (c: number, next: number): boolean => {
    const inside = verbs.filter((v) => v > c && v < next);
    if (inside.length === 0 || verbs.some((v) => v > next && v < last)) return false;
    return inside.length === verbs.filter((v) => v < last).length || (opening && c === commas[0]);
  };
  // ", but was still refusing admittance to Ghanaians,": a conjunction and a verb make a clause.
  const conjunct = (c: number, next: number): boolean =>
    words[c + 1]?.pos === 'CCONJ' && verbs.some((v) => v > c + 1 && v < next);
  // "a man from China, a graduate of a top university, was detained on Friday": an auxiliary
  // and a verb after the comma go on the clause whose subject came before the appositive;
  // ", as officials warn of spy threats": a subordinator and a verb make a clause of its own;
  // ", urging Turkey to halt its drilling": so does a participle with an actor as its object.
  const predicate = (c: number, next: number): boolean => {
    const opener = words[c + 1];
    const opens =
      opener?.pos === 'AUX' ||
      SUBORDINATOR.has(opener?.normal ?? '') ||
      (opener?.normal.endsWith('ing') === true && verbLike(words, c + 1) && inSlot(c + 2));
    return opens && verbs.some((v) => v > c + 1 && v < next);
  };
  const drop = (from: number, to: number): void => {
    for (let i = from; i < to; i++) out[i] = true;
  };
  for (let k = 0; k < commas.length; k++) {
    const c = commas[k] ?? 0;
    const next = commas[k + 1] ?? last;
    const length = next - c - 1;
    if (length < MIN || length > MAX || list(c, next) || main(c, next) || conjunct(c, next) || predicate(c, next))
      continue;
    // ", which has accused Iran of supporting terrorism,": a relative clause with its own verb
    // is a clause with acts of its own; the comma closing it opens no clause of its own.
    if (RELATIVE.has(words[c + 1]?.normal ?? '') && verbs.some((v) => v > c + 1 && v < next)) {
      if (next !== last) k++;
      continue;
    }
    drop(c, next === last ? last : next);
    // The comma closing an aside opens no clause of its own.
    if (next !== last) k++;
  }
  // Bracketed asides: "(EU)".
  for (let i = 0; i < words.length; i++) {
    if (words[i]?.normal !== '(') continue;
    let j = i + 1;
    while (j < words.length && words[j]?.normal !== ')' && j - i <= MAX) j++;
    if (words[j]?.normal === ')') drop(i, j + 1);
  }
  return out;
}
