import { describe, expect, it } from 'vitest';
import { editCopy, scoreDuplicates, seededRandom } from './duplicates.js';

const STORIES = [
  'The parliament of Kenya voted on Tuesday to raise taxes on fuel and mobile money, prompting protests in Nairobi and Mombasa by traders who said the measures would hurt the poor.',
  'Floods in southern Brazil have forced more than 80,000 people from their homes, the civil defence agency said, as rivers rose to record levels after a week of heavy rain.',
  'Japan and South Korea agreed to resume regular security talks suspended for five years, their foreign ministers said after meeting in Tokyo on Friday.',
];

describe('editCopy', () => {
  it('is deterministic for a seed and changes the text', () => {
    const a = editCopy(STORIES[0] ?? '', 0.1, seededRandom(7));
    expect(editCopy(STORIES[0] ?? '', 0.1, seededRandom(7))).toBe(a);
    expect(a).not.toBe(STORIES[0]);
  });
});

describe('scoreDuplicates', () => {
  it('finds lightly edited copies and no false duplicates among distinct stories', () => {
    const report = scoreDuplicates(
      STORIES.map((text, i) => ({ id: `s${i}`, text })),
      { threshold: 0.5, rate: 0.02, copiesEach: 3, seed: 1 },
    );
    expect(report.falseDuplicates).toBe(0);
    expect(report.precision).toBe(1);
    expect(report.recall).toBeGreaterThan(0.6);
  });
});
