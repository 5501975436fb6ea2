import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDictCheck } from './dict.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-check-'));

function check(kind: string, text: string): { code: number; lines: string[] } {
  const path = join(dir, `${kind}.txt`);
  writeFileSync(path, text);
  const lines: string[] = [];
  const code = runDictCheck(kind, path, (l) => lines.push(l.replace(path, 'FILE')));
  return { code, lines };
}

describe('dyad dict check', () => {
  it('prints a summary and exits 0 on a clean file', () => {
    const { code, lines } = check('agents', 'POLICE {} [~COP]\nCLERIC [~REL]\n');
    expect(code).toBe(0);
    expect(lines).toEqual(['FILE: 3 entries read, 0 problems']);
  });

  it('prints each problem as FILE line N: message and exits 1', () => {
    const { code, lines } = check('verbs', '--- RESTORE [064] ---\nRESTORE\n- * TIES\n- * RELATIONS [064]\n');
    expect(code).toBe(1);
    expect(lines).toEqual(['FILE line 3: missing [CODE]', 'FILE: 2 patterns read, 1 problem']);
  });

  it('refuses an unknown kind with a usage error', () => {
    expect(() => check('nouns', 'X')).toThrow(/KIND must be one of/);
  });
});
