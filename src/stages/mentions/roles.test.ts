import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { segment } from '../segment/index.js';
import { findActors } from './index.js';

const ctx = createContext();

/** [mention text, actor code, actor type] of each mention, with the built-in tables. */
function coded(text: string, date = '2022-03-14'): (readonly [string, string | null, string | undefined])[] {
  const doc = findActors(segment({ id: articleId('r'), date, text }, ctx), ctx);
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  return doc.mentions.map((m) => [m.text, byId.get(m.actorId)?.code ?? null, byId.get(m.actorId)?.type] as const);
}

const codeOf = (text: string, mention: string): string | null | undefined =>
  coded(text).find(([t]) => t === mention)?.[1];

describe('generic titles take the body they lead or speak for', () => {
  it.each([
    ['Union leaders walked out of the talks on Tuesday.', 'Union leaders', '---LAB'],
    ['University officials closed the campus.', 'University officials', '---EDU'],
    ['A company spokesman declined to comment.', 'A company spokesman', '---BUS'],
    ['Church leaders urged both sides to stop fighting.', 'Church leaders', '---REL'],
    ['Amnesty International officials visited the prison.', 'Amnesty International officials', 'NGOHRIAMN'],
  ])('"%s"', (text, mention, code) => {
    expect(codeOf(text, mention)).toBe(code);
  });

  it('keeps a state official the government, and types an organisation by itself', () => {
    expect(codeOf('Kenyan officials rejected the report.', 'Kenyan officials')).toBe('KENGOV');
    const amnesty = coded('Amnesty International officials visited the prison.')[0];
    expect(amnesty?.[2]).toBe('ngo');
  });
});

describe('unaligned armed men', () => {
  it.each([
    ['Gunmen opened fire on a minibus outside the town.', 'Gunmen'],
    ['Unknown assailants stabbed a shopkeeper on Sunday.', 'Unknown assailants'],
    ['Masked men seized a lorry at the border.', 'Masked men'],
    ['The attackers fled on motorbikes.', 'The attackers'],
    ['Vigilantes beat two suspected cattle thieves.', 'Vigilantes'],
  ])('"%s" is an unaligned armed force of no known country', (text, mention) => {
    expect(codeOf(text, mention)).toBe('---UAF');
    expect(coded(text).find(([t]) => t === mention)?.[2]).toBe('armed-group');
  });
});

describe('legal profession and advisers', () => {
  it('codes a bar association or law society as the judiciary', () => {
    expect(codeOf('The Lahore Bar Association called a strike.', 'The Lahore Bar Association')).toMatch(/JUD$/);
    expect(codeOf('The Law Society criticised the reform.', 'The Law Society')).toBe('---JUD');
  });

  it('codes an adviser as government, or as the body named with it', () => {
    expect(codeOf('The national security adviser flew to Cairo.', 'The national security adviser')).toBe('---GOV');
    expect(codeOf('Russian military advisers arrived on Monday.', 'Russian military advisers')).toBe('RUSMIL');
  });
});

describe('"ethnic" before a nation names a people, not the state', () => {
  it('takes the country where the sentence happens', () => {
    expect(codeOf('About 200 ethnic Hungarians rallied on Sunday in Romania.', '200 ethnic Hungarians')).toBe('ROUETH');
  });

  it('has no country when the sentence sets none', () => {
    expect(codeOf('Ethnic Uzbeks fled the violence.', 'Ethnic Uzbeks')).toBe('---ETH');
  });
});

describe('faith qualifies a role', () => {
  it('appends the religion block after the role', () => {
    expect(codeOf('Catholic bishops in Kenya criticised the bill.', 'Catholic bishops in Kenya')).toBe('KENRELCHR');
    expect(codeOf('Muslim clerics issued a statement.', 'Muslim clerics')).toBe('---RELMOS');
  });

  it('makes no actor of a faith alone', () => {
    expect(coded('It is a largely Christian town.').map(([t]) => t)).toEqual([]);
  });
});

describe('a later "the" + head noun is the longer role named before', () => {
  it('"the minister" after "the Iranian foreign minister"', () => {
    const text = 'The Iranian foreign minister arrived in Ankara on Monday. The minister later criticised Israel.';
    expect(codeOf(text, 'The minister')).toBe('IRNGOV');
  });

  it('the same person when the role was a named person', () => {
    const text = 'Foreign Minister Wang Yi landed in Moscow on Monday. The minister later met Japanese envoys.';
    const doc = findActors(segment({ id: articleId('w'), date: '2022-03-14', text }, ctx), ctx);
    const wang = doc.mentions.find((m) => m.text === 'Foreign Minister Wang Yi');
    const later = doc.mentions.find((m) => m.text === 'The minister');
    expect(later?.actorId).toBe(wang?.actorId);
  });
});

describe('a government role does not take the country it acts on', () => {
  it('"the interior minister warned Iran" is not Iranian', () => {
    expect(codeOf('The interior minister warned Iran on Monday.', 'The interior minister')).toBe('---GOV');
  });

  it('still takes a domestic group\'s country ("Angolan rebels")', () => {
    expect(codeOf('The president made concessions to Angolan rebels.', 'The president')).toBe('AGOGOV');
  });
});

