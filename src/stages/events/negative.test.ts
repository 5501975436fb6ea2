import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { codeArticle } from '../../pipeline.js';
import { codeText, triples } from './_testing.js';

describe('codeEvents codes nothing when it should not', () => {
  it.each([
    ['negation', 'Arnor did not condemn Gondor.'],
    ['negation with a contraction', "Arnor didn't praise Rohan."],
    ['negation with "any"', 'Arnor has not praised Gondor in any way.'],
    ['never', 'Arnor never condemned Gondor.'],
    ['no actor', 'The ministers condemned the attack.'],
    ['no target but an uncodable actor after the verb', 'Arnor condemned Boromir.'],
    ['no source', 'The ministers condemned Gondor.'],
    ['same actor', 'Arnor condemned Arnor.'],
    ['uncoded actor', 'Boromir condemned Gondor.'],
    ['verb not in the dictionary', 'Arnor admired Gondor.'],
    ['sentence discard', 'Arnor condemned Gondor over a baseball match.'],
    ['a subordinate clause without subject', 'Arnor slept after condemning Gondor.'],
    ['a caption ending in a colon', 'Arnor condemned Gondor:'],
    ['empty text', ''],
    ['praise of harm done to the target', 'Arnor praised the massacre of Rohan.'],
    ['a state acting on itself', 'The Arnor government praised Arnor.'],
  ])('no event: %s', (_why, text) => {
    expect(triples(text)).toEqual([]);
  });

  it('drops the whole story on a story discard', () => {
    expect(triples('Arnor condemned Gondor. Rohan praised Ithilen after the World Cup.')).toEqual([]);
  });

  it('does not code a complement of a coded verb twice ("urged X to help Y")', () => {
    expect(triples('Arnor urged Gondor to help Rohan.')).toEqual(['ARN GON 102']);
  });

  it('never makes the outer subject the target of a reduced relative passive ("N oppressed by X")', () => {
    // What is done is done to the noun the participle modifies; an uncoded one gives no target.
    // (Comma asides of 2 to 9 words are dropped before coding: these clauses are longer.)
    expect(
      triples(
        'Arnor, which has long represented the small villages condemned by Gondor, praised Rohan for its great courage in the long and bitter war.',
      ),
    ).toEqual(['ARN ROH 051']);
    expect(triples('Arnor represents the villages condemned by Gondor.')).toEqual([]);
  });

  it('dedupes identical events in one sentence', () => {
    expect(triples('Arnor condemned Gondor and condemned Gondor again.')).toEqual(['ARN GON 111']);
  });

  it('never throws on odd input', () => {
    for (const text of ['—', '“”', '(((', ', , and, ,', 'Arnor and and and Gondor', '\u0000', 'Arnor '.repeat(500)]) {
      expect(() => codeText(text)).not.toThrow();
    }
  });
});

describe('with the built-in tables', () => {
  it('never takes the source of a verb from inside a direct quote it is outside of', () => {
    const text =
      '“The suffering of civilians in Gaza cannot wait for another round of talks,” Jordanian Foreign Minister Ayman Safadi told reporters after the meeting.';
    const coded = codeArticle({ id: articleId('q'), date: '2024-03-08', text }, createContext());
    if (!coded.ok) throw new Error(coded.problem.message);
    const sources = coded.value.events.map((e) => e.source.name);
    expect(sources.filter((s) => /civilians|Gaza/.test(s))).toEqual([]);
  });
});
