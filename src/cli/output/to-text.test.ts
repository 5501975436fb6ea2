import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../testing/sample-document.js';
import { excerpt, toTextReport } from './to-text.js';

describe('toTextReport', () => {
  const report = toTextReport(sampleDocument());

  it('opens with the article and its date', () => {
    expect(report.split('\n')[0]).toBe('Article sample-1  ·  2024-03-08  ·  Sample');
  });

  it('says who did what to whom, when and where, with the sentence', () => {
    expect(report).toContain('2024-03-05  Egypt [EGY]  —111 Criticize or denounce→  Israel [ISR]  in Cairo (EGY)');
    expect(report).toContain('“Egypt condemned Israel on Tuesday in Cairo.”');
    expect(report).toContain('date from expression');
  });

  it('lists quotes with speakers, claims with claimants, places and times', () => {
    expect(report).toContain('Egypt [EGY] (said): “It is a disgrace,” [direct]');
    expect(report).toContain('300 trucks  = 300 trucks  — Egypt [EGY]');
    expect(report).toContain('Cairo  EGY  30.04, 31.24  capital  ×1');
    expect(report).toContain('“Tuesday” → 2024-03-05  (date, day)');
  });
});

describe('excerpt', () => {
  it.each([
    ['short text', 'short text', 20],
    ['one two three four five six', 'one two three…', 16],
    ['a\n\nb', 'a b', 10],
  ])('shortens %j to %j', (text, expected, max) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});
