/**
 * Words that name no new act, checked with the built-in tables: a pattern's object word inside
 * a finding ("concluded that the agreement ..."), a poll's share of a population, participles
 * used as adjectives, conditions and open questions, places after a conjunct verb, and
 * capitalised name words the tagger read as verbs.
 */
import { describe, expect, it } from 'vitest';
import { newsEvents, newsTriples } from './_testing.js';

const events = (text: string) => newsEvents(text, '2024-05-14');
const coded = (text: string) => newsTriples(text, '2024-05-14');

describe('a gap in a pattern does not run into another clause', () => {
  it('codes no signing for an existing agreement named in a finding', () => {
    expect(coded('The envoys concluded that the accord between Chile and Peru is invalid.')).toEqual([]);
  });

  it('still codes the parties that conclude an agreement', () => {
    expect(coded('Chile and Peru concluded an accord on fishing rights.')).toEqual(['CHL PER 057', 'PER CHL 057']);
  });

  it("lets a pattern's object run into a noun's own that-clause", () => {
    const text = 'The Bolivian government accepted demands from Chilean miners that it start political reforms.';
    expect(coded(text).filter((t) => t.endsWith(' 083'))).toHaveLength(1);
  });

  it('still lets the pattern name who is threatened in an "unless" clause', () => {
    const text = 'Bolivian farmers threatened on Monday to block the roads unless Peru lifted its tariffs.';
    expect(coded(text)).toContain('BOLAGR PER 130');
  });
});

describe('a share of a population is no actor', () => {
  it.each([
    'According to a survey, 61 percent of the Canadian public opposes the deal with Mexico.',
    'A majority of Canadian voters oppose the pact with Mexico, a poll found.',
  ])('codes no opposition by the country: %s', (text) => {
    expect(coded(text)).toEqual([]);
  });

  it('still codes an act a report attributes to a state', () => {
    expect(coded('According to a report, Chile expelled two Peruvian diplomats.')).toHaveLength(1);
  });
});

describe('a participle before a noun is an adjective', () => {
  it.each([
    ['after a verb', 'Peru will guard captured Shining Path fighters.'],
    ['after a determiner and before an adjective', 'The Shining Path is a banned militant organization in Peru.'],
  ])('codes no arrest or ban: %s', (_why, text) => {
    expect(coded(text).filter((t) => t.endsWith(' 173') || t.endsWith(' 172'))).toEqual([]);
  });

  it('still codes a participle after an auxiliary', () => {
    expect(coded('Peru has captured two Bolivian smugglers.')).toEqual(['PER BOLCRM 173']);
  });
});

describe('conditions and open questions state no act', () => {
  it.each([
    'If Chile attacks Peru, Bolivia will respond.',
    'Bolivia warned that if Chile attacks Peru, it will close the border.',
    'Analysts asked whether Chile had attacked Peru.',
    'Could Chile attack Peru?',
  ])('codes no attack: %s', (text) => {
    expect(coded(text).filter((t) => t.endsWith(' 190'))).toEqual([]);
  });

  it('still codes the act of the main clause', () => {
    expect(coded('Chile attacked Peru on Monday, although Bolivia had warned it.')).toContain('CHL PER 190');
  });
});

describe('the place of an event', () => {
  it('is not a place after a conjunct verb', () => {
    const text = 'Chile and Peru agreed on fishing limits and allowed Chilean boats in Peru.';
    const agreed = events(text).filter((e) => e.code.startsWith('03'));
    expect(agreed.length).toBeGreaterThan(0);
    for (const e of agreed) expect(e.location).toBeNull();
  });
});

describe('attacking a decision or a statement', () => {
  it('is criticism, not force', () => {
    expect(coded('The Chilean president attacked the decision of Peru.')).toEqual(['CHLGOV PER 111']);
  });

  it('still codes force against an actor', () => {
    expect(coded('Chile attacked Peru with missiles.')).toEqual(['CHL PER 194']);
  });
});

describe('a capitalised word inside a name', () => {
  it('is no statement verb ("entered Tell Tamer")', () => {
    expect(coded('The Syrian Army entered Tell Tamer on Monday.')).toEqual([]);
  });
});

describe('a relative clause with its own subject', () => {
  it('takes no party from before it', () => {
    const text = 'A trial is underway in Chile in which eleven individuals have been charged with the murder.';
    expect(coded(text).filter((t) => t.includes('CHL'))).toEqual([]);
  });

  it('still gives a subject relative its antecedent', () => {
    expect(coded('Police arrested the Chilean activist who had criticised Peru.')).toContain('CHLOPP PER 111');
  });
});

describe('the target of an act', () => {
  it('is not what the act used', () => {
    expect(coded('The Houthis carried out the attack using ten drones.').filter((t) => t.includes('MIL'))).toEqual([]);
  });

  it("is not an actor after a conjunct verb, for a pattern's bare target", () => {
    const text =
      'The Peruvian Congress did not ratify the demarcation, and mentioned a possible arbitration route at the International Court of Justice.';
    expect(coded(text).filter((t) => t.includes('IGO'))).toEqual([]);
  });
});

describe('a subordinate clause before the main clause', () => {
  it('ends at the comma before a new subject and verb', () => {
    const text =
      'A few hours before the Boeing 737-800 jet crashed on Wednesday, Iran launched missiles targeting US troops in Iraqi military bases.';
    const sources = events(text).map((e) => e.source.code);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((c) => c === 'IRN')).toBe(true);
  });
});

describe('"that" after a noun and before a verb', () => {
  it("opens a relative clause whose actors are not the outer verb's target", () => {
    const text =
      'The authorities chose to suppress protests in a way that has damaged the trust of Hong Kong citizens.';
    expect(coded(text)).toEqual([]);
  });

  it('lends its clause no subject', () => {
    const text = 'The US widened its campaign against the militant group that has seized parts of Iraq and Syria.';
    expect(coded(text)).toEqual([]);
  });
});

describe('a word the pattern spells', () => {
  it('is not also the target ("wrote on Twitter")', () => {
    expect(coded('The Chilean foreign minister wrote on Twitter that talks would resume.')).toEqual(['CHLGOV - 010']);
  });
});

describe('an -ing noun after a plural possessive', () => {
  it('names an event, not a verb with no subject ("the United States\' killing of")', () => {
    expect(coded("The protest follows the United States' killing of a Peruvian smuggler.")).toEqual([]);
  });
});
