import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicate-index.js';
import {
  bandHashes,
  comparableSignature,
  shingles,
  signature,
  signatureBytes,
  signatureFromBytes,
  similarity,
} from './minhash.js';

const STORY = `Ghana and Togo signed a security pact on Wednesday to patrol their shared border against armed groups
moving south from the Sahel, the two governments said in a joint statement. The defence ministers of both countries
said joint patrols would begin in April and that intelligence would be shared between their armies. Officials in Accra
said the agreement followed months of talks and a series of attacks on border posts in the north of Togo last year.`;

const EDITED = STORY.replace('Wednesday', 'Wednesday evening')
  .replace('two governments', 'two West African governments')
  .replace('last year.', 'last year, which killed at least a dozen soldiers.');

const OTHER = `Thousands of students protested in the capital on Thursday against a sharp rise in university fees,
blocking the main avenue to parliament for several hours. Police fired tear gas to disperse the crowd, and the
education minister said the government would meet student unions next week to discuss grants for poorer families.`;

describe('MinHash similarity', () => {
  it('is 1 for the same text and near 0 for unrelated stories', () => {
    expect(similarity(signature(STORY), signature(STORY))).toBe(1);
    expect(similarity(signature(STORY), signature(OTHER))).toBeLessThan(0.1);
  });

  it('stays high for a lightly edited copy of a wire story', () => {
    expect(similarity(signature(STORY), signature(EDITED))).toBeGreaterThan(0.6);
  });

  it('ignores case and punctuation', () => {
    expect(Array.from(shingles('The Minister, said: "No."'))).toEqual(Array.from(shingles('the minister said no')));
  });

  it('gives texts shorter than a shingle one shingle, and empty text none', () => {
    expect(shingles('Two words').length).toBe(1);
    expect(shingles('  ').length).toBe(0);
  });
});

describe('DuplicateIndex', () => {
  it('finds the earlier copy of an edited story and nothing for a new one', () => {
    const index = new DuplicateIndex();
    index.add('wire-1', signature(STORY));
    index.add('other', signature(OTHER));
    expect(index.find(EDITED)?.id).toBe('wire-1');
    expect(index.find('A completely different report about a volcano erupting in Iceland overnight.')).toBeNull();
  });
});

describe('band hashes and stored signatures', () => {
  it('give equal bands equal keys, and keep a signature through bytes', () => {
    const a = signature(STORY);
    const keys = bandHashes(a);
    expect(keys).toHaveLength(32);
    expect(keys.every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
    expect(new Set(keys).size).toBe(32);
    const shared = bandHashes(signature(EDITED)).filter((k, i) => k === keys[i]).length;
    expect(shared).toBeGreaterThan(0);
    expect(bandHashes(signature(OTHER)).filter((k, i) => k === keys[i])).toEqual([]);
    expect(signatureFromBytes(signatureBytes(a))).toEqual(a);
  });

  it('signs only texts long enough to compare', () => {
    expect(comparableSignature('Talks resumed in Geneva on Monday.')).toBeNull();
    expect(comparableSignature(STORY)).toEqual(signature(STORY));
  });
});
