import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context.js';
import { articleId } from '../core/article.js';
import { formatPattern } from '../dictionaries/pattern-text.js';
import type { PatternItem, VerbPattern } from '../dictionaries/types.js';
import { codeArticle } from '../pipeline.js';
import { loadCameoCodes } from './cameo.js';
import { builtinVerbPatterns, readVerbPatterns } from './verbs.js';

const patterns = builtinVerbPatterns();

/** The code our table gives `verb` in `pattern`, e.g. ('condemn', '* +') → '111'. */
function codeOf(verb: string, pattern: string): string | undefined {
  return patterns.find((p) => p.verbs[0] === verb && formatPattern(p.pattern) === pattern)?.code;
}

/** True when some sentence could match both items at the same place. */
function overlaps(a: PatternItem, b: PatternItem): boolean {
  if (a.kind !== b.kind || (a.adjacent ?? false) !== (b.adjacent ?? false)) return false;
  return a.kind !== 'word' || b.kind !== 'word' || a.words.some((w) => b.words.includes(w));
}

/** Pairs of same-verb, same-shape patterns that overlap word for word but code differently. */
function ambiguousPairs(all: readonly VerbPattern[]): string[] {
  const byVerb = new Map<string, VerbPattern[]>();
  for (const p of all) byVerb.set(p.verbs[0] ?? '', [...(byVerb.get(p.verbs[0] ?? '') ?? []), p]);
  const pairs: string[] = [];
  for (const list of byVerb.values()) {
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) {
        const sameShape = a.pattern.length === b.pattern.length && a.code !== b.code;
        if (sameShape && a.pattern.every((item, k) => b.pattern[k] !== undefined && overlaps(item, b.pattern[k]))) {
          pairs.push(`${formatPattern(a.pattern)} ${a.code}/${b.code}`);
        }
      }
    });
  }
  return pairs;
}

