/**
 * Row parsers of the actor tables: `organisations.tsv` and `agents.tsv`, each row validated
 * (a bad row throws an error naming file and line).
 */
import { isIsoDate } from '../core/article.js';
import { ACTOR_TYPES, type ActorType, isActorCode } from '../core/codes.js';
import type { DatedCode } from '../dictionaries/types.js';
import { phraseWords } from './_phrase-words.js';
import { readTsv, type TsvRow, tableError } from './_tsv.js';

/** One row of organisations.tsv: an organisation or group with its names and code. */
export interface Organisation {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: ActorType;
  /** ISO alpha-3 of its home country, where it is national; '' otherwise. */
  readonly country: string;
  readonly dated: readonly DatedCode[];
  readonly note: string;
}

export const AGENT_KINDS = ['title', 'body', 'group'] as const;
/** A person's title ("minister"), an institution ("ministry") or a collective ("troops"). */
export type AgentKind = (typeof AGENT_KINDS)[number];

/** One row of agents.tsv: a role noun and the CAMEO role code it adds. */
export interface Agent {
  readonly phrase: string;
  readonly code: string;
  readonly kind: AgentKind;
  readonly note: string;
}

const ORG_HEADER = ['code', 'name', 'aliases', 'type', 'country', 'dated', 'note'] as const;
const AGENT_HEADER = ['phrase', 'code', 'kind', 'note'] as const;
const ROLE_CODE = /^[A-Z]{3}$/;
const ISO3 = /^[A-Z]{3}$/;

const cellOf = (row: TsvRow, i: number): string => (row.cells[i] ?? '').trim();

function required(file: string, row: TsvRow, i: number, column: string): string {
  const value = cellOf(row, i);
  if (value === '') throw tableError(file, row.line, `empty "${column}"`);
  return value;
}

/** Parses `CODE:FROM:TO` items (`AFGGOVTAL:2021-08-15:`), either date may be empty. */
function parseDated(file: string, row: TsvRow, text: string): DatedCode[] {
  return splitList(text).map((item) => {
    const [code = '', from = '', to = '', ...rest] = item.split(':');
    const badDate = [from, to].some((d) => d !== '' && !isIsoDate(d));
    if (!isActorCode(code) || rest.length > 0 || badDate) {
      throw tableError(file, row.line, `bad "dated" item "${item}" (CODE:YYYY-MM-DD:YYYY-MM-DD)`);
    }
    return { code, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  });
}

const splitList = (text: string): string[] =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function toOrganisation(file: string, row: TsvRow, countries: ReadonlySet<string>): Organisation {
  const code = required(file, row, 0, 'code');
  if (!isActorCode(code)) throw tableError(file, row.line, `bad actor code "${code}"`);
  const type = required(file, row, 3, 'type');
  if (!(ACTOR_TYPES as readonly string[]).includes(type)) throw tableError(file, row.line, `bad "type": "${type}"`);
  const country = cellOf(row, 4);
  if (country !== '' && (!ISO3.test(country) || !countries.has(country))) {
    throw tableError(file, row.line, `unknown country "${country}"`);
  }
  return {
    code,
    name: required(file, row, 1, 'name'),
    aliases: splitList(cellOf(row, 2)),
    type: type as ActorType,
    country,
    dated: parseDated(file, row, cellOf(row, 5)),
    note: cellOf(row, 6),
  };
}

/** Parses an organisations file; `countries` holds the ISO alpha-3 codes it may name. */
export function parseOrganisations(file: string, countries: ReadonlySet<string>): readonly Organisation[] {
  return readTsv(file, ORG_HEADER, 6).map((row) => toOrganisation(file, row, countries));
}

/** Parses an agents file. */
export function parseAgents(file: string): readonly Agent[] {
  return readTsv(file, AGENT_HEADER, 3).map((row) => {
    const phrase = required(file, row, 0, 'phrase');
    const code = required(file, row, 1, 'code');
    if (!ROLE_CODE.test(code)) throw tableError(file, row.line, `bad role code "${code}"`);
    const kind = required(file, row, 2, 'kind');
    if (!(AGENT_KINDS as readonly string[]).includes(kind)) throw tableError(file, row.line, `bad "kind": "${kind}"`);
    if (phraseWords(phrase).length === 0) throw tableError(file, row.line, `phrase without words: "${phrase}"`);
    return { phrase, code, kind: kind as AgentKind, note: cellOf(row, 3) };
  });
}
