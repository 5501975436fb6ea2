/**
 * `dyad eval cameo FILE.jsonl [--json] [--failures N]`: codes each record of a CAMEO gold set
 * (UniversalPetrarch's English validation sentences: `{id, text, date, events: [{source,
 * target, code}], noevents, evaluate}`) through the whole pipeline with dyad's own tables and
 * scores the events (see `_cameo-score.ts`).
 */
import type { Command } from 'commander';
import { type Context, createContext } from '../context.js';
import { CAMEO_LEVELS, type CameoCase, type CameoReport, scoreCameo, type Triple } from './_cameo-score.js';
import { type EvalCommandOptions, evalContext, printEval, withEvalOptions } from './_eval-command.js';
import { codeText, formatPrf, pct, rate, readJsonl } from './_score.js';

/** A gold record of the CAMEO set. */
export interface CameoRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly events: readonly Triple[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseTriple(v: unknown): Triple | null {
  if (!isObject(v) || typeof v.code !== 'string') return null;
  const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);
  return { source: str(v.source), target: str(v.target), code: v.code };
}

/** A record from a parsed JSON line, or why it is not one; `evaluate: false` records give null. */
export function parseCameoRecord(v: unknown): CameoRecord | string | null {
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.text !== 'string') return 'not a record with id and text';
  if (v.evaluate === false) return null;
  const raw = Array.isArray(v.events) ? v.events : [];
  const events = raw.map(parseTriple);
  if (events.some((e) => e === null)) return `record ${v.id}: event without a code`;
  const date = typeof v.date === 'string' ? v.date : null;
  return { id: v.id, text: v.text, date, events: events as Triple[] };
}

/** Codes one record with dyad and pairs the result with the gold. */
export function codeCameoRecord(record: CameoRecord, ctx: Context): CameoCase {
  const coded = codeText(record.id, record.date, record.text, ctx);
  const predicted = coded.events.map((e) => ({ source: e.source.code, target: e.target?.code ?? null, code: e.code }));
  const base = { id: record.id, text: record.text, gold: record.events, predicted };
  return coded.error === undefined ? base : { ...base, error: coded.error };
}

/** Options of a CAMEO evaluation run. */
export interface CameoEvalOptions {
  readonly ctx?: Context;
}

/** Reads, codes and scores a CAMEO gold file; problems are unreadable lines. */
export async function runCameoEval(
  file: string,
  options: CameoEvalOptions = {},
): Promise<{ report: CameoReport; problems: string[] }> {
  const { rows, problems } = readJsonl(file);
  const ctx = options.ctx ?? createContext();
  const cases: CameoCase[] = [];
  for (const row of rows) {
    const record = parseCameoRecord(row.value);
    if (typeof record === 'string') problems.push(`${file} line ${row.line}: ${record}`);
    else if (record !== null) cases.push(codeCameoRecord(record, ctx));
  }
  return { report: scoreCameo(cases), problems };
}

/** The report as text: scores per level, agreement, then up to `failures` records with errors. */
export function formatCameoReport(report: CameoReport, failures = 20): string {
  const a = report.agreement;
  const lines = [
    `${report.records} records, ${report.goldEvents} gold events, ${report.producedEvents} coded by dyad`,
    '',
    ...CAMEO_LEVELS.map((level) => formatPrf(LEVEL_LABELS[level], report.levels[level])),
    '',
    `actor-country agreement on ${a.pairs} events paired by root: source ${pct(rate(a.source, a.pairs))}, target ${pct(rate(a.target, a.pairs))}, both ${pct(rate(a.both, a.pairs))}`,
    `no-event records coded clean: ${report.noEventClean}/${report.noEventRecords}`,
    `records that failed to code: ${report.errors}`,
  ];
  const shown = report.failures.slice(0, failures);
  if (shown.length > 0) lines.push('', `errors at root level (${shown.length} of ${report.failures.length}):`);
  for (const f of shown) {
    lines.push(`- ${f.id}: ${f.text}`);
    if (f.missing.length > 0) lines.push(`    missing: ${f.missing.join('; ')}`);
    if (f.extra.length > 0) lines.push(`    extra:   ${f.extra.join('; ')}`);
    if (f.error) lines.push(`    error:   ${f.error}`);
  }
  return lines.join('\n');
}

const LEVEL_LABELS = {
  root: 'root (countries+root)',
  code: 'code (countries+code)',
  exact: 'exact (actors+code)',
  rootOnly: 'event root only',
} as const;

/** Registers `dyad eval cameo` under the `dyad eval` command. */
export function registerCameoEval(evalCommand: Command): Command {
  return withEvalOptions(evalCommand.command('cameo'))
    .description('score CAMEO events against gold (source, target, code) triples, e.g. upetrarch-gsr')
    .argument('<file>', 'gold JSONL, e.g. ../shared/data/upetrarch-gsr/dev.jsonl')
    .action(async (file: string, options: EvalCommandOptions) => {
      const { report, problems } = await runCameoEval(file, { ctx: evalContext(options.dict) });
      printEval(
        problems,
        options.json,
        report,
        () => `CAMEO ${file}\n\n${formatCameoReport(report, options.failures)}`,
      );
    });
}
