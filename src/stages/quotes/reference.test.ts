import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { findActors } from '../mentions/index.js';
import { segment } from '../segment/index.js';
import { findQuotes } from './index.js';

// The reference article is read at run time from the shared folder, never copied here.
const PATH = new URL('../../../../shared/examples/oic-china-2024-01-05.txt', import.meta.url);

function speakerOf(start: string): string | null {
  const text = readFileSync(PATH, 'utf8').replace(/^\s*date \S+\s*/, '');
  const ctx = createContext();
  const doc = findQuotes(findActors(segment({ id: articleId('oic'), date: '2024-01-05', text }, ctx), ctx), ctx);
  const quote = doc.quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starts with "${start}"`);
  return quote.speaker?.name ?? null;
}

describe.skipIf(!existsSync(PATH))('findQuotes on the reference article', () => {
  // [quote start, a word of the speaker's name]
  it.each([
    ['The East Turkistan Government in Exile vehemently', 'Adil Ablimit'],
    ['This flagrant betrayal is a stark violation', 'Adil Ablimit'],
    ['be a voice for the oppressed Muslims', 'Mamtimin Ala'],
    ['In 2023 alone', 'Wang Wenbin'],
    ['From Kazakhstan', 'Wang Wenbin'],
    ['They visited many places there', 'Wang Wenbin'],
    ['lies', 'Wang Wenbin'],
    ['During the meeting', 'Islamic Cooperation'],
    ['break the lineages', 'Xi'],
  ])('"%s…" is spoken by %s', (start, speaker) => {
    expect(speakerOf(start)).toContain(speaker);
  });

  it('gives scare quotes with no attribution no speaker', () => {
    expect(speakerOf('strengthening')).toBeNull();
    expect(speakerOf('breaking')).toBeNull();
  });

  // "The Global Times newspaper quoted …, editor Moiz Farooq, … describing …": the quoted person speaks.
  it('"the agenda of the West…" is spoken by Moiz Farooq', () => {
    expect(speakerOf('the agenda of the West')).toContain('Moiz Farooq');
  });
});
