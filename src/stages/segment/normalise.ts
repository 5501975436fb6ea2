const CURLY = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/**
 * The form used for dictionary lookups: lower case, with curly apostrophes and quotes
 * straightened, so "People’s Republic" matches "people's republic".
 */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII, with nothing to straighten: one test instead of two replaces.
  return NON_ASCII.test(lower) ? lower.replace(CURLY, "'").replace(CURLY_DOUBLE, '"') : lower;
}
