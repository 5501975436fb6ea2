/**
 * Records of the PETRARCH validation set (`dev.jsonl`) and the conversion of dyad's coded
 * events into the suite's triples, honouring the simple per-record options
 * (`require_dyad`, `new_actor_length`).
 */
import type { CodedEvent, EventActor } from '../core/document.js';
import type { Triple } from './petrarch-score.js';

/** One validation record, as `dev.jsonl` holds it (fields dyad uses). */
export interface PetrarchRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string;
  readonly events: readonly Triple[];
  readonly noevents: boolean;
  readonly expected_error: string | null;
  readonly category: string;
  readonly valid: boolean;
  readonly options: Readonly<Record<string, string>>;
}

/** Categories the suite's `<Include>` line scores (with `valid`). */
export const INCLUDED_CATEGORIES: ReadonlySet<string> = new Set([
  'DEMO',
  'ACTOR',
  'VERB',
  'AGENT',
  'COMPOUND',
  'PARSING',
  'PATTERN',
  'DATE',
  'MODIFY',
  'SYNSET',
  'ERROR',
]);

/** Coder options of a record that dyad's harness applies; the comma_* options are not. */
export interface RecordOptions {
  readonly requireDyad: boolean;
  readonly newActorLength: number;
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isTriple(v: unknown): v is Triple {
  const t = v as Record<string, unknown> | null;
  return typeof t === 'object' && t !== null && isString(t.source) && isString(t.target) && isString(t.code);
}

/** Parses one JSONL line into a record; a message string when it is not one. */
export function parseRecord(line: string): PetrarchRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  const r = value as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null) return 'not a JSON object';
  for (const field of ['id', 'text', 'date', 'category'] as const) {
    if (!isString(r[field])) return `missing or non-string "${field}"`;
  }
  if (!Array.isArray(r.events) || !r.events.every(isTriple)) return '"events" must be a list of {source, target, code}';
  const options: Record<string, string> = {};
  if (typeof r.options === 'object' && r.options !== null) {
    for (const [k, v] of Object.entries(r.options)) options[k] = String(v);
  }
  return {
    id: r.id as string,
    text: r.text as string,
    date: r.date as string,
    events: r.events,
    noevents: r.noevents === true,
    expected_error: isString(r.expected_error) ? r.expected_error : null,
    category: r.category as string,
    valid: r.valid !== false,
    options,
  };
}

/** The simple options of a record, with the suite's defaults. */
export function recordOptions(options: Readonly<Record<string, string>>): RecordOptions {
  const length = Number(options.new_actor_length ?? '0');
  return {
    requireDyad: (options.require_dyad ?? 'true').toLowerCase() !== 'false',
    newActorLength: Number.isFinite(length) ? length : 0,
  };
}

/** An event actor as the suite writes it: its code, a quoted upper-case phrase, or `---`. */
export function actorString(actor: EventActor | null, options: RecordOptions): string {
  if (actor === null) return '---';
  if (actor.code) return actor.code;
  const words = actor.name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (options.newActorLength > 0 && words.length > 0 && words.length <= options.newActorLength) {
    return `"${words.join(' ').toUpperCase()}"`;
  }
  return '---';
}

/** dyad's events as the suite's triples; without `require_dyad`, events missing an actor are kept. */
export function eventTriples(events: readonly CodedEvent[], options: RecordOptions): Triple[] {
  const out: Triple[] = [];
  for (const e of events) {
    const t: Triple = { source: actorString(e.source, options), target: actorString(e.target, options), code: e.code };
    if (options.requireDyad && (t.source === '---' || t.target === '---')) continue;
    out.push(t);
  }
  return out;
}
