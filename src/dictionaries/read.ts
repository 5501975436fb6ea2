/**
 * Reads one user dictionary file (`--dict KIND=FILE`) of a given kind, dispatching to the
 * PETRARCH/TABARI reader of that kind. Never throws: an unreadable file is one problem.
 */
import { readFileSync } from 'node:fs';
import type { DictionaryKind } from '../config.js';
import { readActors } from './petrarch/actors.js';
import { readAgents } from './petrarch/agents.js';
import { readDiscards } from './petrarch/discards.js';
import { readIssues } from './petrarch/issues.js';
import { problem } from './petrarch/lines.js';
import { readVerbs } from './petrarch/verbs.js';
import type { Dictionaries, DictionaryProblem } from './types.js';

/** The entries of one file, under its kind, with the problems found in it. */
export interface DictionaryFileResult {
  readonly kind: DictionaryKind;
  readonly path: string;
  /** Only the kind's own list is set. */
  readonly part: Partial<Dictionaries>;
  /** Number of entries read (patterns for verbs, phrases for the others). */
  readonly count: number;
  readonly problems: readonly DictionaryProblem[];
}

/** Parses dictionary text of a kind; `file` names it in problems and provenance. */
export function parseDictionary(kind: DictionaryKind, content: string, file: string): DictionaryFileResult {
  switch (kind) {
    case 'verbs': {
      const r = readVerbs(content, file);
      return { kind, path: file, part: { verbs: r.entries }, count: r.entries.length, problems: r.problems };
    }
    case 'actors': {
      const r = readActors(content, file);
      return { kind, path: file, part: { actors: r.entries }, count: r.entries.length, problems: r.problems };
    }
    case 'agents': {
      const r = readAgents(content, file);
      return { kind, path: file, part: { agents: r.entries }, count: r.entries.length, problems: r.problems };
    }
    case 'discards': {
      const r = readDiscards(content, file);
      return { kind, path: file, part: { discards: r.entries }, count: r.entries.length, problems: r.problems };
    }
    case 'issues': {
      const r = readIssues(content, file);
      return { kind, path: file, part: { issues: r.entries }, count: r.entries.length, problems: r.problems };
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Reads a dictionary file of a kind from disk; a missing or unreadable file is a problem, not a throw. */
export function readDictionaryFile(kind: DictionaryKind, path: string): DictionaryFileResult {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind, path, part: {}, count: 0, problems: [problem(path, 0, `cannot read file: ${message}`)] };
  }
  return parseDictionary(kind, content, path);
}
