import type { Direction } from './_timex.js';

/**
 * Tense cues for relative dates: "will meet on Monday" points forward, "met Monday"
 * back. Only the clause before the expression (since the last comma, semicolon or
 * "that") and the few words after it are read.
 */

const FUTURE_BEFORE =
  /\b(?:will|shall|won't|wo n't|going to|plans? to|planned to|scheduled|is set to|are set to|expect(?:s|ed)?|due to|to be held|upcoming|coming|next)\b|'ll\b/i;
/** A future cue seen from the past ("had been due to expire Friday", "was scheduled for May"). */
const PAST_OF_FUTURE =
  /\b(?:was|were|had(?: been)?|had originally been)\s(?:originally\s)?(?:scheduled|expected|due|set|planned|going)\b/i;
const FUTURE_AFTER = /^\W{0,3}(?:will|is scheduled|is expected)\b/i;
/** Where a clause starts: punctuation, or a conjunction that opens a clause of its own tense. */
const CLAUSE_BREAK = /[,;:]|\b(?:that|but|when|if|who|which|because|while|once|unless|whether|whose)\b/gi;

/** The part of `before` after its last clause break. */
function lastClause(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut);
}

/** True when the words around a time expression put it in the future. */
export function isFuture(sentence: string, start: number, end: number): boolean {
  const clause = lastClause(sentence.slice(0, start));
  if (FUTURE_BEFORE.test(clause)) return !PAST_OF_FUTURE.test(clause);
  return FUTURE_AFTER.test(sentence.slice(end, end + 20));
}

/** Past forms; an `-ed` word after an article or `be` is an adjective or passive ("a reduced rate"). */
const PAST_BEFORE =
  /\b(?:was|were|had|did|ago|last|rose|fell|said|met|took|made|came|went|gave|saw|won|lost|sold|bought|began|grew|left|held|told|led|ran|got|paid|kept|sent|spent|brought|found|became|broke|chose|fought|flew|knew|spoke|struck|threw|wrote|sank|fled|shot|sought|swept|slid|soared|won|drew)\b|(?<!\b(?:a|an|the|be|been|being|still|its|their|his|her)\s)\b\w{3,}ed\b/gi;
/** A later present or modal verb outranks an earlier past form ("the reduced dividend is payable"). */
const PRESENT_BEFORE = /\b(?:is|are|am|will|would|be|can|may)\b|'s\b/gi;

const lastIndex = (re: RegExp, text: string): number => {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
};

/** True when the clause before a time expression is in the past ("were held in March"). */
export function isPast(sentence: string, start: number): boolean {
  const clause = lastClause(sentence.slice(0, start));
  const past = lastIndex(PAST_BEFORE, clause);
  return past >= 0 && past > lastIndex(PRESENT_BEFORE, clause);
}

const FORWARD = /^(?:next|coming|this coming)\b/i;
const DEADLINE_BEFORE = /\b(?:until|till|through|by)\s$/i;
const BACKWARD = /^(?:last|past|previous)\b/i;

/** Which way a month or weekday without a year points, from its own words and its clause's tense. */
export function directionOf(sentence: string, text: string, start: number): Direction {
  if (/^this\b/i.test(text)) return 'this';
  if (FORWARD.test(text)) return 'future';
  if (BACKWARD.test(text)) return 'past';
  if (isFuture(sentence, start, start + text.length)) return 'future';
  // "gave them until mid-November", "loans through January": a deadline, not a past date.
  if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) return 'nearest';
  return isPast(sentence, start) ? 'past' : 'nearest';
}
