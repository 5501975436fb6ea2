import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isConflibertRow, parseConflibertRecord, runConflibertEval } from './conflibert.js';
import { formatPloverReport, parsePloverRecord, runPloverEval } from './plover.js';

function jsonl(rows: readonly unknown[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-eval-plover-')), 'gold.jsonl');
  writeFileSync(path, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return path;
}

const AGREE = {
  id: 'g1',
  text: 'Senior Hungarian and Romanian officials agreed on Wednesday to reopen the border crossing.',
  date: '2000-01-01',
  event_type: 'AGREE',
  actor: [
    { text: 'Hungarian', code: 'HUN', sector: 'GOV' },
    { text: 'Romanian', code: 'ROU', sector: 'GOV' },
  ],
  recipient: [],
};
const CODERS = {
  id: 'cameo-900',
  text: 'Police fired tear gas at protesters in the capital on Monday, witnesses said.',
  majority_relevant: true,
  majority_cameo_roots: ['18'],
  cameo_root_votes: { '18': 3, '17': 1 },
};

describe('parsePloverRecord', () => {
  it('reads type and actor codes, dropping the placeholder date', () => {
    expect(parsePloverRecord(AGREE)).toEqual({
      id: 'g1',
      text: AGREE.text,
      date: null,
      type: 'AGREE',
      actors: ['HUN', 'ROU'],
      recipients: [],
    });
    expect(typeof parsePloverRecord({ id: 'x', text: 'y' })).toBe('string');
  });
});

describe('parseConflibertRecord', () => {
  it('reads relevance, majority roots and voted roots', () => {
    expect(isConflibertRow(CODERS)).toBe(true);
    expect(isConflibertRow(AGREE)).toBe(false);
    expect(parseConflibertRecord(CODERS)).toEqual({
      id: 'cameo-900',
      text: CODERS.text,
      relevant: true,
      majorityRoots: ['18'],
      votedRoots: ['17', '18'],
    });
  });
});

describe('runners', () => {
  it('scores one PLOVER record per gold event, coding each sentence once', async () => {
    const file = jsonl([AGREE, { ...AGREE, id: 'g2', event_type: 'COOPERATE' }]);
    const { report } = await runPloverEval(file);
    expect(report.records).toBe(2);
    expect(Object.keys(report.byType).sort()).toEqual(['AGREE', 'COOPERATE']);
    expect(formatPloverReport(report)).toContain('2 records');
  });

  it('scores ConfliBERT sentences', async () => {
    const file = jsonl([CODERS, { ...CODERS, id: 'cameo-901', majority_relevant: false, majority_cameo_roots: [] }]);
    const { report } = await runConflibertEval(file);
    expect(report.relevant).toBe(1);
    expect(report.irrelevant).toBe(1);
    expect(report.majority.tp + report.majority.fn).toBe(1);
  });
});
