/**
 * Reader for PETRARCH issue lists (`Phoenix.IssueCoding.txt`): `<ISSUE ...>` blocks of
 * `phrase [ISSUE_CODE]` lines. `n:WORD` adds the plural, `v:WORD` the regular verb forms,
 * `A+B` matches `A B` and `A-B`; a phrase without a code takes the block's CATEGORY. Ignore lines (`~phrase`) are skipped: dyad has no use for them yet.
 */
import { basename } from 'node:path';
import { dictionary } from '../../core/source.js';
import type { DictionaryProblem, IssueEntry } from '../types.js';
import { splitCode } from './codes.js';
import { dictLines, problem, type ReadResult } from './lines.js';
import { nounPlural, regularVerbForms } from './morph.js';

const MAX_VARIANTS = 64;

/** The alternatives one written word stands for, each a list of words. */
function wordVariants(token: string): string[][] {
  const word = token.toLowerCase();
  if (word.startsWith('n:'))
    return wordVariants(word.slice(2)).flatMap((w) => [w, [...w.slice(0, -1), nounPlural(w[w.length - 1] ?? '')]]);
  if (word.startsWith('v:')) return [...new Set(regularVerbForms(word.slice(2)))].map((f) => [f]);
  if (word.includes('+')) {
    const parts = word.split('+').filter((p) => p !== '');
    return [parts, [parts.join('-')]];
  }
  return [[word]];
}

/** Every word sequence an issue phrase stands for. */
export function issuePhrases(text: string): string[][] {
  let out: string[][] = [[]];
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const variants = wordVariants(token);
    if (out.length * variants.length > MAX_VARIANTS) break;
    out = out.flatMap((prefix) => variants.map((v) => [...prefix, ...v]));
  }
  return out.filter((p) => p.length > 0);
}

/** Reads an issue list: IssueEntries (one per phrase variant), malformed lines as problems. */
export function readIssues(content: string, file: string): ReadResult<IssueEntry> {
  const entries: IssueEntry[] = [];
  const problems: DictionaryProblem[] = [];
  const table = basename(file);
  let category: string | null = null;
  for (const dl of dictLines(content)) {
    if (dl.text.startsWith('<')) {
      category = /^<ISSUE\b[^>]*\bCATEGORY="([^"]*)"/i.exec(dl.text)?.[1] ?? null;
      continue;
    }
    if (dl.text.startsWith('~')) continue;
    const split = splitCode(dl.text);
    const { text } = split;
    // A phrase without a code takes its block's CATEGORY (`eec` in the EUROPEAN_UNION block).
    const code = split.code ?? category;
    if (code === null || !/^[A-Za-z0-9_-]+$/.test(code)) {
      problems.push(
        problem(
          file,
          dl.line,
          code === null ? `issue phrase without [CODE]: "${dl.text}"` : `bad issue code "[${code}]"`,
        ),
      );
      continue;
    }
    const phrases = issuePhrases(text);
    if (phrases.length === 0) problems.push(problem(file, dl.line, 'issue line without a phrase'));
    for (const phrase of phrases) entries.push({ phrase, code: code.toUpperCase(), source: dictionary(table, text) });
  }
  return { entries, problems };
}
