/**
 * The readable form of a PETRARCH evaluation report: a table of figures for all records,
 * the scored subset and each category, then the failures with expected vs produced events.
 */
import type { PetrarchReport, Scores } from './petrarch-score.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

function row(label: string, s: Scores): string {
  const counts = `${String(s.correct).padStart(4)}/${String(s.produced).padEnd(4)} of ${String(s.expected).padEnd(4)}`;
  return `${label.padEnd(18)}${String(s.records).padStart(7)}${pct(s.exact)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}  ${counts}${String(s.raised).padStart(7)}`;
}

/** The report as text; `maxFailures` failures are listed per category (all by default). */
export function formatPetrarchReport(r: PetrarchReport, maxFailures = Number.POSITIVE_INFINITY): string {
  const lines = [
    `${'subset'.padEnd(18)}${'records'.padStart(7)}${'exact'.padStart(7)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}  correct/produced of gold  raised`,
    row('all', r.all),
    row('valid+Include', r.included),
    '',
  ];
  for (const [category, s] of Object.entries(r.byCategory).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(row(`  ${category}`, s));
  }
  const failed = Object.entries(r.failures).sort(([a], [b]) => a.localeCompare(b));
  if (failed.length > 0) lines.push('', 'failures (expected -> produced):');
  for (const [category, list] of failed) {
    lines.push(`  ${category} (${list.length})`);
    for (const f of list.slice(0, maxFailures)) {
      const expected = f.expected.length > 0 ? f.expected.join(', ') : '(none)';
      const produced = f.produced.length > 0 ? f.produced.join(', ') : '(none)';
      lines.push(`    ${f.id}: ${expected} -> ${produced}`);
    }
    if (list.length > maxFailures) lines.push(`    ... ${list.length - maxFailures} more`);
  }
  return lines.join('\n');
}
