/**
 * One verb line inside a PETRARCH verb block: `CONDEMN`, `BAN {BANS BANNED}`,
 * `DOWNPLAY [014]`, `+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}`, `WIRE_+TAP {...}`, `LASH OUT`.
 * The `+`-marked word (else the first) is the verb; the other words are glued around it.
 */
import { type EventCodeSpec, parseEventCode, splitCode } from './codes.js';
import { regularVerbForms, verbLemma } from './morph.js';

/** A verb of a block, with the words glued before and after it. */
export interface VerbSpec {
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Lower-case headword as written (`said`). */
  readonly word: string;
  readonly lemma: string;
  /** Surface forms: the regular forms of the headword plus the ones in braces. */
  readonly forms: readonly string[];
  /** The verb's own code; undefined = the block's code. */
  readonly code?: EventCodeSpec;
}

function splitWords(phrase: string): { words: string[]; verbIndex: number } {
  const raw = phrase.split(/[_\s]+/).filter((w) => w !== '');
  const marked = raw.findIndex((w) => w.startsWith('+'));
  const words = raw.map((w) => w.replace(/^\+/, '').toLowerCase());
  return { words, verbIndex: Math.max(marked, 0) };
}

function braceForms(inside: string, verbIndex: number): string[] {
  const out: string[] = [];
  for (const form of inside.split(/\s+/)) {
    if (form === '') continue;
    const { words, verbIndex: marked } = splitWords(form);
    const index = form.includes('+') ? marked : Math.min(verbIndex, words.length - 1);
    const word = words[index];
    if (word) out.push(word);
  }
  return out;
}

/** Reads a verb line; a message string when it is malformed. */
export function parseVerbLine(line: string): VerbSpec | string {
  const open = line.indexOf('{');
  const close = line.indexOf('}');
  if (open < 0 !== close < 0 || close < open) return `unbalanced braces in verb line "${line}"`;
  const inside = open < 0 ? '' : line.slice(open + 1, close);
  const outside = open < 0 ? line : `${line.slice(0, open)} ${line.slice(close + 1)}`;
  const { text, code } = splitCode(outside);
  if (text === '' || /[[\]{}*$%^&]/.test(text)) return `bad verb line "${line}"`;
  const { words, verbIndex } = splitWords(text);
  const word = words[verbIndex];
  if (word === undefined) return `bad verb line "${line}"`;
  let spec: EventCodeSpec | undefined;
  if (code !== null) {
    const parsed = parseEventCode(code);
    if (typeof parsed === 'string') return parsed;
    spec = parsed;
  }
  const forms = [...new Set([...regularVerbForms(word), ...braceForms(inside, verbIndex)])];
  return {
    before: words.slice(0, verbIndex),
    after: words.slice(verbIndex + 1),
    word,
    lemma: verbLemma(word),
    forms,
    ...(spec ? { code: spec } : {}),
  };
}