describe('builtinVerbPatterns', () => {
  it('holds at least 1,500 patterns, each with a known code', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(1500);
    const codes = loadCameoCodes();
    for (const p of patterns) expect(codes.has(p.code)).toBe(true);
  });

  it('gives every root 01..20 at least 20 patterns', () => {
    for (let root = 1; root <= 20; root++) {
      const prefix = String(root).padStart(2, '0');
      expect(patterns.filter((p) => p.code.startsWith(prefix)).length).toBeGreaterThanOrEqual(20);
    }
  });

  it('names each pattern in its provenance and keeps one verb per row', () => {
    const first = patterns.find((p) => p.verbs[0] === 'issue' && formatPattern(p.pattern) === '* _ statement');
    expect(first?.source).toEqual({ kind: 'dictionary', table: 'verbs', entry: 'issue: * _ statement' });
    for (const p of patterns) expect(p.verbs).toHaveLength(1);
  });

  it('writes every pattern back to the text of its row', () => {
    for (const p of patterns) {
      const entry = p.source.kind === 'dictionary' ? p.source.entry : '';
      expect(`${p.verbs[0]}: ${formatPattern(p.pattern)}`).toBe(entry);
    }
  });

  it.each([
    // "The OIC condemned China's treatment of Uyghurs."
    ['condemn', '* +', '111'],
    // "Beijing accused Washington of meddling."
    ['accuse', '* + of', '112'],
    [
      'accuse',
      '* + of _ {spying|espionage|treason|sabotage|hacking|cyberattack|cyberattacks|subversion|sedition}',
      '1125',
    ],
    // "Wang Yi met with the OIC delegation on Friday."
    ['meet', '* with +', '040'],
    ['visit', '* +', '042'],
    ['host', '* +', '043'],
    [
      'hold',
      '* _ {talk|talks|discussion|discussions|consultation|consultations|meeting|meetings|dialogue} with +',
      '040',
    ],
    ['call', '* on + to', '020'],
    ['lash', '* out at +', '111'],
    ['crack', '* down on +', '175'],
    [
      'sign',
      '* _ {agreement|accord|deal|treaty|pact|memorandum|protocol|charter|declaration|convention|contract|mou} with +',
      '057',
    ],
    ['impose', '* _ {sanction|sanctions|embargo|tariffs|tariff|boycott|duties|penalties} on +', '163'],
    ['establish', '* _ diplomatic {ties|relations} with +', '054'],
    [
      'cut',
      '* _ {business|trade|economic|investment|commercial} {deal|deals|agreement|agreements|contract|contracts} with +',
      '061',
    ],
    ['tout', '* +', '051'],
    ['arrest', '* +', '173'],
    ['demonstrate', '*', '141'],
    ['sue', '* +', '115'],
    ['veto', '* +', '129'],
    ['kill', '* +', '190'],
    ['assassinate', '* +', '186'],
    [
      'deny',
      '* _ {responsibility|involvement|role|allegation|allegations|accusation|accusations|charge|charges|claim|claims|report|reports|wrongdoing|link|links|knowledge|complicity}',
      '016',
    ],
    // "Jordan and Britain agreed to ...", "Israel and Syria held talks": both sides each way.
    ['agree', '% * to', '030'],
    ['hold', '% * _ {talks|talk|meeting|meetings|consultations|discussions|summit|dialogue}', '040'],
    [
      'sign',
      '% * _ {agreement|agreements|accord|accords|deal|deals|treaty|treaties|pact|pacts|memorandum|protocol|charter|declaration|convention|mou}',
      '057',
    ],
    ['clash', '% *', '190'],
    // "agreed on a deal" is an agreement (03), not yet a signature (057).
    ['agree', '* on _ {deal|agreement|accord|pact|text}', '030'],
    // "Russia said Sudan must return the helicopter."
    ['say', '* + must', '100'],
    ['say', '* + should', '020'],
    ['ask', '* + for', '020'],
    // "France is ready to contribute troops", "said they would meet".
    ['contribute', '{ready|willing|prepared|offered|offering|offers} to *', '033'],
    ['meet', 'would *', '036'],
    // Refusals spelled with a negation: "said he would not provide support to Israel".
    [
      'provide',
      "{not|never|n't} * _ {aid|support|assistance|help|weapons|arms|troops|money|funds|funding|loans}",
      '122',
    ],
    ['meet', "{not|never|n't} * with +", '125'],
    // Conditional threats: "will withdraw its force unless ...", "would blockade Paris".
    ['withdraw', '* _ unless', '1313'],
    ['blockade', '{will|would} *', '1381'],
    [
      'claim',
      '* + {attacked|killed|bombed|shelled|invaded|violated|murdered|massacred|tortured|abducted|kidnapped|seized|occupied|targeted|raided|struck|fired|shot|used|supported|funded|armed|backed|sponsored|harboured|harbored}',
      '112',
    ],
    ['warn', '* + to', '130'],
    // "The US said that Iraq had attacked Kuwait": a report of a hostile act is an accusation.
    [
      'say',
      '* _ that + {attacked|killed|bombed|shelled|invaded|violated|murdered|massacred|tortured|abducted|kidnapped|seized|occupied|targeted|raided|struck|fired|shot}',
      '112',
    ],
    // Intent spelled by "will/would": yielding is 035x, pulling out an international presence a threat.
    ['allow', '{will|would} *', '035'],
    ['withdraw', '{will|would} * _ {troops|forces|soldiers|units|army|military} from +', '0356'],
    [
      'withdraw',
      '{will|would} * _ {inspectors|observers|monitors|peacekeepers|peacekeeping|personnel|staff|workers|mission}',
      '136',
    ],
    // A negation the pattern spells beats the plain object pattern ("accept refugees", 075).
    [
      'accept',
      "{not|never|n't} * _ {refugees|migrants|asylum|demands|terms|conditions|proposal|plan|offer|ruling|verdict}",
      '120',
    ],
    ['lift', '* _ {ban|bans} on +', '081'],
    ['deliver', '* _ {remarks|speech|speeches|address|statement|lecture|sermon}', '010'],
    // "called for sanctions against X": X is criticised, not asked (not 02/10 with X as target).
    ['call', '* for _ {sanctions|punishment|prosecution} against +', '111'],
    ['order', '* _ {arrest|arrests|detention} of +', '173'],
  ])('%s %s → %s', (verb, pattern, code) => {
    expect(codeOf(verb, pattern)).toBe(code);
  });

  it('never codes one verb two ways in patterns of equal length that can match the same words', () => {
    expect(ambiguousPairs(patterns)).toEqual([]);
  });

  it('finds such an ambiguity when there is one', () => {
    const [a, b] = [patterns.find((p) => p.code === '111'), patterns.find((p) => p.code === '112')];
    if (a === undefined || b === undefined) throw new Error('table lacks 111 or 112');
    expect(
      ambiguousPairs([
        { ...a, verbs: ['x'] },
        { ...b, verbs: ['x'], pattern: a.pattern },
      ]),
    ).toHaveLength(1);
  });

  it('gives generic verbs no bare pattern', () => {
    for (const verb of ['have', 'get', 'make', 'take', 'give', 'go', 'come', 'put']) {
      expect(codeOf(verb, '*')).toBeUndefined();
      expect(codeOf(verb, '* +')).toBeUndefined();
    }
    // "say" and "tell" only as the statement fallback (010, coded when a sentence codes nothing else).
    for (const verb of ['say', 'tell']) {
      expect(codeOf(verb, '*')).toBe('010');
      expect(codeOf(verb, '* +')).toBeUndefined();
    }
  });

  it('codes a mutual act of a compound subject both ways, with the built-in tables', () => {
    const ctx = createContext();
    const coded = codeArticle(
      { id: articleId('mutual'), date: '2024-01-05', text: 'Japan and France signed a defence pact on Friday.' },
      ctx,
    );
    if (!coded.ok) throw new Error(coded.problem.message);
    const events = coded.value.events.map((e) => `${e.source.code} ${e.target?.code} ${e.code}`).sort();
    expect(events).toEqual(['FRA JPN 057', 'JPN FRA 057']);
  });

  it.each([
    ['Iran lifted its ban on Canadian flights.', ['IRN CAN 081']],
    ['Syria will not accept Iraqi refugees.', ['SYR IRQREF 120']],
  ])('codes "%s" with the built-in tables', (text, expected) => {
    const coded = codeArticle({ id: articleId('verbs'), date: '2024-01-05', text }, createContext());
    if (!coded.ok) throw new Error(coded.problem.message);
    expect(coded.value.events.map((e) => `${e.source.code} ${e.target?.code} ${e.code}`)).toEqual(expected);
  });

  it('is loaded once', () => {
    expect(builtinVerbPatterns()).toBe(patterns);
  });
});

