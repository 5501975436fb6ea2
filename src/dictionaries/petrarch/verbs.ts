/**
 * Reader for PETRARCH/TABARI verb dictionaries, both the PETRARCH-1 style
 * (`PETR.Validate.verbs.txt`) and the PETRARCH-2 style (`CAMEO.2.0.txt`): synonym sets
 * `&NAME` / `+MEMBER`, blocks `--- NAME [CODE] ---` with their verbs and `- ... [CODE]`
 * patterns. Each block becomes VerbPatterns: one bare pattern (`*` alone) per default code,
 * and one per pattern line. Transformations (`~ ...`) are skipped.
 */
import { basename } from 'node:path';
import { dictionary } from '../../core/source.js';
import type { DictionaryProblem, PatternItem, VerbPattern } from '../types.js';
import { type EventCodeSpec, isNullCode, parseEventCode, splitCode } from './codes.js';
import { type DictLine, dictLines, problem, type ReadResult } from './lines.js';
import { parseVerbLine, type VerbSpec } from './verb-line.js';
import { parsePatternText, type RawSynset, resolveSynsets, type Synsets, synsetName } from './verb-pattern.js';

interface PatternLine {
  readonly line: number;
  readonly code: EventCodeSpec;
  readonly items: readonly PatternItem[];
}

interface Block {
  readonly name: string;
  readonly line: number;
  readonly code: EventCodeSpec | null;
  readonly verbs: VerbSpec[];
  readonly patterns: PatternLine[];
}

/** First pass: the synonym sets, wherever they are in the file. */
function readSynsets(lines: readonly DictLine[]): Synsets {
  const raw = new Map<string, RawSynset & { members: string[] }>();
  let current: string[] | null = null;
  for (const { text } of lines) {
    if (text.startsWith('&')) {
      const name = synsetName(text.split(/\s+/)[0] ?? '');
      const set = { members: [] as string[], noPlural: /_\s*$/.test(text.split(/\s+/)[0] ?? '') };
      raw.set(name, set);
      current = set.members;
    } else if (text.startsWith('+') && current) current.push(text.slice(1).trim());
    else current = null;
  }
  return resolveSynsets(raw);
}

function readCode(raw: string | null, file: string, line: number, problems: DictionaryProblem[]): EventCodeSpec | null {
  if (raw === null) {
    problems.push(problem(file, line, 'missing [CODE]'));
    return null;
  }
  const parsed = parseEventCode(raw);
  if (typeof parsed === 'string') {
    problems.push(problem(file, line, parsed));
    return null;
  }
  return isNullCode(parsed.code) && parsed.reverse === undefined ? null : parsed;
}

function readPattern(dl: DictLine, synsets: Synsets, file: string, problems: DictionaryProblem[]): PatternLine | null {
  const { text, code: raw } = splitCode(dl.text.slice(1));
  const code = readCode(raw, file, dl.line, problems);
  const items = parsePatternText(text, synsets);
  if (typeof items === 'string') {
    problems.push(problem(file, dl.line, items));
    return null;
  }
  return code ? { line: dl.line, code, items } : null;
}

/** The verb item of a pattern replaced by a multi-word verb's glued words. */
function glue(items: readonly PatternItem[], verb: VerbSpec): PatternItem[] {
  if (verb.before.length === 0 && verb.after.length === 0) return [...items];
  return items.flatMap((item): PatternItem[] => {
    if (item.kind !== 'verb') return [item];
    const head = item.adjacent ? { adjacent: true } : {};
    const before = verb.before.map(
      (w, i): PatternItem => ({ kind: 'word', words: [w], ...(i === 0 ? head : { adjacent: true }) }),
    );
    const after = verb.after.map((w): PatternItem => ({ kind: 'word', words: [w], adjacent: true }));
    const v: PatternItem = before.length > 0 ? { kind: 'verb', adjacent: true } : { kind: 'verb', ...head };
    return [...before, v, ...after];
  });
}

function emit(block: Block, table: string, out: VerbPattern[]): void {
  const simple = block.verbs.filter((v) => v.before.length === 0 && v.after.length === 0);
  const groups: VerbSpec[][] = block.verbs.filter((v) => v.before.length > 0 || v.after.length > 0).map((v) => [v]);
  if (simple.length > 0) groups.unshift(simple);
  // The lemma and form lists are shared by all the patterns of a group (memory and time).
  const lists = new Map<readonly VerbSpec[], { verbs: string[]; forms: string[] }>();
  const make = (verbs: readonly VerbSpec[], code: EventCodeSpec, items: readonly PatternItem[], line: number) => {
    let shared = lists.get(verbs);
    if (!shared) {
      shared = { verbs: [...new Set(verbs.map((v) => v.lemma))], forms: [...new Set(verbs.flatMap((v) => v.forms))] };
      lists.set(verbs, shared);
    }
    out.push({
      code: code.code,
      ...(code.reverse ? { reverse: code.reverse } : {}),
      verbs: shared.verbs,
      forms: shared.forms,
      pattern: glue(items, verbs[0] as VerbSpec),
      source: dictionary(table, `${block.name} line ${line}`),
    });
  };
  for (const group of groups) {
    const byCode = new Map<string, { code: EventCodeSpec; verbs: VerbSpec[] }>();
    for (const verb of group) {
      const code = verb.code ?? block.code;
      if (!code || (isNullCode(code.code) && code.reverse === undefined)) continue;
      const key = `${code.code}:${code.reverse ?? ''}`;
      const entry = byCode.get(key) ?? { code, verbs: [] };
      entry.verbs.push(verb);
      byCode.set(key, entry);
    }
    for (const { code, verbs } of byCode.values()) make(verbs, code, [{ kind: 'verb' }], block.line);
    for (const p of block.patterns) make(group, p.code, p.items, p.line);
  }
}

/** Reads a verb dictionary: VerbPatterns in file order, and the malformed lines as problems. */
export function readVerbs(content: string, file: string): ReadResult<VerbPattern> {
  const lines = dictLines(content);
  const synsets = readSynsets(lines);
  const problems: DictionaryProblem[] = [];
  const entries: VerbPattern[] = [];
  const table = basename(file);
  let block: Block | null = null;
  let inSynset = false;
  for (const dl of lines) {
    const t = dl.text;
    if (t.startsWith('---')) {
      if (block) emit(block, table, entries);
      const { text, code } = splitCode(t.replace(/^-+/, '').replace(/-+$/, ''));
      block = { name: text, line: dl.line, code: readCode(code, file, dl.line, problems), verbs: [], patterns: [] };
      inSynset = false;
    } else if (t.startsWith('&')) inSynset = true;
    else if (t.startsWith('+') && inSynset) continue;
    else if (t.startsWith('~')) inSynset = false;
    else if (!block) problems.push(problem(file, dl.line, `line outside a verb block: "${t}"`));
    else if (t.startsWith('-')) {
      inSynset = false;
      const p = readPattern(dl, synsets, file, problems);
      if (p) block.patterns.push(p);
    } else {
      inSynset = false;
      const verb = parseVerbLine(t);
      if (typeof verb === 'string') problems.push(problem(file, dl.line, verb));
      else block.verbs.push(verb);
    }
  }
  if (block) emit(block, table, entries);
  return { entries, problems };
}
