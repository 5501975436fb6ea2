import { describe, expect, it } from 'vitest';
import { readAgents } from './agents.js';

const AGENTS = `!PERSON! = MAN, MEN, WOMAN
POLICE {} [ ~COP] # JON 2/8/95
CLERIC  [~REL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
MSF {}  [NGO~]
CONGRESS!PERSON! [~LEG]
FOREIGN_MINISTER [~GOVFRM]
`;

describe('readAgents', () => {
  const { entries, problems } = readAgents(AGENTS, 'test.agents.txt');
  const forms = (code: string) => entries.filter((e) => e.code === code).map((e) => e.phrase.join(' '));

  it('reads every entry without problems', () => {
    expect(problems).toEqual([]);
  });

  it.each([
    ['COP', ['police']],
    ['REL', ['cleric', 'clerics']],
    ['GOV', ['attorney general', 'attorneys general']],
    ['LEG', ['congressman', 'congressmen', 'congresswoman']],
    ['GOVFRM', ['foreign minister', 'foreign ministers']],
  ])('code %s has the phrases %j', (code, phrases) => {
    expect(forms(code)).toEqual(phrases);
  });

  it('tells suffix agents [~GOV] from prefix agents [NGO~]', () => {
    expect(entries.find((e) => e.code === 'NGO')).toMatchObject({ phrase: ['msf'], position: 'prefix' });
    expect(entries.find((e) => e.code === 'REL')?.position).toBe('suffix');
  });
});