describe('names of organisations', () => {
  it('reads a bracketed translation inside a name as part of it', () => {
    const text = 'Leaders of the Zafar (Victory) opposition alliance met in Baku on Friday.';
    expect(codeOf(text, 'Leaders of the Zafar (Victory) opposition alliance')).toBe('AZEOPP');
  });

  it('ends a name at a bracketed acronym before a verb', () => {
    const text = 'The Popular Defence Front (PDF) said it would disarm.';
    expect(coded(text).map(([t]) => t)).not.toContain('The Popular Defence Front (PDF) said');
  });

  it('never makes a person of a name ending in an organisation noun', () => {
    const front = coded('The rebel Patriotic Liberation Front rejected the deal.').find(([t]) => t.endsWith('Front'));
    expect(front?.[1]).toBe('---REB');
    expect(front?.[2]).toBe('armed-group');
  });

  it('codes a force led by a named actor as that actor', () => {
    expect(codeOf('US-led forces withdrew from the base.', 'US-led forces')).toBe('USAMIL');
    expect(codeOf('NATO-led troops patrolled the border.', 'NATO-led troops')).toMatch(/^IGO.*NAT.*MIL$/);
    expect(coded('Iran-backed militias shelled the base.').find(([t]) => t.startsWith('Iran'))?.[1]).toBe('---REB');
  });

  it('codes a spokesman for an organisation as that organisation', () => {
    expect(codeOf('A spokesman for Amnesty International denied it.', 'A spokesman for Amnesty International')).toBe(
      'NGOHRIAMN',
    );
  });

  it('codes a people by its home country', () => {
    expect(codeOf('Igbo leaders called for calm.', 'Igbo leaders')).toBe('NGAETHIGB');
    expect(codeOf('Thousands of Kikuyus fled the violence.', 'Kikuyus')).toBe('KENETHKIK');
  });
});

describe('ranks, forces and criminals', () => {
  it('reads military ranks, written out or abbreviated, as the military', () => {
    expect(codeOf('Col. Ahmed Barre took over the garrison.', 'Col. Ahmed Barre')).toBe('---MIL');
    expect(codeOf('Major General Aung Soe visited the front.', 'Major General Aung Soe')).toBe('---MIL');
  });

  it('codes government forces as the military, not the government', () => {
    expect(codeOf('Sudanese government forces shelled the camp.', 'Sudanese government forces')).toBe('SDNMIL');
    expect(codeOf('Regime troops entered the town.', 'Regime troops')).toBe('---MIL');
  });

  it('codes robbers and bandits as criminals', () => {
    expect(codeOf('Bandits raided a village on Monday.', 'Bandits')).toBe('---CRM');
    expect(codeOf('Two armed robbers held up a bank.', 'Two armed robbers')).toBe('---CRM');
  });
});

describe('later mentions of forces', () => {
  it('"the soldiers" after "Malian troops" are Malian', () => {
    const text = 'Malian troops repelled an attack near Gao. The soldiers killed ten assailants.';
    expect(codeOf(text, 'The soldiers')).toBe('MLIMIL');
  });

  it('a bare "Police" after "Iranian police" are Iranian', () => {
    const text = 'Iranian police detained dozens of students. Police said the students had blocked a road.';
    expect(codeOf(text, 'Police')).toBe('IRNCOP');
  });
});

describe('police and courts act at home', () => {
  it('gives their country to the people they act on', () => {
    expect(codeOf('Kenyan police detained two men on Monday.', 'two men')).toBe('KENCVL');
    expect(codeOf('A Russian court jailed the opposition activist.', 'the opposition activist')).toBe('RUSOPP');
  });

  it('keeps a country named with them', () => {
    expect(codeOf('Kenyan police detained two men from Uganda.', 'two men from Uganda')).toBe('UGACVL');
  });
});

describe('counterparts', () => {
  it('codes "his Turkish counterpart" as the Turkish government', () => {
    const text = 'The Greek foreign minister met his Turkish counterpart on Monday.';
    expect(codeOf(text, 'his Turkish counterpart')).toBe('TURGOV');
  });
});

describe('where the subject acts', () => {
  it('gives civilians the place they act in when the actors named disagree', () => {
    const text = 'Thousands of people marched in Hong Kong against Chinese authorities.';
    expect(coded(text).find(([t]) => t === 'people')?.[1]).toBe('HKGCVL');
  });

  it('not a government role, which may be visiting', () => {
    const text = 'The foreign minister spoke in Hong Kong about Chinese rule.';
    expect(codeOf(text, 'The foreign minister')).toBe('---GOV');
  });
});

describe('organisation names with lower-case words inside', () => {
  it('keeps "for" inside a name that ends with an organisation noun', () => {
    const mentions = coded('He was flown to Germany by the Berlin charity Cinema for Peace Foundation on Saturday.');
    expect(mentions.find(([t]) => t.includes('Cinema'))).toEqual([
      'the Berlin charity Cinema for Peace Foundation',
      'DEUNGO',
      'group',
    ]);
  });

  it('does not join a title and a name', () => {
    expect(coded('The President of France met Secretary of State Mike Pompeo.')).toEqual([
      ['The President of France', 'FRAGOV', 'government'],
      ['Secretary of State Mike Pompeo', 'USAGOV', 'government'],
    ]);
  });
});
