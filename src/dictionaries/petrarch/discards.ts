/**
 * Reader for PETRARCH/TABARI discard lists: one phrase per line; a plain phrase discards
 * the sentence it occurs in, a `+` phrase discards the whole story. Matching ignores case.
 */
import { basename } from 'node:path';
import { dictionary } from '../../core/source.js';
import type { DictionaryProblem, DiscardEntry } from '../types.js';
import { dictLines, phraseWords, problem, type ReadResult } from './lines.js';

/** Reads a discard list: DiscardEntries in file order, empty phrases as problems. */
export function readDiscards(content: string, file: string): ReadResult<DiscardEntry> {
  const entries: DiscardEntry[] = [];
  const problems: DictionaryProblem[] = [];
  const table = basename(file);
  for (const dl of dictLines(content)) {
    const story = dl.text.startsWith('+');
    const text = story ? dl.text.slice(1).trim() : dl.text;
    const phrase = phraseWords(text);
    if (phrase.length === 0) {
      problems.push(problem(file, dl.line, 'discard line without a phrase'));
      continue;
    }
    entries.push({ phrase, scope: story ? 'story' : 'sentence', source: dictionary(table, text) });
  }
  return { entries, problems };
}
