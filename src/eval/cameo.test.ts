import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCameoReport, parseCameoRecord, runCameoEval } from './cameo.js';

function jsonl(lines: readonly string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-eval-cameo-')), 'gold.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const CONDEMN = {
  id: 'r1',
  text: 'The Organisation of Islamic Cooperation on Friday condemned the Israeli air strike on Gaza.',
  date: '2024-01-05',
  events: [{ source: 'IGOMOSOIC', target: 'ISR', code: '111' }],
  noevents: false,
  evaluate: true,
};
const NONE = { id: 'r2', text: 'The weather was mild in Jakarta.', date: '2024-01-05', events: [], noevents: true };

describe('parseCameoRecord', () => {
  it('reads a record with its events', () => {
    expect(parseCameoRecord(CONDEMN)).toEqual({
      id: 'r1',
      text: CONDEMN.text,
      date: '2024-01-05',
      events: [{ source: 'IGOMOSOIC', target: 'ISR', code: '111' }],
    });
  });

  it('turns an empty target into null and skips records not to evaluate', () => {
    const noTarget = { ...CONDEMN, events: [{ source: 'USA', target: '', code: '190' }] };
    expect(parseCameoRecord(noTarget)).toMatchObject({ events: [{ source: 'USA', target: null, code: '190' }] });
    expect(parseCameoRecord({ ...CONDEMN, evaluate: false })).toBeNull();
  });

  it.each([
    ['no text', { id: 'x' }],
    ['an event without code', { ...CONDEMN, events: [{ source: 'USA' }] }],
    ['not an object', 42],
  ])('reports a record with %s', (_what, value) => {
    expect(typeof parseCameoRecord(value)).toBe('string');
  });
});

describe('runCameoEval', () => {
  it('codes every record, counts gold events and reports bad lines', async () => {
    const file = jsonl([JSON.stringify(CONDEMN), '{not json', JSON.stringify(NONE)]);
    const { report, problems } = await runCameoEval(file);
    expect(report.records).toBe(2);
    expect(report.goldEvents).toBe(1);
    expect(report.noEventRecords).toBe(1);
    expect(report.levels.root.tp + report.levels.root.fn).toBe(1);
    expect(problems).toEqual([expect.stringContaining('line 2')]);
    expect(formatCameoReport(report)).toContain('2 records, 1 gold events');
  });
});
