/** Folding of place names for lookup: no diacritics, lower case, straight quotes, single spaces. */

const MARKS = /\p{M}/gu;
const QUOTES = /[\u2018\u2019\u02bc\u02bb`]/g;
const SPACES = /\s+/g;

/** Abbreviated first words of place names, spelled out: "St. Louis" and "Saint Louis" fold alike. */
const ABBREVIATED_START = /^(st|ste|ft|mt)\.? /;
const SPELLED_OUT: Readonly<Record<string, string>> = { st: 'saint ', ste: 'sainte ', ft: 'fort ', mt: 'mount ' };

/** Printable ASCII but the backquote, words single-spaced: nothing to fold but the case. */
const PLAIN = /^[!-_a-~]+(?: [!-_a-~]+)*$/;

/** `Ürümqi` → `urumqi`, `Côte d’Ivoire` → `cote d'ivoire`, `St. Louis` → `saint louis`. */
export function foldName(name: string): string {
  const folded = PLAIN.test(name)
    ? name.toLowerCase()
    : name.normalize('NFD').replace(MARKS, '').replace(QUOTES, "'").replace(SPACES, ' ').trim().toLowerCase();
  return folded.replace(ABBREVIATED_START, (_, word: string) => SPELLED_OUT[word] ?? `${word} `);
}

/**
 * True when a name form must match with its exact case: short abbreviations with two or more
 * capitals (`US`, `U.S.`, `DRC`, `BiH`), so that "us" or "Car" never match.
 */
export function isCaseSensitive(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length <= 5 && capitals.length >= 2;
}

/** Drops a leading "the " from a name form ("the Gambia" → "Gambia"); the article is matched as text. */
export function withoutArticle(form: string): string {
  return /^the /i.test(form) ? form.slice(4) : form;
}

const HEAD = /^[\p{L}\p{N}]+/u;

/** The first run of letters and digits of a folded name: `saint` of `saint louis`, `n` of `n'djamena`. */
export function headOf(folded: string): string {
  return HEAD.exec(folded)?.[0] ?? '';
}

/**
 * The head a name starting with this token would fold to: `St.` → `saint` (as in "St. Louis"),
 * `Côte` → `cote`. The token is folded with a word after it, as the abbreviations need.
 */
export function tokenHead(token: string): string {
  return headOf(foldName(`${token} x`));
}
