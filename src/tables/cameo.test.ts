import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cameoInfo, loadActorTypes, loadCameoCodes, quadClassOfRoot, readCameoCodes } from './cameo.js';

const HEADER = 'code\tname\tgoldstein\tquad_class\tplover';

function tempTable(lines: readonly string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-cameo-')), 'events.tsv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('loadCameoCodes', () => {
  const table = loadCameoCodes();

  it('holds every code of the codebook, roots 01..20 included', () => {
    expect(table.size).toBe(311);
    for (let root = 1; root <= 20; root++) expect(table.has(String(root).padStart(2, '0'))).toBe(true);
  });

  it.each([
    ['111', 'Criticize or denounce', -2, 3, 'ACCUSE'],
    ['042', 'Make a visit', 1.9, 1, 'CONSULT'],
    ['057', 'Sign formal agreement', 8, 1, 'SUPPORT'],
    ['0874', 'Retreat or surrender militarily', 10, 2, 'RETREAT'],
    ['163', 'Impose embargo, boycott, or sanctions', -8, 4, 'COERCE'],
    ['173', 'Arrest, detain, or charge with legal action', -5, 4, 'COERCE'],
    ['1823', 'Kill by physical assault', -10, 4, 'ASSAULT'],
    ['016', 'Deny responsibility', -2, 1, null],
    ['0253', 'Appeal for release of persons or property', -0.3, 1, 'REQUEST'],
  ] as const)('%s is %s, Goldstein %d, quad %d, PLOVER %s', (code, name, goldstein, quad, plover) => {
    expect(table.get(code)).toEqual({ code, name, goldstein, quadClass: quad, plover });
  });

  it('gives every code the quad class of its root and a parent in the table', () => {
    for (const info of table.values()) {
      expect(info.quadClass).toBe(quadClassOfRoot(Number(info.code.slice(0, 2))));
      if (info.code.length > 2) expect(table.has(info.code.slice(0, -1))).toBe(true);
    }
  });

  it('is loaded once', () => {
    expect(loadCameoCodes()).toBe(table);
  });
});

describe('cameoInfo', () => {
  it.each([
    ['0431', '043'],
    ['0499', '04'],
    ['174K', '174'],
    ['1823', '1823'],
  ])('%s falls back to %s', (code, found) => {
    expect(cameoInfo(code)?.code).toBe(found);
  });

  it('knows nothing of codes outside 01..20', () => {
    expect(cameoInfo('99')).toBeUndefined();
    expect(cameoInfo('x')).toBeUndefined();
  });
});

describe('readCameoCodes validation', () => {
  it.each([
    [['01\tStatement\t0.0\t1\t-', '011\tDecline\tabc\t1\t-'], ':3: bad Goldstein'],
    [['01\tStatement\t0.0\t1\t-', '011\tDecline\t-0.1\t2\t-'], ':3: quad class 2 does not match'],
    [['01\tStatement\t0.0\t1\t-', '0111\tDecline\t-0.1\t1\t-'], ':3: parent 011'],
    [['01\tStatement\t0.0\t1\tTALK'], ':2: bad PLOVER'],
    [['01\tStatement\t0.0\t1\t-', '01\tAgain\t0.0\t1\t-'], ':3: duplicate'],
    [['1x\tStatement\t0.0\t1\t-'], ':2: bad CAMEO code'],
  ])('rejects a bad row and names file and line (%#)', (rows, message) => {
    const file = tempTable([HEADER, ...rows]);
    expect(() => readCameoCodes(file)).toThrow(`${file}${message}`);
  });

  it('rejects a table without every root', () => {
    const file = tempTable([HEADER, '01\tStatement\t0.0\t1\t-']);
    expect(() => readCameoCodes(file)).toThrow('root 02 is missing');
  });
});

describe('loadActorTypes', () => {
  it.each([
    ['GOV', 'Government'],
    ['MIL', 'Military'],
    ['IGO', 'Inter-governmental organisation'],
    ['REB', 'Rebels'],
    ['MED', 'Media'],
  ])('%s is %s', (code, name) => {
    expect(loadActorTypes().get(code)?.name).toBe(name);
  });

  it('holds the role codes the brief names', () => {
    const codes = ['COP', 'JUD', 'LEG', 'OPP', 'INS', 'NGO', 'BUS', 'CVL', 'EDU', 'REF', 'REL', 'ETH', 'LAB', 'SPY'];
    for (const code of [...codes, 'HLH', 'CRM', 'UAF', 'ELI']) expect(loadActorTypes().has(code)).toBe(true);
  });
});
