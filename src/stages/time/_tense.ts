import type { Direction } from './_timex.js';

/**
 * Tense cues for relative dates: "will meet on Monday" points forward, "met Monday"
 * back. Only the clause before the expression (since the last comma, semicolon or
 * "that") and the few words after it are read.
 */

const FUTURE_BEFORE =
  /\b(?:will|shall|won't|wo n't|going to|plans? to|planned to|scheduled|is set to|are set to|expected to|due to|to be held|upcoming|coming|next)\b|'ll\b/i;
const FUTURE_AFTER = /^\W{0,3}(?:will|is scheduled|is expected)\b/i;
const CLAUSE_BREAK = /[,;:]|\bthat\b|\bbut\b/gi;

/** The part of `before` after its last clause break. */
function lastClause(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut);
}

/** True when the words around a time expression put it in the future. */
export function isFuture(sentence: string, start: number, end: number): boolean {
  if (FUTURE_BEFORE.test(lastClause(sentence.slice(0, start)))) return true;
  return FUTURE_AFTER.test(sentence.slice(end, end + 20));
}

const PAST_BEFORE = /\b(?:was|were|had|did|ago|last|\w{3,}ed)\b/i;

/** True when the clause before a time expression is in the past ("were held in March"). */
export function isPast(sentence: string, start: number): boolean {
  return PAST_BEFORE.test(lastClause(sentence.slice(0, start)));
}

const FORWARD = /^(?:next|coming|this coming)\b/i;
const BACKWARD = /^(?:last|past|previous)\b/i;

/** Which way a month or weekday without a year points, from its own words and its clause's tense. */
export function directionOf(sentence: string, text: string, start: number): Direction {
  if (/^this\b/i.test(text)) return 'this';
  if (FORWARD.test(text)) return 'future';
  if (BACKWARD.test(text)) return 'past';
  if (isFuture(sentence, start, start + text.length)) return 'future';
  return isPast(sentence, start) ? 'past' : 'nearest';
}
