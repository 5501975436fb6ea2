/**
 * Shared line handling for PETRARCH/TABARI dictionary files: comments (`#` to the end of
 * the line, `<!-- ... -->` over one or several lines), blank lines, and the result shape
 * every reader returns.
 */
import type { DictionaryProblem } from '../types.js';

/** One meaningful line of a dictionary file: 1-based number, comment-free text, indentation. */
export interface DictLine {
  readonly line: number;
  readonly text: string;
  /** The raw line started with a tab or spaces (actor code lines do). */
  readonly indented: boolean;
}

/** What a reader returns: the entries it understood and the problems it skipped. */
export interface ReadResult<T> {
  readonly entries: readonly T[];
  readonly problems: readonly DictionaryProblem[];
}

/** Removes a `#` comment, keeping `#` inside `[...]` (the code `[###]` is not a comment). */
export function stripHashComment(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** Removes `<!-- ... -->` (also the sloppy `<! -- ... -->`) comments; `open` carries over lines. */
function stripXmlComments(raw: string, open: boolean): { text: string; open: boolean } {
  let text = '';
  let rest = raw;
  let inside = open;
  for (;;) {
    if (inside) {
      const end = rest.indexOf('-->');
      if (end < 0) return { text, open: true };
      rest = rest.slice(end + 3);
      inside = false;
    }
    const start = rest.indexOf('<!');
    if (start < 0) return { text: text + rest, open: false };
    text += rest.slice(0, start);
    rest = rest.slice(start + 2);
    inside = true;
  }
}

/** Splits a file into meaningful lines: comments stripped, blanks dropped, numbers kept. */
export function dictLines(content: string): DictLine[] {
  const out: DictLine[] = [];
  let open = false;
  const raw = content.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    const xml = stripXmlComments(line, open);
    open = xml.open;
    const text = stripHashComment(xml.text).trim();
    if (text === '') continue;
    out.push({ line: i + 1, text, indented: /^[ \t]/.test(xml.text) });
  }
  return out;
}

/**
 * Splits a phrase written with `_` or spaces into lower-case words (trailing `_` dropped),
 * with straight apostrophes and commas as words of their own, as tokens' `normal` has them.
 */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/,/g, ' , ')
    .split(/[_\s]+/)
    .filter((w) => w !== '');
}

/** A problem at a line of a file. */
export function problem(file: string, line: number, message: string): DictionaryProblem {
  return { file, line, message };
}
