import { describe, expect, it } from 'vitest';
import { readIssues } from './issues.js';

const ISSUES = `<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
n:teacher [TEACHERS]
pre+k [EARLY_CHILDHOOD_EDUCATION]
~a head start
n:crop v:fail [FOOD_SECURITY]
eurozone
</ISSUE>
`;

describe('readIssues', () => {
  const { entries, problems } = readIssues(ISSUES, 'test.issues.txt');
  const phrases = (code: string) => entries.filter((e) => e.code === code).map((e) => e.phrase.join(' '));

  it('expands n:, v: and + forms and skips ignore lines', () => {
    expect(problems).toEqual([]);
    expect(phrases('TEACHERS')).toEqual(['teacher', 'teachers']);
    expect(phrases('EARLY_CHILDHOOD_EDUCATION')).toEqual(['pre k', 'pre-k']);
    expect(phrases('FOOD_SECURITY')).toContain('crops failed');
    expect(entries.some((e) => e.phrase.includes('head'))).toBe(false);
    expect(phrases('EDUCATION')).toEqual(['eurozone']);
  });
});
