/**
 * Absolute rules: bare years ("in 2018", "since at least 2017", "In 2023 alone"),
 * decades ("the 1990s" → `199`) and centuries ("the 20th century" → `19`).
 * Span convention (TimeML): the year itself, without the preposition, so "since at
 * least 2017" gives the span "2017"; "mid-1996" keeps its prefix.
 */
import type { Reading, RuleInput, TimeRule } from './_candidate.js';

/** Words before a number that make it a count ("nearly 2000 people"), not a year. */
const COUNT_BEFORE =
  /(?:\$|€|£|#|No\.\s?|\b(?:nearly|almost|about|around|some|over|than|up to|roughly|approximately|estimated|top|only|just|of|to)\s)$/i;
/** A year is followed by punctuation, a capital, or one of these words; a plural noun makes it a count. */
const YEAR_AFTER_OK =
  /^(?:$|[,.;:)'’"”-]|\s+(?:alone|and|or|to|through|until|when|after|before|as|in|was|is|were|had|has|the|a|election|elections|census|budget|level|levels|figures|season|Olympics|World)\b|\s+[A-Z])/;
/** A name before a number makes it a label ("Flight 1549", "Resolution 2334"). */
const LABEL_BEFORE =
  /\b(?:flight|route|resolution|article|room|highway|no|number|boeing|airbus|model|form|rule|section|chapter|title|gate|code|bus|train|unit|camp|hill|block|grade|level)\s$/i;
const YEAR_AFTER_BAD = /^(?:,\d|\.\d|%|\d|\s?(?:percent|per cent|million|billion|thousand)\b)/i;
const COUNT_NOUN_AFTER = /^\s+[a-z]+s\b/;

function readYear(m: RegExpExecArray, input: RuleInput): Reading | null {
  const start = m.index;
  const end = start + m[0].length;
  const before = input.text.slice(Math.max(0, start - 16), start);
  const after = input.text.slice(end, end + 24);
  if (YEAR_AFTER_BAD.test(after) || LABEL_BEFORE.test(before)) return null;
  if (COUNT_NOUN_AFTER.test(after) && !YEAR_AFTER_OK.test(after)) return null;
  if (COUNT_BEFORE.test(before) && !/\b(?:of|to)\s$/.test(before)) return null;
  if (/\bof\s$/.test(before) && COUNT_NOUN_AFTER.test(after)) return null;
  return { value: m[2] ?? '', granularity: 'year', type: 'date', weak: true };
}

const YEARS: TimeRule = {
  id: 'year',
  pattern: /(?<![\w$.,-])((?:mid|early|late)-)?(1[5-9]\d\d|20\d\d)(?![\w-]|,\d|\.\d)/gi,
  read: readYear,
};

const DECADE_WORDS: ReadonlyMap<string, string> = new Map([
  ['eighties', '198'],
  ['nineties', '199'],
  ['seventies', '197'],
  ['sixties', '196'],
]);

const DECADES: TimeRule = {
  id: 'decade',
  pattern:
    /\b(?:the\s)?(?:(?:early|mid|late)[\s-])?(?:(1[5-9]\d|20\d)0s|'([0-9])0s|(eighties|nineties|seventies|sixties))\b/gi,
  read: (m) => {
    const value = m[1] ?? (m[2] ? `19${m[2]}` : DECADE_WORDS.get((m[3] ?? '').toLowerCase()));
    return value ? { value, granularity: 'decade', type: 'date' } : null;
  },
};

const ORDINAL_CENTURY = /\b(?:the\s)?(1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]century\b/gi;

const CENTURIES: TimeRule = {
  id: 'century',
  pattern: ORDINAL_CENTURY,
  read: (m) => ({ value: String(Number(m[1]) - 1).padStart(2, '0'), granularity: 'century', type: 'date' }),
};

/** Rules for years, decades and centuries, in the order they run. */
export const YEAR_RULES: readonly TimeRule[] = [DECADES, CENTURIES, YEARS];
