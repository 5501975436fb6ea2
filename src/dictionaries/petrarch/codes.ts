/**
 * Bracketed codes of PETRARCH files: `[064]`, `[032:033]`, `[---]`, `[~GOV]`, and the
 * split of a line into its text and the first bracketed code.
 */

/** An event code read from `[...]`: null for the null code `---`. */
export interface EventCodeSpec {
  readonly code: string;
  readonly reverse?: string;
}

/** The text before the first `[`, the code inside it (trimmed), and what follows `]`. */
export interface CodedLine {
  readonly text: string;
  readonly code: string | null;
  readonly rest: string;
}

/** Splits `TEXT [CODE] rest` at its first bracketed code; `code` null when there is none. */
export function splitCode(line: string): CodedLine {
  const open = line.indexOf('[');
  if (open < 0) return { text: line.trim(), code: null, rest: '' };
  const close = line.indexOf(']', open);
  if (close < 0) return { text: line.slice(0, open).trim(), code: null, rest: line.slice(open) };
  return {
    text: line.slice(0, open).trim(),
    code: line.slice(open + 1, close).trim(),
    rest: line.slice(close + 1).trim(),
  };
}

const NULL_CODE = '---';
const EVENT_CODE = /^[0-9A-Za-z#+?-]{1,8}$/;

/** True when a code is the PETRARCH null code `---` (codes nothing). */
export function isNullCode(code: string): boolean {
  return code === NULL_CODE;
}

/**
 * Reads an event code: `064` -> {code 064}, `032:033` -> {code 032, reverse 033};
 * `:173` -> {code ---, reverse 173}; a message string for a malformed code. The null code
 * `---` is returned as is.
 */
export function parseEventCode(raw: string): EventCodeSpec | string {
  const parts = raw.split(':').map((p) => p.trim());
  const [code, reverse, extra] = parts;
  if (code === undefined || extra !== undefined) return `bad event code "[${raw}]"`;
  // PETRARCH-2 `[:BBB]`: no event from source to target, BBB from target back to source.
  if (code === '' && reverse !== undefined && EVENT_CODE.test(reverse)) return { code: NULL_CODE, reverse };
  if (!EVENT_CODE.test(code)) return `bad event code "[${raw}]"`;
  if (reverse === undefined) return { code };
  if (!EVENT_CODE.test(reverse)) return `bad event code "[${raw}]"`;
  return { code, reverse };
}
