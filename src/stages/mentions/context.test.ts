import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { findActors } from './index.js';

const ctx = createContext();

/** [mention text, actor code] of each mention, with the built-in tables. */
function coded(text: string, date = '2021-06-10'): (readonly [string, string | null])[] {
  const doc = findActors(segment({ id: articleId('c'), date, text }, ctx), ctx);
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  return doc.mentions.map((m) => [m.text, byId.get(m.actorId)?.code ?? null] as const);
}

const codeOf = (text: string, mention: string): string | null | undefined =>
  coded(text).find(([t]) => t === mention)?.[1];

describe('capitals as places', () => {
  it.each([
    ['A car bomb exploded in central Baghdad on Sunday.', 'Baghdad'],
    ['The envoy gave a speech in Doha on Monday.', 'Doha'],
    ['Thousands rallied in the capital Nairobi.', 'Nairobi'],
    ["The rally was held in Harare's main stadium.", "Harare's main stadium"],
  ])('makes no actor of the city in "%s"', (text, place) => {
    expect(coded(text).map(([t]) => t)).not.toContain(place);
  });

  it.each([
    ['Baghdad said the talks would resume.', 'Baghdad', 'IRQGOV'],
    ['North Korea fired two shells at Seoul.', 'Seoul', 'KORGOV'],
  ])('keeps a capital that acts or is aimed at: "%s"', (text, mention, code) => {
    expect(codeOf(text, mention)).toBe(code);
  });

  it('gives a capital naming a thing its country, not its government', () => {
    expect(codeOf('The athletes praised the Tokyo Olympics.', 'the Tokyo Olympics')).toBe('JPN');
  });

  it('gives a role before or after a capital the country, not its government', () => {
    expect(codeOf('The patient was flown out by a Berlin non-profit.', 'a Berlin non-profit')).toBe('DEUNGO');
    expect(codeOf('He was treated at a hospital in Berlin.', 'a hospital in Berlin')).toBe('DEUHLH');
  });
});

describe('roles that take the country of their sentence', () => {
  it.each([
    ['Opposition leaders marched through the streets in Baku on Sunday.', 'Opposition leaders', 'AZEOPP'],
    ['The governor denounced the Ugandan army.', 'The governor', 'UGAGOV'],
    ['Police said a bomb killed three Iraqi soldiers.', 'Police', 'IRQCOP'],
    ["A teachers' union will boycott Peru's local elections.", "A teachers' union", 'PEREDULAB'],
  ])('"%s": %s is %s', (text, mention, code) => {
    expect(codeOf(text, mention)).toBe(code);
  });

  it.each([
    ['The governor of Punjab province ordered the schools closed.', 'The governor', 'PAKGOV'],
    ['Two policemen were wounded in Kandahar, the governor said.', 'the governor', 'AFGGOV'],
  ])('takes the country of a province or city named as a place: "%s"', (text, mention, code) => {
    expect(codeOf(text, mention)).toBe(code);
  });

  it('does not take a region named as a person ("Texas Jones")', () => {
    expect(codeOf('The governor thanked Texas Jones.', 'The governor')).toBe('---GOV');
  });

  it('lets a definite role take where the sentences before happened', () => {
    const text = 'A car bomb exploded in Kandahar on Monday. The governor said the roads were closed.';
    expect(codeOf(text, 'The governor')).toBe('AFGGOV');
  });

  it('does not carry a place over to an indefinite role or three sentences on', () => {
    expect(codeOf('A car bomb exploded in Kandahar. Officials said the roads were closed.', 'Officials')).toBe(
      '---GOV',
    );
    const later = 'A bomb exploded in Kandahar. Roads were closed. Schools shut. Markets emptied. The governor spoke.';
    expect(codeOf(later, 'The governor')).toBe('---GOV');
  });

  it('lets "leaders of the opposition" be the opposition', () => {
    expect(codeOf('The leaders of the opposition met on Friday.', 'The leaders of the opposition')).toBe('---OPP');
  });

  it.each([
    // Two countries: whose is unknown.
    ['The minister said Kenya and Uganda would sign the deal.', 'The minister', '---GOV'],
    // A government role never takes the country of the other government it deals with.
    ['The foreign minister met Chinese President Xi Jinping.', 'The foreign minister', '---GOV'],
    // An object is as often foreign: only the setting counts for it.
    ['Chinese diplomats briefed reporters on Monday.', 'reporters', '---MED'],
    // Armed groups are not a state's own, and troops are as often abroad.
    ['Rebels attacked a Nigerian convoy.', 'Rebels', '---REB'],
    ['Chile said it would send troops to Haiti.', 'troops', '---MIL'],
    // Where an embassy is says nothing of whose it is.
    ['The embassy warned travellers about protests in Kenya.', 'The embassy', '---GOV'],
  ])('does not guess in "%s"', (text, mention, code) => {
    expect(codeOf(text, mention)).toBe(code);
  });
});

