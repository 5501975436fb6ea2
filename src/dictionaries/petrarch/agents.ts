/**
 * Reader for PETRARCH/TABARI agent dictionaries: `PHRASE {PLURALS} [~CODE]` lines, where
 * `[~GOV]` appends the code after the actor's and `[NGO~]` puts it before; `{}` = no plural,
 * `{FORMS}` = irregular plurals, else a regular plural is added. Substitution markers
 * (`!PERSON! = MAN, MEN, ...`) are expanded wherever a phrase uses them.
 */
import { basename } from 'node:path';
import { dictionary } from '../../core/source.js';
import type { AgentEntry, DictionaryProblem } from '../types.js';
import { splitCode } from './codes.js';
import { dictLines, phraseWords, problem, type ReadResult } from './lines.js';
import { nounPlural } from './morph.js';

const MARKER = /!([A-Z0-9]+)!/i;

/** Every phrase a line stands for, markers substituted (substituted forms get no plural). */
function expand(
  text: string,
  markers: ReadonlyMap<string, readonly string[]>,
): { phrases: string[]; substituted: boolean } | string {
  const m = MARKER.exec(text);
  if (!m) return { phrases: [text], substituted: false };
  const values = markers.get((m[1] ?? '').toUpperCase());
  if (!values) return `unknown substitution marker "${m[0]}"`;
  const out: string[] = [];
  for (const v of values) {
    const rest = expand(text.replace(m[0], v), markers);
    if (typeof rest === 'string') return rest;
    out.push(...rest.phrases);
  }
  return { phrases: out, substituted: true };
}

function readAgentCode(raw: string): { code: string; position: 'suffix' | 'prefix' } | null {
  const code = raw.replace(/\s+/g, '');
  const m = /^(~)?([A-Za-z0-9]+)(~)?$/.exec(code);
  if (!m || (m[1] && m[3])) return null;
  return { code: (m[2] ?? '').toUpperCase(), position: m[3] ? 'prefix' : 'suffix' };
}

function forms(phrase: string, braces: string | null, substituted: boolean): string[][] {
  const words = phraseWords(phrase);
  if (words.length === 0) return [];
  if (braces !== null)
    return [
      words,
      ...braces
        .split(/\s+/)
        .filter((b) => b !== '')
        .map(phraseWords),
    ];
  if (substituted) return [words];
  const last = words[words.length - 1] ?? '';
  return [words, [...words.slice(0, -1), nounPlural(last)]];
}

/** Reads an agent dictionary: AgentEntries (one per phrase form), malformed lines as problems. */
export function readAgents(content: string, file: string): ReadResult<AgentEntry> {
  const entries: AgentEntry[] = [];
  const problems: DictionaryProblem[] = [];
  const markers = new Map<string, string[]>();
  const table = basename(file);
  for (const dl of dictLines(content)) {
    const def = /^!([A-Z0-9]+)!\s*=\s*(.+)$/i.exec(dl.text);
    if (def) {
      markers.set(
        (def[1] ?? '').toUpperCase(),
        (def[2] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      );
      continue;
    }
    const braceMatch = /\{([^}]*)\}/.exec(dl.text);
    const rest = braceMatch ? dl.text.replace(braceMatch[0], ' ') : dl.text;
    const { text, code: raw } = splitCode(rest);
    const code = raw === null ? null : readAgentCode(raw);
    if (code === null) {
      problems.push(
        problem(file, dl.line, raw === null ? `agent without [CODE]: "${dl.text}"` : `bad agent code "[${raw}]"`),
      );
      continue;
    }
    const expanded = expand(text, markers);
    if (typeof expanded === 'string') {
      problems.push(problem(file, dl.line, expanded));
      continue;
    }
    for (const phrase of expanded.phrases) {
      for (const words of forms(phrase, braceMatch ? (braceMatch[1] ?? '') : null, expanded.substituted)) {
        entries.push({ phrase: words, code: code.code, position: code.position, source: dictionary(table, text) });
      }
    }
  }
  return { entries, problems };
}
