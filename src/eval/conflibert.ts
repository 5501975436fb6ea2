/**
 * `dyad eval conflibert FILE.jsonl`: codes each sentence of the ConfliBERT CAMEO annotations
 * (four human coders per sentence, majority roots and relevance; no dates) through the whole
 * pipeline and scores dyad's CAMEO roots (see `_conflibert-score.ts`). `dyad eval plover`
 * runs this too when given such a file.
 */
import type { Command } from 'commander';
import { type Context, createContext } from '../context.js';
import { type ConflibertCase, type ConflibertReport, scoreConflibert } from './_conflibert-score.js';
import { type EvalCommandOptions, evalContext, printEval, withEvalOptions } from './_eval-command.js';
import { cameoRootOf, codeText, formatPrf, pct, rate, readJsonl } from './_score.js';

/** A ConfliBERT record as scored: id, text, relevance, majority and voted roots. */
export interface ConflibertRecord {
  readonly id: string;
  readonly text: string;
  readonly relevant: boolean;
  readonly majorityRoots: readonly string[];
  readonly votedRoots: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** True when a parsed JSON line looks like a ConfliBERT record. */
export function isConflibertRow(v: unknown): boolean {
  return isObject(v) && 'majority_cameo_roots' in v;
}

/** A record from a parsed JSON line, or why it is not one. */
export function parseConflibertRecord(v: unknown): ConflibertRecord | string {
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.text !== 'string') return 'not a record with id and text';
  if (typeof v.majority_relevant !== 'boolean') return `record ${v.id}: no "majority_relevant"`;
  const votes = isObject(v.cameo_root_votes) ? Object.keys(v.cameo_root_votes).sort() : [];
  return {
    id: v.id,
    text: v.text,
    relevant: v.majority_relevant,
    majorityRoots: strings(v.majority_cameo_roots),
    votedRoots: votes,
  };
}

/** Codes one sentence (no publication date) and keeps dyad's roots. */
export function codeConflibertRecord(r: ConflibertRecord, ctx: Context): ConflibertCase {
  const coded = codeText(r.id, null, r.text, ctx);
  return { ...r, predictedRoots: coded.events.map((e) => cameoRootOf(e.code)) };
}

/** Reads, codes and scores a ConfliBERT file; problems are unreadable lines. */
export async function runConflibertEval(
  file: string,
  options: { ctx?: Context } = {},
): Promise<{ report: ConflibertReport; problems: string[] }> {
  const { rows, problems } = readJsonl(file);
  const ctx = options.ctx ?? createContext();
  const cases: ConflibertCase[] = [];
  for (const row of rows) {
    const r = parseConflibertRecord(row.value);
    if (typeof r === 'string') problems.push(`${file} line ${row.line}: ${r}`);
    else cases.push(codeConflibertRecord(r, ctx));
  }
  return { report: scoreConflibert(cases), problems };
}

/** The report as text, with up to `failures` disagreements. */
export function formatConflibertReport(r: ConflibertReport, failures = 20): string {
  const lines = [
    `${r.records} sentences: ${r.relevant} judged relevant by the majority (${r.withMajority} with a majority root), ${r.irrelevant} not`,
    '',
    formatPrf('roots vs majority', r.majority),
    `dyad's roots that some coder gave (relevant sentences): ${pct(r.anyCoderPrecision)}`,
    `relevant sentences where dyad coded an event: ${r.relevantCoded}/${r.relevant} (${pct(rate(r.relevantCoded, r.relevant))})`,
    `irrelevant sentences where dyad coded nothing: ${r.irrelevantClean}/${r.irrelevant} (${pct(rate(r.irrelevantClean, r.irrelevant))})`,
  ];
  const shown = r.disagreements.slice(0, failures);
  if (shown.length > 0)
    lines.push('', `disagreements with the majority (${shown.length} of ${r.disagreements.length}):`);
  for (const d of shown) {
    lines.push(
      `- ${d.id}: ${d.text}`,
      `    missing: ${d.missing.join(' ') || '-'}   extra: ${d.extra.join(' ') || '-'}`,
    );
  }
  return lines.join('\n');
}

/** Runs and prints the evaluation of a ConfliBERT file (also used by `dyad eval plover`). */
export async function printConflibertEval(file: string, options: EvalCommandOptions): Promise<void> {
  const { report, problems } = await runConflibertEval(file, { ctx: evalContext(options.dict) });
  printEval(
    problems,
    options.json,
    report,
    () => `ConfliBERT CAMEO ${file}\n\n${formatConflibertReport(report, options.failures)}`,
  );
}

/** Registers `dyad eval conflibert` under the `dyad eval` command. */
export function registerConflibertEval(evalCommand: Command): Command {
  return withEvalOptions(evalCommand.command('conflibert'))
    .description('score CAMEO roots against sentences coded by four human coders (majority vote)')
    .argument('<file>', 'JSONL, e.g. ../shared/data/conflibert-cameo-coders/dev.jsonl')
    .action(async (file: string, options: EvalCommandOptions) => {
      await printConflibertEval(file, options);
    });
}
