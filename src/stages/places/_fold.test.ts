import { describe, expect, it } from 'vitest';
import { foldName, headOf, isCaseSensitive, tokenHead, withoutArticle } from './_fold.js';

describe('foldName', () => {
  it.each([
    ['Ürümqi', 'urumqi'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['Washington,  D.C.', 'washington, d.c.'],
    ['St. Louis', 'saint louis'],
    ['St Helens', 'saint helens'],
    ['Ft. Worth', 'fort worth'],
    ['Stanley', 'stanley'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('isCaseSensitive', () => {
  it.each([
    ['US', true],
    ['U.S.', true],
    ['BiH', true],
    ['Us', false],
    ['China', false],
    ['BEIJING', false],
  ])('%s → %s', (form, expected) => {
    expect(isCaseSensitive(form)).toBe(expected);
  });
});

describe('withoutArticle', () => {
  it('drops a leading "the"', () => {
    expect(withoutArticle('the Gambia')).toBe('Gambia');
    expect(withoutArticle('Thebes')).toBe('Thebes');
  });
});

describe('heads', () => {
  it.each([
    ['St. Louis', 'St.'],
    ['Côte d’Ivoire', 'Côte'],
    ["N'Djamena", 'N'],
    ['Guinea-Bissau', 'Guinea-Bissau'],
    ['Ürümqi', 'Ürümqi'],
  ])('a name %s starts with the head of its first token %s', (name, token) => {
    expect(tokenHead(token)).toBe(headOf(foldName(name)));
  });
});
