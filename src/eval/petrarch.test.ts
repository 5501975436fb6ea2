import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context.js';
import { codeRecord, defaultValidationDictionaries, readPetrarchFile, runPetrarchEval } from './petrarch.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-petrarch-'));
const record = (id: string, text: string, events: object[], extra: object = {}) =>
  JSON.stringify({ id, text, date: '1995-01-01', events, category: 'DEMO', valid: true, options: {}, ...extra });

const SET = join(dir, 'set.jsonl');
writeFileSync(
  SET,
  [
    record('T-01', 'Arnor is about to restore full diplomatic ties with Gondor.', [
      { source: 'ARN', target: 'GON', code: '064' },
    ]),
    record('T-02', 'Arnor is about to restore baseball competition with Gondor.', [], {
      expected_error: 'sentencediscard',
    }),
    '',
    '{"id": "T-03"}',
  ].join('\n'),
);

describe('the PETRARCH evaluation harness', () => {
  it('reads records and reports the bad lines', () => {
    const { records, problems } = readPetrarchFile(SET);
    expect(records.map((r) => r.id)).toEqual(['T-01', 'T-02']);
    expect(problems).toEqual([`${SET} line 4: missing or non-string "text"`]);
  });

  it('codes every record without raising', () => {
    const { records } = readPetrarchFile(SET);
    const ctx = createContext();
    for (const r of records) expect(codeRecord(r, ctx).raised).toBe(false);
  });

  it('finds no default dictionaries beside a set that has none', () => {
    expect(defaultValidationDictionaries(SET)).toEqual([]);
  });
});

const DEV = new URL('../../../shared/data/petrarch-validation/dev.jsonl', import.meta.url).pathname;

describe.skipIf(!existsSync(DEV))('the validation set in ../shared', () => {
  it('codes all 151 records with the validation dictionaries and none raises', () => {
    const run = runPetrarchEval(DEV, []);
    expect(run.dictionaries.map((d) => d.kind)).toEqual(['verbs', 'actors', 'agents', 'discards']);
    expect(run.warnings).toEqual([]);
    expect(run.report.all.records).toBe(151);
    expect(run.report.all.raised).toBe(0);
  });
});
