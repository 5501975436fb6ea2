/**
 * `dyad eval plover FILE.jsonl`: for the PLOVER gold-standard records (one event per record,
 * PLOVER type, actor and recipient codes), codes each distinct sentence once through the whole
 * pipeline and scores PLOVER type accuracy and actor/recipient country agreement (see
 * `_plover-score.ts`). Given a ConfliBERT file (four coders per sentence), runs that
 * evaluation instead (see `conflibert.ts`).
 */
import type { Command } from 'commander';
import { type Context, createContext } from '../context.js';
import { type EvalCommandOptions, evalContext, printEval, withEvalOptions } from './_eval-command.js';
import { type PloverCase, type PloverPrediction, type PloverReport, scorePlover } from './_plover-score.js';
import { codeText, pct, readJsonl } from './_score.js';
import { isConflibertRow, printConflibertEval } from './conflibert.js';

/** A PLOVER gold record as scored. */
export interface PloverRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly type: string;
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const codes = (v: unknown): string[] =>
  Array.isArray(v) ? v.flatMap((a) => (isObject(a) && typeof a.code === 'string' ? [a.code] : [])) : [];

/** A record from a parsed JSON line, or why it is not one. */
export function parsePloverRecord(v: unknown): PloverRecord | string {
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.text !== 'string') return 'not a record with id and text';
  if (typeof v.event_type !== 'string') return `record ${v.id}: no "event_type"`;
  // The dates of this set are a placeholder (2000-01-01): code without one.
  const date = typeof v.date === 'string' && v.date !== '2000-01-01' ? v.date : null;
  return { id: v.id, text: v.text, date, type: v.event_type, actors: codes(v.actor), recipients: codes(v.recipient) };
}

/** Codes each distinct sentence once and pairs every record with the events of its sentence. */
export function codePloverRecords(records: readonly PloverRecord[], ctx: Context): PloverCase[] {
  const bySentence = new Map<string, PloverPrediction[]>();
  return records.map((r) => {
    let predicted = bySentence.get(r.text);
    if (predicted === undefined) {
      const coded = codeText(r.id, r.date, r.text, ctx);
      predicted = coded.events.map((e) => ({
        plover: e.plover ?? null,
        source: e.source.code,
        target: e.target?.code ?? null,
      }));
      bySentence.set(r.text, predicted);
    }
    return { id: r.id, text: r.text, type: r.type, actors: r.actors, recipients: r.recipients, predicted };
  });
}

/** Reads, codes and scores a PLOVER gold file; problems are unreadable lines. */
export async function runPloverEval(
  file: string,
  options: { ctx?: Context } = {},
): Promise<{ report: PloverReport; problems: string[] }> {
  const { rows, problems } = readJsonl(file);
  const records: PloverRecord[] = [];
  for (const row of rows) {
    const r = parsePloverRecord(row.value);
    if (typeof r === 'string') problems.push(`${file} line ${row.line}: ${r}`);
    else records.push(r);
  }
  return { report: scorePlover(codePloverRecords(records, options.ctx ?? createContext())), problems };
}

/** The report as text, with up to `failures` missed records. */
export function formatPloverReport(r: PloverReport, failures = 20): string {
  const lines = [
    `${r.records} records; dyad coded a PLOVER event in the sentence of ${r.coded}`,
    '',
    `PLOVER type accuracy (an event of the gold type): ${pct(r.typeAccuracy)}`,
    `PLOVER type accuracy (first event):              ${pct(r.firstTypeAccuracy)}`,
    `actor country agreement (on type hits):          ${pct(r.actorAgreement)}`,
    `recipient country agreement (on type hits):      ${pct(r.recipientAgreement)}`,
    '',
    'by gold type (2021 names): hits/records',
    ...Object.entries(r.byType)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, t]) => `  ${type.padEnd(10)} ${t.hits}/${t.records}`),
  ];
  const missed = r.outcomes.filter((o) => !o.typeHit);
  const shown = missed.slice(0, failures);
  if (shown.length > 0) lines.push('', `missed types (${shown.length} of ${missed.length}):`);
  for (const o of shown) lines.push(`- ${o.id}: gold ${o.gold}, dyad ${o.predictedTypes.join(' ') || '-'}`);
  return lines.join('\n');
}

/** Registers `dyad eval plover` under the `dyad eval` command. */
export function registerPloverEval(evalCommand: Command): Command {
  return withEvalOptions(evalCommand.command('plover'))
    .description('score PLOVER types and actors (plover-gsr-cameo), or CAMEO roots vs coders (conflibert-cameo-coders)')
    .argument('<file>', 'JSONL, e.g. ../shared/data/plover-gsr-cameo/dev.jsonl')
    .action(async (file: string, options: EvalCommandOptions) => {
      if (isConflibertRow(readJsonl(file).rows[0]?.value)) return printConflibertEval(file, options);
      const { report, problems } = await runPloverEval(file, { ctx: evalContext(options.dict) });
      printEval(
        problems,
        options.json,
        report,
        () => `PLOVER ${file}\n\n${formatPloverReport(report, options.failures)}`,
      );
    });
}
