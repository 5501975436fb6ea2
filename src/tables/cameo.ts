/**
 * CAMEO event codes (data/cameo/events.tsv) and actor type codes (data/cameo/actor-types.tsv):
 * names, Goldstein weights, quad classes and PLOVER types, validated when first loaded.
 */
import { type CameoCode, isCameoCode, QUAD_CLASSES, type QuadClass } from '../core/codes.js';
import { dataFile, readTsv, type TsvRow, tableError } from './_tsv.js';

/** What the CAMEO table knows about one event code. */
export interface CameoInfo {
  readonly code: CameoCode;
  readonly name: string;
  /** Goldstein weight, -10 (conflict) to +10 (cooperation). */
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  /** PLOVER event type (`ACCUSE`, `ASSAULT`...), null where PLOVER codes no event. */
  readonly plover: string | null;
}

/** A CAMEO actor type or role code (`GOV`, `MIL`, `IGO`...). */
export interface ActorTypeInfo {
  readonly code: string;
  readonly name: string;
  readonly note: string;
}

/** The PLOVER event types a row of events.tsv may name. */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

const EVENT_HEADER = ['code', 'name', 'goldstein', 'quad_class', 'plover'] as const;
const ACTOR_HEADER = ['code', 'name', 'note'] as const;
const NUMBER = /^-?\d{1,2}(?:\.\d)?$/;

/** The quad class GDELT assigns to a root: 01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4. */
export function quadClassOfRoot(root: number): QuadClass {
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  return root <= 14 ? 3 : 4;
}

function parseEventRow(file: string, row: TsvRow, known: ReadonlyMap<string, CameoInfo>): CameoInfo {
  const [code = '', name = '', goldstein = '', quad = '', plover = ''] = row.cells;
  const fail = (message: string) => tableError(file, row.line, message);
  if (!isCameoCode(code)) throw fail(`bad CAMEO code "${code}"`);
  if (known.has(code)) throw fail(`duplicate code ${code}`);
  const root = Number(code.slice(0, 2));
  if (root < 1 || root > 20) throw fail(`root of ${code} is not 01..20`);
  if (code.length > 2 && !known.has(code.slice(0, -1))) throw fail(`parent ${code.slice(0, -1)} must come first`);
  if (name.trim() === '') throw fail('empty name');
  const weight = Number(goldstein);
  if (!NUMBER.test(goldstein) || weight < -10 || weight > 10) throw fail(`bad Goldstein value "${goldstein}"`);
  const quadClass = QUAD_CLASSES.find((q) => String(q) === quad);
  if (quadClass === undefined) throw fail(`bad quad class "${quad}"`);
  if (quadClass !== quadClassOfRoot(root)) throw fail(`quad class ${quad} does not match root ${code.slice(0, 2)}`);
  if (plover !== '-' && !(PLOVER_TYPES as readonly string[]).includes(plover))
    throw fail(`bad PLOVER type "${plover}"`);
  return { code, name, goldstein: weight, quadClass, plover: plover === '-' ? null : plover };
}

/** Reads and validates an events table (throws naming file and line on a bad row). */
export function readCameoCodes(file: string): ReadonlyMap<string, CameoInfo> {
  const table = new Map<string, CameoInfo>();
  for (const row of readTsv(file, EVENT_HEADER)) {
    const info = parseEventRow(file, row, table);
    table.set(info.code, info);
  }
  for (let root = 1; root <= 20; root++) {
    const code = String(root).padStart(2, '0');
    if (!table.has(code)) throw tableError(file, 1, `root ${code} is missing`);
  }
  return table;
}

let cameoCodes: ReadonlyMap<string, CameoInfo> | undefined;

/** All CAMEO event codes of data/cameo/events.tsv, loaded and validated once. */
export function loadCameoCodes(): ReadonlyMap<string, CameoInfo> {
  cameoCodes ??= readCameoCodes(dataFile('cameo', 'events.tsv'));
  return cameoCodes;
}

/**
 * The table entry for `code`, or for its nearest ancestor when the code itself is not in the
 * table (`0431` → `043` → `04`; user codes such as `174K` → `174`). The returned `code` is the
 * entry found. Undefined when not even the root is known.
 */
export function cameoInfo(code: string): CameoInfo | undefined {
  const table = loadCameoCodes();
  for (let end = code.length; end >= 2; end--) {
    const info = table.get(code.slice(0, end));
    if (info !== undefined) return info;
  }
  return undefined;
}

/** Reads and validates an actor-types table (throws naming file and line on a bad row). */
export function readActorTypes(file: string): ReadonlyMap<string, ActorTypeInfo> {
  const table = new Map<string, ActorTypeInfo>();
  for (const row of readTsv(file, ACTOR_HEADER, 2)) {
    const [code = '', name = '', note = ''] = row.cells;
    if (!/^[A-Z]{3}$/.test(code)) throw tableError(file, row.line, `bad actor type code "${code}"`);
    if (table.has(code)) throw tableError(file, row.line, `duplicate code ${code}`);
    if (name.trim() === '') throw tableError(file, row.line, 'empty name');
    table.set(code, { code, name, note });
  }
  return table;
}

let actorTypes: ReadonlyMap<string, ActorTypeInfo> | undefined;

/** CAMEO actor type and role codes of data/cameo/actor-types.tsv, loaded once. */
export function loadActorTypes(): ReadonlyMap<string, ActorTypeInfo> {
  actorTypes ??= readActorTypes(dataFile('cameo', 'actor-types.tsv'));
  return actorTypes;
}
