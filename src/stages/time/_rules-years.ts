/**
 * Absolute rules: bare years ("in 2018", "since at least 2017", "In 2023 alone"),
 * decades ("the 1990s" → `199`) and centuries ("the 20th century" → `19`).
 * Span convention (TimeML): the year itself, without the preposition, so "since at
 * least 2017" gives the span "2017"; "mid-1996" keeps its prefix.
 */
import type { Reading, RuleInput, TimeRule } from './_candidate.js';
import { monthNumber } from './_timex.js';

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
/** A four-digit clock time: "at 1530 GMT", "1600 est/2100 gmt", "0900 local time". */
const CLOCK_AFTER =
  /^(?:\s?(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|JST|hrs|hours|local time)\b|\/\d{4}\b)/i;
const COUNT_NOUN_AFTER = /^\s+(?:[a-z]+s|people|men|women|children)\b/;

function readYear(m: RegExpExecArray, input: RuleInput): Reading | null {
  const start = m.index;
  // In a range ("2009-2010", "1957-58") the words after the whole range decide.
  const range = /^[-–](?:\d{4}|\d\d)\b/.exec(input.text.slice(start + m[0].length));
  const end = start + m[0].length + (range ? range[0].length : 0);
  const before = input.text.slice(Math.max(0, start - 16), start);
  const after = input.text.slice(end, end + 24);
  if (YEAR_AFTER_BAD.test(after) || CLOCK_AFTER.test(after) || LABEL_BEFORE.test(before)) return null;
  if (COUNT_NOUN_AFTER.test(after) && !YEAR_AFTER_OK.test(after)) return null;
  if (COUNT_BEFORE.test(before) && !/\b(?:of|to)\s$/.test(before)) return null;
  if (/\bof\s$/.test(before) && COUNT_NOUN_AFTER.test(after)) return null;
  return { value: m[2] ?? '', granularity: 'year', type: 'date', weak: true };
}

/** A year, alone or as either end of a range ("2009-2010"); a hyphen elsewhere makes it a code. */
const YEARS: TimeRule = {
  id: 'year',
  words: ['1', '2'],
  pattern:
    /(?<![\w$.,]|(?<!\b(?:1[5-9]|20)\d\d)-)((?:mid|early|late)-|(?:[Ff]iscal\s(?:year\s)?|(?<=\b(?:in|by|until|since|from)\s)(?:early|late|mid)\s))?(1[5-9]\d\d|20\d\d)(?!\w|-(?!(?:1[5-9]|20)?\d\d\b)|,\d|\.\d)/gi,
  read: readYear,
};

/** The short end of a year range: "1957-58" → `1958` (only when it is later than the start). */
const RANGE_END: TimeRule = {
  id: 'year-range-end',
  words: ['-', '–'],
  pattern: /(?<=\b(1[5-9]|20)(\d\d)[-–])(\d\d)(?![\w-]|,\d|\.\d)/g,
  read: (m) =>
    Number(m[3]) > Number(m[2]) ? { value: `${m[1]}${m[3]}`, granularity: 'year', type: 'date', weak: true } : null,
};

/** "since '82": a clipped year after a preposition, in the century that puts it in the past. */
const CLIPPED_YEAR: TimeRule = {
  id: 'clipped-year',
  words: ["'", '’'],
  pattern: /(?<=\b(?:since|in|of|by|until|from|to|and)\s)['’](\d\d)\b(?!s\b)/gi,
  read: (m, input) => {
    const yy = Number(m[1]);
    const now = (input.ref?.getUTCFullYear() ?? 2000) % 100;
    return { value: `${yy > now ? 19 : 20}${m[1]}`, granularity: 'year', type: 'date' };
  },
};

const UNITS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, i) => [w, i + 1]),
);
const TENS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 2) * 10]),
);
const TEENS: ReadonlyMap<string, number> = new Map(
  ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(
    (w, i) => [w, i + 10],
  ),
);

/** Years said aloud in transcripts: "nineteen ninety-six", "January nineteen ninety-seven". */
const SPOKEN_YEAR: TimeRule = {
  id: 'spoken-year',
  words: ['nineteen'],
  anywhere: true,
  pattern:
    /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s)?nineteen[\s-](twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\s-](one|two|three|four|five|six|seven|eight|nine)\b)?\b/gi,
  read: (m) => {
    const tens = TENS.get((m[2] ?? '').toLowerCase()) ?? TEENS.get((m[2] ?? '').toLowerCase()) ?? 0;
    const year = String(1900 + tens + (UNITS.get((m[3] ?? '').toLowerCase()) ?? 0));
    const month = m[1] ? monthNumber(m[1]) : 0;
    if (month) return { value: `${year}-${String(month).padStart(2, '0')}`, granularity: 'month', type: 'date' };
    return { value: year, granularity: 'year', type: 'date' };
  },
};

const DECADE_WORDS: ReadonlyMap<string, string> = new Map([
  ['eighties', '198'],
  ['nineties', '199'],
  ['seventies', '197'],
  ['sixties', '196'],
]);

const DECADES: TimeRule = {
  id: 'decade',
  words: ['0s', 'ties'],
  anywhere: true,
  pattern:
    /\b(?:the\s)?(?:(?:early|mid|late)[\s-])?(?:(1[5-9]\d|20\d)0s|['’]([0-9])0s|(?<=\bthe\s(?:(?:early|mid|late)[\s-])?)([2-9])0s|(eighties|nineties|seventies|sixties))\b/gi,
  read: (m) => {
    const short = m[2] ?? m[3];
    const value = m[1] ?? (short ? `19${short}` : DECADE_WORDS.get((m[4] ?? '').toLowerCase()));
    return value ? { value, granularity: 'decade', type: 'date' } : null;
  },
};

const ORDINAL_CENTURY = /\b(?:the\s)?(1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)[\s-]century\b/gi;

const CENTURIES: TimeRule = {
  id: 'century',
  words: ['century'],
  pattern: ORDINAL_CENTURY,
  read: (m) => ({ value: String(Number(m[1]) - 1).padStart(2, '0'), granularity: 'century', type: 'date' }),
};

/** Rules for years, decades and centuries, in the order they run. */
export const YEAR_RULES: readonly TimeRule[] = [SPOKEN_YEAR, DECADES, CENTURIES, YEARS, RANGE_END, CLIPPED_YEAR];
