import { describe, expect, it } from 'vitest';
import { parseDictionary, readDictionaryFile } from './read.js';

// Malformed entries: each is reported with its line, skipped, and loading goes on.
describe('malformed dictionary entries', () => {
  it.each([
    ['verbs', '--- RESTORE [064] ---\nRESTORE\n- * TIES\n- * RELATIONS [064]\n', 3, 'missing [CODE]', 2],
    ['verbs', '--- RESTORE [064] ---\nRESTORE\n- TIES [064]\n', 3, 'pattern has no verb', 1],
    ['verbs', '--- RESTORE [064] ---\nRESTORE\n- * &NOSUCHSET [064]\n', 3, 'unknown synonym set', 1],
    ['verbs', '- * TIES [064]\n--- RESTORE [064] ---\nRESTORE\n', 1, 'outside a verb block', 1],
    ['verbs', '--- BAN [191] ---\nBAN {BANS BANNED\n- SAID * [191]\n', 2, 'unbalanced braces', 0],
    ['actors', 'ARNOR [ARN]\nGONDOR\n\t[GON 9008223-911221]\n\t[GON]\nROHAN [ROH]\n', 3, 'bad date restriction', 3],
    ['actors', 'ARNOR [ARN]\nDAVID_CAMERON_\nROHAN [ROH]\n', 2, 'has no code', 2],
    ['agents', 'POLICE {} [~COP]\nISLAMIC_EXTREMIST\nCLERIC [~REL]\n', 2, 'agent without [CODE]', 3],
    ['agents', 'POLICE {} [~COP~]\n', 1, 'bad agent code', 0],
    ['issues', 'eu [EUROPEAN_UNION]\neec\n<ISSUE CATEGORY="EU">\necb\n', 2, 'without [CODE]', 2],
  ] as const)('%s: %j -> line %i "%s", %i entries kept', (kind, text, line, message, kept) => {
    const r = parseDictionary(kind, text, 'user.txt');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'user.txt', line });
    expect(r.problems[0]?.message).toContain(message);
    expect(r.count).toBe(kept);
  });

  it('reports a missing file as a problem instead of throwing', () => {
    const r = readDictionaryFile('verbs', '/nonexistent/verbs.txt');
    expect(r.count).toBe(0);
    expect(r.problems[0]?.message).toContain('cannot read file');
  });

  it('never throws on garbage', () => {
    const garbage = '[[[\n}{\n---\n- * [\n+\n&\n\t[\n!X! =\n<ISSUE\n~\n\u0000\uFFFD';
    for (const kind of ['verbs', 'actors', 'agents', 'discards', 'issues'] as const) {
      expect(() => parseDictionary(kind, garbage, 'garbage.txt')).not.toThrow();
    }
  });
});
