import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPattern, parsePatternText } from './pattern-text.js';
import type { PatternItem } from './types.js';

const verb = { kind: 'verb' } as const;
const target = { kind: 'target' } as const;
const source = { kind: 'source' } as const;
const word = (...words: string[]): PatternItem => ({ kind: 'word', words });
const tight = (...words: string[]): PatternItem => ({ kind: 'word', words, adjacent: true });

describe('parsePatternText', () => {
  it.each<[string, readonly PatternItem[]]>([
    // "The OIC condemned China on Friday."
    ['* +', [verb, target]],
    // "Beijing accused Washington of meddling."
    ['* + of', [verb, target, word('of')]],
    // "The EU called on Moscow to withdraw."
    ['* on + to', [verb, tight('on'), target, word('to')]],
    // "Police cracked down on protesters."
    ['* down on +', [verb, tight('down'), tight('on'), target]],
    // "Ankara held two days of talks with Baghdad."
    ['* _ talks with +', [verb, word('talks'), tight('with'), target]],
    // "Tokyo imposed {new|fresh} sanctions on Pyongyang."
    ['* _ {sanction|sanctions|embargo} on +', [verb, word('sanction', 'sanctions', 'embargo'), tight('on'), target]],
    // "Hamas was attacked by Israel." (target before the verb, source after "by")
    ['+ * by $', [target, verb, tight('by'), source]],
    // "in talks with" style: a word glued before the verb
    ['in * with +', [word('in'), { kind: 'verb', adjacent: true }, tight('with'), target]],
    // Upper case and curly apostrophes are normalised.
    ['* Ally’s +', [verb, tight("ally's"), target]],
    ['  *   +  ', [verb, target]],
    // "Israel and Syria have agreed on a deal": the compound names both sides.
    ['% * on _ deal', [{ kind: 'compound' }, verb, tight('on'), word('deal')]],
  ])('%s', (text, items) => {
    expect(parsePatternText(text)).toEqual(items);
  });

  it.each([
    ['+ condemn', 'exactly one "*"'],
    ['* * +', 'exactly one "*"'],
    ['', 'exactly one "*"'],
    ['* + +', 'more than one "+"'],
    ['$ * $', 'more than one "$"'],
    ['_ * +', '"_" must stand between'],
    ['* +  _', '"_" must stand between'],
    ['* _ _ talks', 'two "_"'],
    ['* {on|', 'unbalanced'],
    ['* {}', 'unbalanced'],
    ['* {on||at}', 'not a word: ""'],
    ['* (with +)', 'not a word'],
    ['* &ALLY', 'not a word: "&ally"'],
    ['% * with %', 'more than one "%"'],
    ['% * with +', '"%" (compound) names both actors'],
  ])('rejects %j', (text, message) => {
    const result = parsePatternText(text);
    expect('error' in result ? result.error : 'parsed').toContain(message);
  });
});

describe('formatPattern', () => {
  it.each(['* _ talks with +', '% * _ talks', '+ * by $', '* on + to', 'in * with +', '* _ {sanction|embargo} on +'])(
    'writes %s back unchanged',
    (text) => {
      const items = parsePatternText(text);
      if ('error' in items) throw new Error(items.error);
      expect(formatPattern(items)).toBe(text);
    },
  );

  it('round-trips any pattern it can write', () => {
    const token = fc.constantFrom('+', '$', '%', '_', 'with', 'on', '{a|b}', 'talks');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 4 }), fc.array(token, { maxLength: 4 }), (before, after) => {
        const parsed = parsePatternText([...before, '*', ...after].join(' '));
        if ('error' in parsed) return;
        expect(parsePatternText(formatPattern(parsed))).toEqual(parsed);
      }),
    );
  });
});