describe('forces that only modify a thing', () => {
  it('reads "a military offensive" as no actor', () => {
    expect(coded('Chile threatened a new military offensive against the rebels.').map(([t]) => t)).not.toContain(
      'a new military offensive',
    );
  });

  it('reads "a general strike" as no general', () => {
    expect(coded('The unions called a general strike.').map(([t]) => t)).not.toContain('a general strike');
    expect(codeOf('The general called for calm.', 'The general')).toBe('---MIL');
    expect(coded('The envoy made an official visit.').map(([t]) => t)).not.toContain('an official visit');
  });

  it('reads "business deals" as no actor but keeps "business leaders"', () => {
    expect(coded('Peru signed business deals on Monday.').map(([t]) => t)).not.toContain('business deals');
    expect(codeOf('Peruvian business leaders praised the deal.', 'Peruvian business leaders')).toBe('PERBUS');
  });

  it('keeps "military officials" and "the army" as actors', () => {
    const text = 'Chilean military officials said the army had withdrawn.';
    expect(codeOf(text, 'Chilean military officials')).toBe('CHLMIL');
    expect(codeOf(text, 'the army')).toBe('---MIL');
  });
});

describe('people of the built-in table', () => {
  it.each([
    ['Mahathir Mohamad opened the session.', '2019-01-10', 'MYSGOV'],
    ['Mahathir Mohamad opened the session.', '2010-01-10', 'MYSELI'],
    ['Carrie Lam opened the session.', '2019-01-10', 'HKGGOV'],
  ])('"%s" on %s is %s', (text, date, code) => {
    const [first] = coded(text, date);
    expect(first?.[1]).toBe(code);
  });
});

describe('datelines and heads of government', () => {
  it('takes the country of a dateline naming a city and its state, and makes no person of the city', () => {
    const text = 'EAST CLEVELAND, Ohio (AP) -- A man was arrested by police on Sunday, authorities said.';
    expect(codeOf(text, 'police')).toBe('USACOP');
    expect(codeOf(text, 'authorities')).toBe('USAGOV');
    expect(coded(text).map(([t]) => t)).not.toContain('EAST CLEVELAND');
  });

  it('takes the country named after a city no table knows ("SMALLTOWN, Indonesia:")', () => {
    expect(codeOf('SMALLTOWN, Indonesia: Police arrested two men on Sunday.', 'Police')).toBe('IDNCOP');
  });

  it('leaves a role unknown under a dateline no table names', () => {
    expect(codeOf('SMALLTOWN: Police arrested two men on Sunday.', 'Police')).toBe('---COP');
  });

  it("reads a state's chief executive as its government, a firm's as business", () => {
    expect(codeOf('The chief executive of Macau opened the casino.', 'The chief executive of Macau')).toBe('MACGOV');
    expect(codeOf('The chief executive resigned on Monday.', 'The chief executive')).toBe('---BUS');
  });
});

describe('roles owned by "its" and "their"', () => {
  it('gives "its troops from Lebanon" to the owner, not to Lebanon', () => {
    const text = 'Israel withdrew its troops from Lebanon on Monday.';
    expect(codeOf(text, 'its troops')).toBe('ISRMIL');
    expect(codeOf(text, 'Lebanon')).toBe('LBN');
  });

  it('gives "their fighters" to the organisation before it', () => {
    expect(codeOf('Hamas said their fighters had left.', 'their fighters')).toBe('PSEREBHMS');
  });

  it('leaves "his lawyer" and an ownerless "its army" uncoded', () => {
    expect(codeOf('His lawyer said the talks were over.', 'His lawyer')).toBeNull();
    expect(codeOf('Its army said the talks were over.', 'Its army')).toBeNull();
  });
});

describe('organisations in apposition and "it"', () => {
  it('makes "Hamas, the militant group," one actor', () => {
    expect(codeOf('Hamas, the militant group, said the truce would hold.', 'the militant group')).toBe('PSEREBHMS');
  });

  it('does not read "In Kenya, the government" as an apposition', () => {
    expect(codeOf('In Kenya, the government said the talks were over.', 'the government')).toBe('KENGOV');
  });

  it('never lets "it" stand for a plural noun phrase', () => {
    const text = 'Amnesty International, which speaks for political prisoners, said it was worried.';
    expect(codeOf(text, 'it')).toBe('NGOHRIAMN');
  });
});