describe('readVerbPatterns validation', () => {
  const HEADER = 'code\tverb\tpattern\tnote';
  function table(rows: readonly string[]): string {
    const file = join(mkdtempSync(join(tmpdir(), 'dyad-verbs-')), 'verbs.tsv');
    writeFileSync(file, `# a comment\n${HEADER}\n${rows.join('\n')}\n`);
    return file;
  }

  it.each([
    [['999\tcondemn\t* +\t'], ':3: unknown CAMEO code "999"'],
    [['111\tCondemn!\t* +\t'], ':3: bad verb lemma'],
    [['111\tcondemn\t+ condemn\t'], ':3: bad pattern "+ condemn": exactly one "*"'],
    [['111\tcondemn\t* +\t', '111\tcondemn\t* +\tagain'], ':4: "condemn: * +" repeats line 3'],
    [['111\tcondemn'], ':3: expected 3-4 tab-separated cells'],
  ])('rejects a bad row and names file and line (%#)', (rows, message) => {
    const file = table(rows);
    expect(() => readVerbPatterns(file)).toThrow(`${file}${message}`);
  });

  it('puts compound patterns first, then those that spell more words, file order otherwise', () => {
    const rows = [
      '110\toppose\t* +',
      '126\toppose\t* _ mediation',
      '120\toppose\t* _ {plan|deal}',
      '110\toppose\t*',
      '125\toppose\t% * _ talks',
    ];
    const read = readVerbPatterns(table(rows)).map((p) => `${p.code} ${formatPattern(p.pattern)}`);
    expect(read).toEqual(['125 % * _ talks', '126 * _ mediation', '120 * _ {plan|deal}', '110 * +', '110 *']);
  });

  it('reads a good row, note optional', () => {
    const [row] = readVerbPatterns(table(['112\taccuse\t* + of']));
    expect(row?.code).toBe('112');
    expect(row?.pattern).toEqual([{ kind: 'verb' }, { kind: 'target' }, { kind: 'word', words: ['of'] }]);
  });
});
