/**
 * Clause and pattern rules for real news text, checked with the built-in tables: who the subject
 * of a reported passive is across an appositive, reduced passives of violence, clauses that are
 * not asides, things that do not act, same-state statements, event places, and verb rows
 * (demand an explanation, waive immunity, reject someone as, call for action against).
 */
import { describe, expect, it } from 'vitest';
import { newsEvents, newsTriples } from './_testing.js';

const events = (text: string) => newsEvents(text, '2024-03-08');
const coded = (text: string) => newsTriples(text, '2024-03-08');

describe('the subject of a reported passive after an appositive', () => {
  it('is the phrase before the appositive, however long the appositive', () => {
    const short = 'Kenyan police said a man from Somalia, a former student, was arrested on Friday.';
    const long =
      'Kenyan police said a man from Somalia, reportedly a former student at one of the best universities in the region, was arrested on Friday.';
    expect(coded(short)).toEqual(['--- SOMCVL 173']);
    expect(coded(long)).toEqual(['--- SOMCVL 173']);
  });
});

describe('a participle of violence after a noun, with no "by", is passive', () => {
  it('codes the act done to the noun with no named attacker', () => {
    expect(coded('Gunmen freed two Kenyan aid workers kidnapped earlier this month in a raid.')).toContain(
      '--- KENNGO 181',
    );
  });

  it('keeps an active verb with an object active (the militants killed: an accusation)', () => {
    expect(coded('The Kenyan army said Somali militants killed two Kenyan soldiers.')).toEqual(['KENMIL SOMINS 112']);
  });

  it('codes no arrest for a past jailing named in passing', () => {
    const text = 'Kenya released the Somali mayor, a member of the opposition jailed last year.';
    expect(coded(text).filter((t) => t.endsWith(' 173'))).toEqual([]);
  });
});

describe('comma stretches that are clauses, not asides', () => {
  it('keeps a subordinate clause with its own verb', () => {
    const text = 'Kenyan police arrested two Somali men on Friday, as Kenyan officials criticised Somalia.';
    expect(coded(text)).toContain('KENGOV SOM 111');
  });

  it('keeps a participle clause whose object is an actor', () => {
    expect(coded('Greece condemned the drilling, urging Turkey to halt its operations.')).toContain('GRC TUR 020');
  });

  it('keeps an auxiliary and verb after an appositive as the predicate', () => {
    const text = 'Kenyan police said a man from Somalia, a student, was arrested.';
    expect(coded(text)).toEqual(['--- SOMCVL 173']);
  });
});

describe('a document between two parties performs no act', () => {
  it.each([
    ['reported', 'Egypt said the memorandum between Turkey and Libya violates the rights of Greece.'],
    ['with a trailing speaker', 'The deal between Turkey and Libya infringes upon the rights of Greece, Egypt said.'],
  ])('codes no defiance by the parties: %s', (_why, text) => {
    expect(coded(text).filter((t) => t.endsWith(' 128'))).toEqual([]);
  });

  it('still reads "A and B" before a verb as one compound subject', () => {
    expect(coded('Egypt and Greece condemned Turkey.')).toEqual(['EGY TUR 111', 'GRC TUR 111']);
  });
});

describe('a compound pattern takes its parties from the verb’s own clause', () => {
  it('does not make a compound in the main clause the signers of a deal in a subordinate one', () => {
    const text = 'Egyptian and Greek ministers met on Sunday, after Turkey signed a deal in Tripoli.';
    expect(coded(text).filter((t) => t.endsWith(' 057'))).toEqual([]);
  });

  it('still codes a compound in the same clause', () => {
    expect(coded('Egypt and Greece signed a maritime deal on Thursday.')).toEqual(['EGY GRC 057', 'GRC EGY 057']);
  });
});

describe('an event’s place is in the verb’s own clause', () => {
  it('does not read "that Turkey" as "at Turkey"', () => {
    const [e] = events('Greece demanded that Turkey halt its drilling.');
    expect(e?.code).toBe('100');
    expect(e?.location).toBeNull();
  });

  it('does not place a meeting where a deal in a later clause was signed', () => {
    const text = 'Egyptian and Greek ministers met on Sunday, after Turkey signed a deal in Tripoli.';
    const met = events(text).filter((e) => e.code === '040');
    expect(met.length).toBeGreaterThan(0);
    for (const e of met) expect(e.location).toBeNull();
  });

  it('places a meeting in the city named after it', () => {
    const text = 'Egyptian and Greek ministers met in Cairo on Sunday to discuss the Turkish deal in Libya.';
    const met = events(text).filter((e) => e.code === '040');
    expect(met.map((e) => e.location?.name)).toEqual(['Cairo', 'Cairo']);
  });
});

