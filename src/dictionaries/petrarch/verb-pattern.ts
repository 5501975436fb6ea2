/**
 * One verb pattern line of a PETRARCH verb file, as PatternItems: `- SAID WOULD * TALKS`,
 * `- IN_*`, `- * &TIETYPES TIES`, `- * (TO {BANNED PARTIES}) $` (PETRARCH-2 groups are
 * flattened into words). A synonym set is one item whose alternatives may hold spaces.
 */
import type { PatternItem } from '../types.js';
import { nounPlural } from './morph.js';

/** Synonym sets by upper-case name (no `&`, no trailing `_`): each member a list of lower-case words. */
export type Synsets = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Raw synonym set as read: members as written (`DID N'T`, `&TIETYPES`), and the no-plural flag. */
export interface RawSynset {
  readonly members: readonly string[];
  readonly noPlural: boolean;
}

/** Resolves nested `&SET` members and adds regular plurals (unless the set is `&NAME_`). */
export function resolveSynsets(raw: ReadonlyMap<string, RawSynset>): Synsets {
  const out = new Map<string, (readonly string[])[]>();
  const visit = (name: string, seen: ReadonlySet<string>): (readonly string[])[] => {
    const done = out.get(name);
    if (done) return done;
    const set = raw.get(name);
    if (!set || seen.has(name)) return [];
    const members: (readonly string[])[] = [];
    for (const member of set.members) {
      if (member.startsWith('&')) {
        members.push(...visit(synsetName(member), new Set([...seen, name])));
        continue;
      }
      const words = member
        .toLowerCase()
        .split(/[_\s]+/)
        .filter((w) => w !== '');
      if (words.length === 0) continue;
      members.push(words);
      const last = words[words.length - 1] ?? '';
      const pluralisable = words.length === 1 && /^[a-z]+$/.test(last) && !last.endsWith('s');
      if (pluralisable && !set.noPlural && !member.endsWith('_'))
        members.push([...words.slice(0, -1), nounPlural(last)]);
    }
    out.set(name, members);
    return members;
  };
  for (const name of raw.keys()) visit(name, new Set());
  return out;
}

/** `&TIETYPES_` -> `TIETYPES`. */
export function synsetName(token: string): string {
  return token.replace(/^&/, '').replace(/_+$/, '').toUpperCase();
}

function marker(part: string, adjacent: boolean): PatternItem | null {
  const a = adjacent ? { adjacent: true } : {};
  if (part === '*') return { kind: 'verb', ...a };
  if (part === '$') return { kind: 'source', ...a };
  if (part === '+') return { kind: 'target', ...a };
  if (part === '%') return { kind: 'compound', ...a };
  if (part === '^') return { kind: 'skip', ...a };
  return null;
}

function synsetItem(name: string, adjacent: boolean, synsets: Synsets): PatternItem | string {
  const members = synsets.get(name);
  if (!members || members.length === 0) return `unknown synonym set "&${name}"`;
  const words = [...new Set(members.map((m) => m.join(' ')))];
  return { kind: 'word', words, ...(adjacent ? { adjacent: true } : {}) };
}

/**
 * The pattern text between `-` and `[CODE]` as PatternItems; a message string when it is
 * malformed. A synonym set becomes one word item whose multi-word members contain spaces.
 */
export function parsePatternText(text: string, synsets: Synsets): PatternItem[] | string {
  const out: PatternItem[] = [];
  for (const chunk of text.replace(/[{}()<>]/g, ' ').split(/\s+/)) {
    let previous = false;
    for (const part of chunk.split('_')) {
      if (part === '') continue;
      const item = marker(part, previous) ?? wordItem(part, previous, synsets);
      if (typeof item === 'string') return item;
      out.push(item);
      previous = true;
    }
  }
  const verbs = out.filter((i) => i.kind === 'verb').length;
  if (verbs !== 1) return verbs === 0 ? 'pattern has no verb "*"' : 'pattern has more than one verb "*"';
  return out;
}

function wordItem(part: string, adjacent: boolean, synsets: Synsets): PatternItem | string {
  if (part.startsWith('&')) return synsetItem(synsetName(part), adjacent, synsets);
  if (/[*$%^]/.test(part)) return `bad pattern word "${part}"`;
  return { kind: 'word', words: [part.toLowerCase()], ...(adjacent ? { adjacent: true } : {}) };
}
