import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { codeArticle } from '../../pipeline.js';

const ctx = createContext();

/** The events of `text` as `SOURCE CODE DATE`. */
function dated(text: string): string[] {
  const out = codeArticle({ id: articleId('dates'), date: '2024-03-08', text }, ctx);
  if (!out.ok) throw new Error(out.problem.message);
  return out.value.events.map((e) => `${e.source.code} ${e.code} ${e.date}`);
}

describe('the date of an event', () => {
  it('is not taken from inside a direct quote the verb is outside of', () => {
    const events = dated(
      '“In 2022 alone, the region received 300 delegations,” the Chinese foreign ministry spokesman told reporters.',
    );
    expect(events).toContain('CHNGOV 010 2024-03-08');
    expect(events.some((e) => e.endsWith(' 2022'))).toBe(false);
  });

  it('is taken from a time outside quotes', () => {
    expect(dated('The Chinese government condemned Japan on Wednesday.')).toEqual(['CHNGOV 111 2024-03-06']);
  });

  it('is taken from an opening phrase before the comma', () => {
    expect(dated('On Wednesday, the Chinese government condemned Japan.')).toEqual(['CHNGOV 111 2024-03-06']);
    expect(dated('Late on Tuesday night, Egypt denounced Turkey.')).toEqual(['EGY 111 2024-03-05']);
  });

  it('is not taken from an opening clause with a verb of its own', () => {
    // The time dates the landing; the condemnation is reported on the day of the story.
    expect(dated('After the plane landed on Monday, the Chinese government condemned Japan.')).toEqual([
      'CHNGOV 111 2024-03-08',
    ]);
  });
});
