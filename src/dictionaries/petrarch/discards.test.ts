import { describe, expect, it } from 'vitest';
import { readDiscards } from './discards.js';

describe('readDiscards', () => {
  it('reads plain lines as sentence discards and + lines as story discards', () => {
    const text = '# header\nBASEBALL\n+World Golf Championships   # pas 26-Feb-2014\nYEARS LATER\n';
    const { entries, problems } = readDiscards(text, 'test.discards.txt');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.phrase.join(' '), e.scope])).toEqual([
      ['baseball', 'sentence'],
      ['world golf championships', 'story'],
      ['years later', 'sentence'],
    ]);
  });
});