describe('statements by a state’s officials beside its own act', () => {
  it('codes no statement when the officials speak for the state that acted', () => {
    expect(coded('Germany will boycott the summit, German officials said.')).toEqual(['DEU - 133']);
  });
});

describe('verb rows', () => {
  it.each([
    ['demanding an explanation is a demand (101)', 'Germany demanded an explanation from Russia.', 'DEU RUS 101'],
    ['demanding information stays 1014', 'Germany demanded information from Russia.', 'DEU RUS 1014'],
    [
      'a pledge to send troops protects the place they go to',
      'France pledged to send more troops to Mali.',
      'FRA MLI 0334',
    ],
    [
      'not waiving immunity rejects judicial cooperation',
      'The US embassy said it would not waive immunity for the diplomat.',
      'USAGOV ---GOV 121',
    ],
    [
      'refusing to waive immunity',
      'The US embassy refused to waive immunity for the British diplomat.',
      'USAGOV GBRGOV 121',
    ],
    [
      'rejecting someone as something is criticism',
      'Iran rejected the Saudi government as a puppet.',
      'IRN SAUGOV 111',
    ],
    ['rejecting someone as mediator', 'Iran rejected the United States as a mediator.', 'IRN USA 126'],
    [
      'a call for action against someone criticises them',
      'Indian rights activists called for action against Indian security forces.',
      'INDHRI INDCOP 111',
    ],
  ])('%s', (_why, text, event) => {
    expect(coded(text)).toEqual([event]);
  });
});

describe('"A asked B to VERB": the act asked for is not the asker’s', () => {
  it.each([
    [
      'a participle of asking',
      'The Kenyan police chief wrote to the US embassy asking to waive the diplomat’s immunity.',
    ],
    ['a verb of asking the table does not code', 'Kenya advised Somalia to attack the militants.'],
  ])('codes no act by the asker: %s', (_why, text) => {
    expect(coded(text).filter((t) => t.startsWith('KEN'))).toEqual([]);
  });

  it('still codes the appeal where the table has it', () => {
    expect(coded('Greece urged Turkey to halt its drilling off Cyprus.')).toEqual(['GRC TUR 020']);
  });

  it('codes no meeting for "asked to meet": an act asked for is not done', () => {
    expect(coded('Kenya asked to meet the Somali president.')).toEqual([]);
  });

  it('lets the subject of a passive "was asked to" do the act', () => {
    expect(coded('The Kenyan mayor was asked to resign.')).toEqual(['KENGOV - 0831']);
  });
});

describe('verbs of taking name the loser after "from"', () => {
  it('does not make the Houthis the ones who recaptured the town', () => {
    expect(coded('Mokha has been calm since it was recaptured from the Houthis.')).toEqual(['--- YEMREBHTH 192']);
  });

  it('keeps the origin of a passive act after "from"', () => {
    expect(coded('A rocket was fired at Israel from Gaza.')).toEqual(['PSE ISR 190']);
  });
});

describe('a country’s adjective names no event place', () => {
  it('does not place a killing "in Turkish shelling" in Turkey', () => {
    const [e] = events('Three Iraqi soldiers were killed in Turkish shelling.');
    expect(e?.code).toBe('190');
    expect(e?.location).toBeNull();
  });
});

describe('a compound subject does the act of a `to` clause', () => {
  it('codes the meeting of the ministers who gathered to discuss', () => {
    const text = 'Egyptian and Greek ministers gathered in Cairo on Wednesday to discuss the crisis.';
    expect(coded(text)).toEqual(['EGY GRCGOV 040', 'GRCGOV EGY 040']);
  });
});

describe('relative clauses and opening participles are clauses, not asides', () => {
  it('codes the accusation in a relative clause and the main act after it', () => {
    const text = 'Israel, which has accused Iran of supporting terrorism, struck targets in Syria on Monday.';
    expect(coded(text)).toEqual(['ISR IRN 1121', 'ISR SYR 190']);
  });

  it('keeps the subject of the main clause after an opening participle phrase', () => {
    expect(coded('Speaking in Berlin, the German minister accused Iran of supporting terrorism.')).toEqual([
      'DEUGOV IRN 1121',
    ]);
  });
});
