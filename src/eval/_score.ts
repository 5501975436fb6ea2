/**
 * Shared plumbing of the CAMEO, PLOVER and ConfliBERT scorers: precision/recall/F1 over
 * multisets of keys, the country part of an actor code, JSONL reading, coding one text
 * through the whole pipeline, and number formatting.
 */
import { readFileSync } from 'node:fs';
import type { Context } from '../context.js';
import { articleId } from '../core/article.js';
import type { CodedEvent } from '../core/document.js';
import { codeArticle } from '../pipeline.js';

/** Counts and rates of a comparison of predicted with gold items. */
export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Precision, recall and F1 from counts; a rate with an empty denominator is 0. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Sums counts and recomputes the rates. */
export function sumPrf(parts: readonly Pick<Prf, 'tp' | 'fp' | 'fn'>[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of parts) {
    tp += p.tp;
    fp += p.fp;
    fn += p.fn;
  }
  return prf(tp, fp, fn);
}

/** A multiset comparison: matched keys, gold keys not produced, produced keys not in gold. */
export interface KeyMatch {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

/** Compares two multisets of keys (a key matched once consumes one gold copy). */
export function matchKeys(gold: readonly string[], predicted: readonly string[]): KeyMatch {
  const left = new Map<string, number>();
  for (const key of gold) left.set(key, (left.get(key) ?? 0) + 1);
  const extra: string[] = [];
  let tp = 0;
  for (const key of predicted) {
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      tp++;
    } else extra.push(key);
  }
  const missing = [...left].flatMap(([key, n]) => Array.from({ length: n }, () => key));
  return { tp, fp: extra.length, fn: missing.length, missing, extra };
}

/** Marks an actor the coder could not identify (PETRARCH `---`), or no actor at all. */
export const UNKNOWN = '---';

/**
 * The country (or international type) block of an actor code: its first three characters,
 * `USA` for `USAGOV`, `IGO` for `IGOUNOMIL`, `---` for `---REB`, an empty or missing code.
 */
export function actorCountry(code: string | null | undefined): string {
  if (code === null || code === undefined || code.length < 3) return UNKNOWN;
  return code.slice(0, 3).toUpperCase();
}

/** The two-digit CAMEO root of an event code (`111` → `11`). */
export function cameoRootOf(code: string): string {
  return code.slice(0, 2);
}

/** The lines of a JSONL file parsed as JSON, with a message for each line that is not. */
export function readJsonl(path: string): { rows: { line: number; value: unknown }[]; problems: string[] } {
  const rows: { line: number; value: unknown }[] = [];
  const problems: string[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((text, i) => {
      if (text.trim() === '') return;
      try {
        rows.push({ line: i + 1, value: JSON.parse(text) as unknown });
      } catch (error) {
        problems.push(`${path} line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  return { rows, problems };
}

/** Events dyad codes in one text, or the failure message; never throws. */
export function codeText(
  id: string,
  date: string | null,
  text: string,
  ctx: Context,
): { events: readonly CodedEvent[]; error?: string } {
  try {
    const coded = codeArticle({ id: articleId(id), date, text, origin: id }, ctx);
    return coded.ok ? { events: coded.value.events } : { events: [], error: coded.problem.message };
  } catch (error) {
    return { events: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** `0.625` → `62.5%`; NaN-free for empty denominators. */
export function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** A share `n/d` as a rate (0 when `d` is 0). */
export function rate(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

/** One line `label  P 50.0%  R 40.0%  F1 44.4%  (tp 2, fp 2, fn 3)`. */
export function formatPrf(label: string, p: Prf): string {
  const counts = `(tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
  return `${label.padEnd(24)} P ${pct(p.precision).padStart(6)}  R ${pct(p.recall).padStart(6)}  F1 ${pct(p.f1).padStart(6)}  ${counts}`;
}
