import { describe, expect, it } from 'vitest';
import { dictLines, phraseWords, stripHashComment } from './lines.js';

describe('dictLines', () => {
  it('drops comments of both kinds and blank lines, keeping line numbers', () => {
    const text =
      '<!-- one\n two -->\nARNOR [ARN] # note\n\n<! -- sloppy -->\n\t[HOB <950601]\nRESTORE - * X [###] # c\n';
    expect(dictLines(text)).toEqual([
      { line: 3, text: 'ARNOR [ARN]', indented: false },
      { line: 6, text: '[HOB <950601]', indented: true },
      { line: 7, text: 'RESTORE - * X [###]', indented: false },
    ]);
  });

  it('keeps # inside brackets', () => {
    expect(stripHashComment('- * DIPLXMATIC  [###]  # -PAS 95.12.18')).toBe('- * DIPLXMATIC  [###]  ');
  });
});

describe('phraseWords', () => {
  it.each([
    ['ARNOR_', ['arnor']],
    ['CARAS GALADHON', ['caras', 'galadhon']],
    ['MINISTER_FOR_AGRICULTURE,_FISHERIES', ['minister', 'for', 'agriculture', ',', 'fisheries']],
    ['COTE_D\u2019IVOIRE', ['cote', "d'ivoire"]],
  ])('%s', (phrase, words) => {
    expect(phraseWords(phrase)).toEqual(words);
  });
});
