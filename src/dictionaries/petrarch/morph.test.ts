import { describe, expect, it } from 'vitest';
import { nounPlural, regularVerbForms, verbLemma } from './morph.js';

describe('verbLemma', () => {
  it.each([
    ['said', 'say'],
    ['met', 'meet'],
    ['killed', 'kill'],
    ['urging', 'urge'],
    ['lodging', 'lodge'],
    ['dispersed', 'disperse'],
    ['denied', 'deny'],
    ['regretted', 'regret'],
    ['acting', 'act'],
    ['rocketed', 'rocket'],
    ['condemn', 'condemn'],
    ['process', 'process'],
    ['bring', 'bring'],
    ['speed', 'speed'],
  ])('%s -> %s', (form, lemma) => {
    expect(verbLemma(form)).toBe(lemma);
  });
});

describe('generated forms', () => {
  it.each([
    ['depart', ['depart', 'departs', 'departed', 'departing']],
    ['restore', ['restore', 'restores', 'restored', 'restoring']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
  ])('%s', (base, forms) => {
    expect(regularVerbForms(base)).toEqual(forms);
  });

  it.each([
    ['cleric', 'clerics'],
    ['embassy', 'embassies'],
    ['congress', 'congresses'],
  ])('plural of %s is %s', (noun, plural) => {
    expect(nounPlural(noun)).toBe(plural);
  });
});
