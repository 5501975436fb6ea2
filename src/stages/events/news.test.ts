/**
 * Rules for real news text, checked with the built-in tables (data/cameo/verbs.tsv and the
 * built-in actors): statements from attribution, CAMEO's reject codes for negated cooperation,
 * and constructions that name no event (nominal -ing forms, reduced passives, places).
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import { codeArticle } from '../../pipeline.js';

const ctx = createContext();

/** The events of `text` as `SOURCE TARGET CODE` (target `-` when none), sorted. */
function coded(text: string): string[] {
  const out = codeArticle({ id: articleId('news'), date: '2024-03-08', text }, ctx);
  if (!out.ok) throw new Error(out.problem.message);
  return out.value.events.map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.code}`).sort();
}

const roots = (text: string): string[] => coded(text).map((t) => (t.split(' ')[2] ?? '').slice(0, 2));

describe('statements: a bare "said" is 010 only when the sentence codes nothing else', () => {
  it.each([
    ['a named speaker before the verb', 'The German foreign minister said on Monday that the harvest was good.'],
    ['a speaker after the clause', 'The harvest in the north was good this year, French officials said on Tuesday.'],
    ['"told" with a listener', 'The Japanese prime minister told lawmakers that the budget would pass.'],
  ])('codes 010: %s', (_why, text) => {
    expect(roots(text)).toEqual(['01']);
    expect(coded(text)[0]?.endsWith(' - 010')).toBe(true);
  });

  it.each([
    ['the content is an event', 'The German foreign minister said on Monday that Berlin would condemn Russia.'],
    ['a pronoun speaker', 'He said on Monday that the harvest was good.'],
    ['a speaker with no country', 'Police said on Monday that the harvest was good.'],
    ['an uncoded speaker', 'Mr Brandybuck said on Monday that the harvest was good.'],
  ])('codes no statement: %s', (_why, text) => {
    expect(roots(text)).not.toContain('01');
  });

  it('codes a third party reporting an event as a statement beside the event', () => {
    const text = 'The French foreign minister said two French aid workers who were kidnapped in Syria in May are safe.';
    expect(roots(text).sort()).toEqual(['01', '18']);
  });

  it.each([
    ['the speaker is party to the event', 'The Egyptian foreign minister said Egypt would send aid to Sudan.'],
    ['a participle goes on the act before it', 'The Iranian president criticised Germany, saying the plan was unfair.'],
    ['the speaker speaks for its own side', 'Two Kenyan soldiers were killed in an ambush, the Kenyan army said.'],
  ])('codes no statement beside the event: %s', (_why, text) => {
    expect(roots(text)).not.toContain('01');
  });

  it('codes "said in a statement" as a statement', () => {
    expect(roots("The Spanish farmers' union said in a statement that the harvest was poor.")).toEqual(['01']);
  });

  it('does not take the place a statement was made in as its target', () => {
    expect(coded('The Canadian prime minister made his remarks in Doha on Monday.')).not.toContain('CANGOV QAT 010');
  });
});

describe('negated cooperation takes CAMEO reject codes', () => {
  it.each([
    ['did not agree (030 → 120)', 'Iran did not agree to the proposal from France.', '12'],
    ['has not cooperated (06 → 121)', 'Iran has not cooperated with Germany.', '12'],
    ['did not help (07 → 122)', 'Egypt did not help Israel.', '12'],
  ])('%s', (_why, text, root) => {
    expect(roots(text)).toEqual([root]);
  });

  it.each([
    ['no negative for criticism', 'France did not condemn Iran.'],
    ['no negative for praise', 'France did not praise Iran.'],
  ])('codes nothing: %s', (_why, text) => {
    expect(coded(text)).toEqual([]);
  });
});

describe('constructions that name no event of the subject', () => {
  it('"officials accused of X" is passive: the subject of the sentence accused nobody', () => {
    expect(roots('Rwanda said it hoped French officials accused of crimes would be tried.')).not.toContain('11');
    expect(roots('Rwanda accused France of war crimes.')).toEqual(['11']);
  });

  it('an -ing noun with no object is no verb ("in Israeli tank shelling")', () => {
    expect(coded('Four Egyptian farmers were killed in Israeli tank shelling near the border.')).toEqual([
      'ISR EGYAGR 190',
    ]);
  });

  it('a verb the accusation spells is part of it ("claimed that X had attacked Y")', () => {
    expect(roots('Iran claimed that Iraq had attacked Kuwait.')).toEqual(['11']);
  });

  it('an "as" clause has its own subject', () => {
    expect(coded('The visit came as the US president prepared to attend the Beijing Olympics.')).toEqual([
      'USAGOV CHN 042',
    ]);
  });

  it('an introductory phrase before one comma does not hide the main clause', () => {
    expect(roots('On Monday, Egypt condemned Israel.')).toEqual(['11']);
    expect(roots('In a speech on his strategy, the US president condemned Russia.')).toEqual(['11']);
  });

  it('pointing weapons at someone is a show of force (150)', () => {
    expect(roots('Tunisian police aimed their weapons at Libyan protesters.')).toEqual(['15']);
    expect(roots('Tunisian police aimed for a quiet weekend.')).toEqual([]);
  });
});

describe('reported violence and the clauses around it', () => {
  it('a speaker named first who reports violence by another country accuses it (112), in place of the violence', () => {
    expect(coded('Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.')).toEqual(['ISR PSE 112']);
  });

  it('a trailing attribution accuses nobody', () => {
    expect(roots('Israel fired a mortar bomb at Gaza on Tuesday, Egyptian officials said.')).not.toContain('11');
  });

  it('a speaker reporting its own side accuses nobody', () => {
    expect(roots('Israel said its troops attacked Gaza on Tuesday.')).not.toContain('11');
  });

  it('"said" + subject + verb opens a reported clause: its passive subject is the victim', () => {
    expect(coded('Sudan said eight Libyan farmers were killed by Sudanese troops.')).toContain('SDNMIL LBYAGR 190');
  });

  it('a pronoun opening a "that" clause is the speaker', () => {
    expect(roots('The Egyptian president announced that he will expel the Libyan ambassador.')).toEqual(['16']);
  });

  it('an actor in an opening prepositional phrase is not the subject', () => {
    expect(coded('In a letter to France, Iran condemned Iraq.')).toEqual(['IRN IRQ 111']);
  });

  it('an opening subordinate clause ends at its comma', () => {
    expect(coded('Before leaving for Cairo, the Japanese prime minister met Indian officials.')).toContain(
      'JPNGOV INDGOV 040',
    );
  });

  it('a place after "in" is no attacker of a passive, an actor adjective before a noun is', () => {
    expect(coded('Two French journalists were abducted in Syria.')).not.toContain('SYR FRAMED 181');
    expect(coded('Two French journalists were killed in Syrian shelling.')).toContain('SYR FRAMED 190');
  });

  it('with no attacker, a place after "in" is no victim', () => {
    expect(coded('A soldier was killed in action in Iraq.')).toEqual([]);
  });
});

describe('datelines, conjuncts and complements', () => {
  it('a dateline names where the story was filed, not an actor', () => {
    expect(coded('GAZA CITY, Palestinian Territories: Israeli troops attacked Egyptian farmers.')).toEqual([
      'ISRMIL EGYAGR 190',
    ]);
    expect(coded('KABUL -- Pakistani troops attacked Indian soldiers on Monday.')).toEqual(['PAKMIL INDMIL 190']);
    expect(coded('Jane Doe, Reuters | Tunisian police aimed their weapons at Libyan protesters.')).toEqual([
      'TUNCOP LBYCVL 150',
    ]);
  });

  it('a stretch between commas that opens with a conjunction and a verb is a clause, not an aside', () => {
    expect(
      coded('Benin opened its borders to most travellers, but was still refusing to admit Ghanaians, officials said.'),
    ).toContain('BEN GHA 120');
  });

  it('the complement of a threat with no target is not an event of its own', () => {
    expect(roots('The Kenyan opposition accused the government of fraud and threatened to resume protests.')).toEqual([
      '11',
    ]);
  });
});

describe('objects and agents', () => {
  it('a host (043) receives its direct object, not an actor named later', () => {
    expect(coded('France received the German chancellor on Monday.')).toEqual(['FRA DEUGOV 043']);
    expect(coded('France received invitations from Germany to several events.')).toEqual([]);
  });

  it('a "by" after another finite verb is the agent of that verb', () => {
    const text =
      'A Syrian officer who was accused of torture in Damascus several years ago was arrested by German police.';
    expect(roots(text)).not.toContain('11');
  });

  it('a gerund after "for" has no subject of its own', () => {
    expect(coded('The general is famous in history books for fighting the British Empire.')).toEqual([]);
  });

  it('the subject of a passive never acts ("was blown up over Ukraine")', () => {
    expect(coded('The Malaysian airliner was blown up over eastern Ukraine.').some((t) => t.startsWith('MYS'))).toBe(
      false,
    );
  });
});

describe('violence in street protest', () => {
  it('protesters destroying or assaulting riot (145)', () => {
    expect(roots('The Russian embassy was attacked by Ukrainian protesters.')).toEqual(['14']);
  });

  it('force used on protesters is violent repression (175)', () => {
    expect(coded('Syrian troops attacked Turkish protesters.')).toEqual(['SYRMIL TURCVL 175']);
  });

  it('military means stay military ("demonstrators launched missiles")', () => {
    expect(roots('Georgian demonstrators fired missiles at the Russian embassy.')).not.toContain('14');
  });

  it('no crowd, no change', () => {
    expect(roots('Syrian troops attacked Turkish soldiers.')).toEqual(['19']);
  });
});

describe('conjunct verb phrases', () => {
  it('an actor after "and" + another verb is that verb\'s, not the first verb\'s default target', () => {
    const out = coded('The Japanese prime minister gave a speech on trade and met with Indian officials.');
    expect(out).toContain('JPNGOV INDGOV 040');
    expect(out.filter((t) => t.endsWith(' 010') && t.includes('IND'))).toEqual([]);
  });
});

describe('directives', () => {
  it('telling or ordering another actor to leave or stop is a demand for de-escalation (1056)', () => {
    expect(coded('Iran told the United States to leave the region.')).toEqual(['IRN USA 1056']);
    expect(coded('Israel ordered Lebanon to withdraw its troops.')).toEqual(['ISR LBN 1056']);
  });

  it('telling another actor something is no demand', () => {
    expect(roots('Iran told the United States that the talks had failed.')).not.toContain('10');
  });
});

describe('an arrest with no named actor is still an event (173)', () => {
  it('codes the arrest of a coded person with an unknown source', () => {
    expect(coded('A teacher from Russia was arrested on Monday on suspicion of spying.')).toEqual(['--- RUSEDU 173']);
  });

  it('codes a man from a country as its civilian', () => {
    expect(coded('A man from China was detained on Friday.')).toEqual(['--- CHNCVL 173']);
  });

  it('codes an indictment with no coded agent', () => {
    expect(coded('Two Ugandan officers were indicted by a grand jury on Friday.')).toEqual(['--- UGAMIL 173']);
  });

  it('codes no arrest that is only hoped for or expected (a modal)', () => {
    expect(coded('The Kenyan minister hoped the Ugandan officers would soon be indicted.')).toEqual([]);
  });

  it('codes nothing when no one in the arrest is coded', () => {
    expect(coded('A man was arrested on Monday.')).toEqual([]);
  });
});

describe('passives and -ing modifiers', () => {
  it('codes a passive act whose agent is named and whose victim is not coded (target-less)', () => {
    expect(coded('The driver died after he was shot by Kenyan police during a chase.')).toEqual(['KENCOP - 180']);
    expect(coded('A woman died after she was shot by Kenyan police during a chase.')).toEqual(['KENCOP KENCVL 180']);
  });

  it('reads an -ing form after a possessive as a modifier, not a verb', () => {
    const text = "Kenya's leading opposition party threatened to resume protests if no deal was reached.";
    expect(roots(text)).toEqual(['13']);
  });

  it('reads an -ing form after a determiner as a modifier, not a verb', () => {
    expect(roots('The ruling party in Kenya praised the army.')).not.toContain('14');
  });
});

describe('placing a bomb is a bombing (183)', () => {
  it('codes "placed explosives" as 183', () => {
    expect(roots('Rebels placed explosives near a Kenyan army base.')).toEqual(['18']);
  });

  it('codes nothing for placing an ordinary object', () => {
    expect(coded('The Kenyan minister placed the report before parliament.')).toEqual([]);
  });
});

describe('symbolic acts and calls to protest', () => {
  it.each([
    ['attending a ceremony (017)', 'The Turkish army chief attended a ceremony in Ankara on Monday.', '01'],
    [
      'calling members out to protest (141)',
      "The Kenyan teachers' union called on its members to hold protest rallies.",
      '14',
    ],
    [
      'urging supporters to demonstrate (141)',
      'The Kenyan opposition leader urged supporters to stage demonstrations.',
      '14',
    ],
  ])('%s', (_why, text, root) => {
    expect(roots(text)).toEqual([root]);
  });

  it.each([
    ['attending a summit is a meeting', 'The Indian prime minister attended a summit in Tokyo.', '04'],
    [
      'calling on someone to talk stays an appeal',
      'The Kenyan president called on the opposition to join talks.',
      '02',
    ],
  ])('keeps other codes: %s', (_why, text, root) => {
    expect(roots(text)).toEqual([root]);
  });
});

describe('subsidies are economic aid (071)', () => {
  it('codes subsidies whatever the words between the noun and the recipient', () => {
    expect(roots('The Kenyan government will provide subsidies of up to half the cost to poor families.')).toEqual([
      '07',
    ]);
  });

  it('codes nothing for providing an ordinary service', () => {
    expect(coded('The Kenyan government will provide details of the plan next week.')).toEqual([]);
  });
});

describe('"lost their lives in an attack" is a killing (190)', () => {
  it.each([
    ['no attacker named', 'Three Kenyan soldiers lost their lives in an attack near the border.', ['--- KENMIL 190']],
    [
      'an attacker after "by"',
      'Three Kenyan soldiers lost their lives in an attack by Somali militants.',
      ['SOMINS KENMIL 190'],
    ],
  ])('%s', (_why, text, events) => {
    expect(coded(text)).toEqual(events);
  });

  it('codes nothing for an accident', () => {
    expect(coded('Three Kenyan soldiers lost their lives in a car accident.')).toEqual([]);
  });
});
