/**
 * Reader for PETRARCH/TABARI actor dictionaries: a primary phrase line (`ARNOR_ [ARN]`),
 * `+ALIAS` lines with the same codes, and indented `[CODE DATE]` lines with date-restricted
 * codes. Every phrase (primary or alias) becomes one ActorEntry.
 */
import { basename } from 'node:path';
import { dictionary } from '../../core/source.js';
import type { ActorEntry, DatedCode, DictionaryProblem } from '../types.js';
import { actorTypeOf, parseActorCode } from './actor-codes.js';
import { splitCode } from './codes.js';
import { type DictLine, dictLines, phraseWords, problem, type ReadResult } from './lines.js';

interface ActorRecord {
  readonly primary: string;
  readonly phrases: { words: string[]; own?: DatedCode }[];
  readonly codes: DatedCode[];
}

function titleCase(words: readonly string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

function emit(
  record: ActorRecord,
  table: string,
  file: string,
  line: number,
  out: ActorEntry[],
  problems: DictionaryProblem[],
): void {
  const plain = record.codes.find((c) => c.from === undefined && c.to === undefined);
  const dated = record.codes.filter((c) => c.from !== undefined || c.to !== undefined);
  const primaryWords = phraseWords(record.primary);
  for (const phrase of record.phrases) {
    const code = phrase.own?.code ?? plain?.code ?? dated[0]?.code;
    if (code === undefined) {
      problems.push(problem(file, line, `actor "${record.primary}" has no code`));
      return;
    }
    const own = phrase.own ? [] : dated;
    out.push({
      phrase: phrase.words,
      name: titleCase(primaryWords),
      code,
      dated: own,
      type: actorTypeOf(code, own.length > 0),
      source: dictionary(table, record.primary.replace(/_+$/, '')),
    });
  }
}

/** Reads `PHRASE [CODE]` / `+ALIAS [CODE]`: the words, and the code when the line has one. */
function readPhrase(
  dl: DictLine,
  file: string,
  problems: DictionaryProblem[],
): { words: string[]; own?: DatedCode } | null {
  const { text, code } = splitCode(dl.text.replace(/^\+/, ''));
  const words = phraseWords(text);
  if (words.length === 0) {
    problems.push(problem(file, dl.line, `actor line without a phrase: "${dl.text}"`));
    return null;
  }
  if (code === null) return { words };
  const parsed = parseActorCode(code);
  if (typeof parsed === 'string') {
    problems.push(problem(file, dl.line, parsed));
    return { words };
  }
  return { words, own: parsed };
}

/** Reads an actor dictionary: ActorEntries in file order, malformed lines as problems. */
export function readActors(content: string, file: string): ReadResult<ActorEntry> {
  const entries: ActorEntry[] = [];
  const problems: DictionaryProblem[] = [];
  const table = basename(file);
  let record: ActorRecord | null = null;
  let recordLine = 0;
  const flush = () => {
    if (record) emit(record, table, file, recordLine, entries, problems);
    record = null;
  };
  for (const dl of dictLines(content)) {
    if (dl.text.startsWith('[')) {
      const inside = splitCode(dl.text).code ?? '';
      const parsed = parseActorCode(inside);
      if (typeof parsed === 'string') problems.push(problem(file, dl.line, parsed));
      else if (!record) problems.push(problem(file, dl.line, 'code line outside an actor record'));
      else (record as ActorRecord).codes.push(parsed);
      continue;
    }
    const phrase = readPhrase(dl, file, problems);
    if (!phrase) continue;
    if (dl.text.startsWith('+')) {
      if (record) (record as ActorRecord).phrases.push(phrase);
      else problems.push(problem(file, dl.line, 'alias line outside an actor record'));
      continue;
    }
    flush();
    const codes = phrase.own ? [phrase.own] : [];
    record = { primary: splitCode(dl.text).text, phrases: [{ words: phrase.words }], codes };
    recordLine = dl.line;
  }
  flush();
  return { entries, problems };
}
