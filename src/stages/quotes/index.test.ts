import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import type { Actor, Mention, MentionForm } from '../../core/document.js';
import { rule } from '../../core/source.js';
import { segment } from '../segment/index.js';
import { findQuotes } from './index.js';

const ctx = createContext();

/** [mention text, actor id, form, actor type]; the nth occurrence when text repeats. */
type Spec = readonly [string, string, MentionForm, Actor['type'], number?];

/** Segments `text` and adds hand-built mentions and actors, as the mentions stage would. */
function quotesOf(text: string, specs: readonly Spec[] = []) {
  const doc = segment({ id: articleId('q'), date: '2024-01-05', text }, ctx);
  const mentions: Mention[] = specs.map(([words, actorId, form, , nth = 0], i) => {
    let start = text.indexOf(words);
    for (let k = 0; k < nth; k++) start = text.indexOf(words, start + 1);
    const tokens = doc.tokens.filter((t) => t.span.start >= start && t.span.end <= start + words.length);
    return {
      id: `m${i}`,
      span: { start, end: start + words.length },
      text: words,
      sentence: tokens[0]?.sentence ?? 0,
      firstToken: tokens[0]?.index ?? 0,
      endToken: (tokens.at(-1)?.index ?? 0) + 1,
      form,
      actorId,
      source: rule('test'),
    };
  });
  const actors = new Map<string, Actor>();
  for (const [name, id, , type] of specs) {
    if (!actors.has(id)) actors.set(id, { id, name, type, code: null, mentions: [], source: rule('test') });
  }
  return findQuotes({ ...doc, mentions, actors: [...actors.values()] }, ctx).quotes;
}

const view = (q: ReturnType<typeof quotesOf>[number]) => [q.kind, q.text, q.cue?.text ?? null, q.speaker?.name ?? null];

// [label, text, mentions, expected [kind, content, cue, speaker] for each quote]
const CASES: readonly (readonly [string, string, readonly Spec[], readonly (readonly unknown[])[]])[] = [
  [
    'curly quote, speaker after the cue',
    '“We will not accept this,” the ministry said in a statement.',
    [['the ministry', 'a1', 'nominal', 'government']],
    [['direct', 'We will not accept this', 'said', 'the ministry']],
  ],
  [
    'straight quotes, speaker before the cue',
    'Ahmed Rashid said: "The talks have failed and we are leaving."',
    [['Ahmed Rashid', 'a1', 'name', 'person']],
    [['direct', 'The talks have failed and we are leaving.', 'said', 'Ahmed Rashid']],
  ],
  [
    'cue then speaker after the quote',
    '“The border stays closed,” said Lina Haddad, a spokeswoman.',
    [['Lina Haddad', 'a1', 'name', 'person']],
    [['direct', 'The border stays closed', 'said', 'Lina Haddad']],
  ],
  [
    'a second quote sentence continues the speaker',
    '“We received many guests,” spokesman Li Wei told reporters. “They came from twelve countries.”',
    [['Li Wei', 'a1', 'name', 'person']],
    [
      ['direct', 'We received many guests', 'told reporters', 'Li Wei'],
      ['direct', 'They came from twelve countries.', null, 'Li Wei'],
    ],
  ],
  [
    'a pronoun resolved through its mention, in the next paragraph',
    '“We received many guests,” spokesman Li Wei told reporters.\n\n“They saw the mosques,” he claimed.',
    [
      ['Li Wei', 'a1', 'name', 'person'],
      ['he', 'a1', 'pronoun', 'person'],
    ],
    [
      ['direct', 'We received many guests', 'told reporters', 'Li Wei'],
      ['direct', 'They saw the mosques', 'claimed', 'Li Wei'],
    ],
  ],
  [
    'partial quote after a cue verb',
    'The group’s president, Sara Khan, urged the council to “be a voice for the oppressed.”',
    [
      ['Sara Khan', 'a1', 'name', 'person'],
      ['the council', 'a2', 'nominal', 'igo'],
    ],
    [
      ['indirect', 'the council to “be a voice for the oppressed', 'urged', 'Sara Khan'],
      ['partial', 'be a voice for the oppressed.', 'urged', 'Sara Khan'],
    ],
  ],
  [
    'scare quote without a cue has no speaker',
    'The delegation met officials to discuss “strengthening” ties.',
    [],
    [['partial', 'strengthening', null, null]],
  ],
  [
    'described ... as, the speaker is the pronoun’s actor',
    'The council condemned the union for what it described as a “flagrant betrayal” of its members.',
    [
      ['The council', 'a1', 'name', 'ngo'],
      ['the union', 'a2', 'name', 'igo'],
      ['it', 'a1', 'pronoun', 'ngo'],
    ],
    [
      [
        'indirect',
        'the union for what it described as a “flagrant betrayal” of its members',
        'condemned',
        'The council',
      ],
      ['indirect', 'a “flagrant betrayal” of its members', 'described as', 'The council'],
      ['partial', 'flagrant betrayal', 'described as', 'The council'],
    ],
  ],
  [
    'a quote continued across paragraphs (opening mark, no closing)',
    'Omar Said wrote: “The first part of the letter.\n“The second part of the letter.”',
    [['Omar Said', 'a1', 'name', 'person']],
    [
      ['direct', 'The first part of the letter.', 'wrote', 'Omar Said'],
      ['direct', 'The second part of the letter.', null, 'Omar Said'],
    ],
  ],
  [
    'a nested single quote is spoken by whoever quotes it',
    '“They called it ‘a new era’ for trade,” Ana Ruiz said.',
    [['Ana Ruiz', 'a1', 'name', 'person']],
    [
      ['direct', 'They called it ‘a new era’ for trade', 'said', 'Ana Ruiz'],
      ['partial', 'a new era', null, 'Ana Ruiz'],
    ],
  ],
  [
    'indirect speech with "that"',
    'The foreign minister said on Monday that the embassy would reopen.',
    [['The foreign minister', 'a1', 'nominal', 'government']],
    [['indirect', 'the embassy would reopen', 'said', 'The foreign minister']],
  ],
  [
    'indirect speech with "according to"',
    'According to the United Nations, 40 people died in the floods.',
    [['the United Nations', 'a1', 'name', 'igo']],
    [['indirect', '40 people died in the floods', 'According to', 'the United Nations']],
  ],
  [
    'fallback: proper nouns next to the cue when no mention covers them',
    '“The vote was rigged,” opposition leader Maria Lopez said.',
    [],
    [['direct', 'The vote was rigged', 'said', 'Maria Lopez']],
  ],
  [
    'indirect speech attributed at the end of the sentence',
    'The emails covered routine topics, the newspaper said.',
    [],
    [['indirect', 'The emails covered routine topics', 'said', 'the newspaper']],
  ],
  [
    '"according to" with a description, not a name',
    'According to a recent poll of Ohio voters, the senator leads by five points.',
    [],
    [['indirect', 'the senator leads by five points', 'According to', 'a recent poll of Ohio voters']],
  ],
  [
    'a participle after a comma belongs to the subject',
    'Clinton attacked Trump, saying he would appoint extreme judges.',
    [
      ['Clinton', 'a1', 'name', 'person'],
      ['Trump', 'a2', 'name', 'person'],
    ],
    [
      ['indirect', 'Trump', 'attacked', 'Clinton'],
      ['indirect', 'he would appoint extreme judges', 'saying', 'Clinton'],
    ],
  ],
  [
    'doubled apostrophes as quotation marks, the speaker a description after the cue',
    "''We will not give up,'' said the woman.",
    [],
    [['direct', 'We will not give up', 'said', 'the woman']],
  ],
  [
    'a stance verb: its object is the content, its subject the speaker',
    'Former Gov. Jeb Bush criticized Marco Rubio for opposing the bill.',
    [
      ['Jeb Bush', 'a1', 'name', 'person'],
      ['Marco Rubio', 'a2', 'name', 'person'],
    ],
    [['indirect', 'Marco Rubio for opposing the bill', 'criticized', 'Jeb Bush']],
  ],
  [
    'an aside between subject and cue is skipped',
    'McCain, who has tangled with Cruz repeatedly, said he had only one interaction with him.',
    [
      ['McCain', 'a1', 'name', 'person'],
      ['Cruz', 'a2', 'name', 'person'],
    ],
    [['indirect', 'he had only one interaction with him', 'said', 'McCain']],
  ],
  [
    'a belief verb with a clause, a time phrase before the cue',
    'Polls last week showed Clinton leading in Ohio.',
    [['Clinton', 'a1', 'name', 'person']],
    [['indirect', 'Clinton leading in Ohio', 'showed', 'Polls']],
  ],
  [
    'a second verb shares the subject of the first',
    'Cameron criticised Trump and suggested that the ban was divisive.',
    [
      ['Cameron', 'a1', 'name', 'person'],
      ['Trump', 'a2', 'name', 'person'],
    ],
    [
      ['indirect', 'Trump and suggested that the ban was divisive', 'criticised', 'Cameron'],
      ['indirect', 'the ban was divisive', 'suggested', 'Cameron'],
    ],
  ],
  [
    'a partial quote inside reported speech is the reporter’s',
    'Sanders said his rival is in “serious trouble” now.',
    [['Sanders', 'a1', 'name', 'person']],
    [
      ['indirect', 'his rival is in “serious trouble” now', 'said', 'Sanders'],
      ['partial', 'serious trouble', 'said', 'Sanders'],
    ],
  ],
  [
    'a short noun phrase before the cue when no name is there',
    'Some advocates for stem cell research said that the ban was short-sighted.',
    [],
    [['indirect', 'the ban was short-sighted', 'said', 'Some advocates for stem cell research']],
  ],
  [
    'a speaker in the previous paragraph, ending with a colon',
    'Senator Ruth Okafor continued:\n\n“We will not give up on this bill.”',
    [['Senator Ruth Okafor', 'a1', 'name', 'person']],
    [['direct', 'We will not give up on this bill.', 'continued', 'Senator Ruth Okafor']],
  ],
  [
    'a name before a colon, no cue',
    'The result did not surprise pollster Dana Reyes: “Turnout decided it.”',
    [],
    [['direct', 'Turnout decided it.', null, 'Dana Reyes']],
  ],
  [
    'a description after the cue, no determiner',
    'The economy is slowing, said several analysts.',
    [],
    [['indirect', 'The economy is slowing', 'said', 'several analysts']],
  ],
  [
    'an attribution between commas reports the clause before it',
    'The meeting would take weeks to arrange, she said, and the party would wait.',
    [['she', 'a1', 'pronoun', 'person']],
    [['indirect', 'The meeting would take weeks to arrange', 'said', 'she']],
  ],
  [
    'a verb the tagger reads as a noun after a plural subject',
    'Polls show Clinton ahead in Ohio.',
    [],
    [['indirect', 'Clinton ahead in Ohio', 'show', 'Polls']],
  ],
  [
    'a title-case headline',
    'Bush Says Voters Should Pay Attention To History',
    [],
    [['indirect', 'Voters Should Pay Attention To History', 'Says', 'Bush']],
  ],
  [
    'a name and a colon opening a headline',
    'Carson: Cruz is taking the wrong approach to Iowa',
    [],
    [['indirect', 'Cruz is taking the wrong approach to Iowa', ':', 'Carson']],
  ],
  [
    'a verb of appearance names nobody',
    'The senator seems ready to endorse the bill.',
    [],
    [['indirect', 'The senator seems ready to endorse the bill', 'seems', null]],
  ],
  [
    'a passive with its agent',
    'The proposal was rejected by most voters.',
    [],
    [['indirect', 'The proposal', 'rejected', 'most voters']],
  ],
  [
    'a cue noun and its owner',
    'Nobody heeded Smith’s warning that the levee would fail.',
    [['Smith', 'a1', 'name', 'person']],
    [['indirect', 'the levee would fail', 'warning', 'Smith']],
  ],
  [
    'any verb right after a quote ending in a question mark',
    '“What changed in the campaign?” Beck pressed.',
    [['Beck', 'a1', 'name', 'person']],
    [['direct', 'What changed in the campaign?', 'pressed', 'Beck']],
  ],
  [
    'a partial quote is the phrase of the subject of the verb before it',
    'Clinton built her “50-state strategy” in Ohio.',
    [['Clinton', 'a1', 'name', 'person']],
    [['partial', '50-state strategy', null, 'Clinton']],
  ],
  [
    'a title-case name of a show is not a quote',
    'The senator appeared on “Meet the Press” to defend the plan.',
    [],
    [],
  ],
  [
    'markup attribute values are not quotes',
    '<tweet author="HillaryClinton" timestamp="1449075600">The vote is today.</tweet>',
    [],
    [],
  ],
  [
    'a question put by a named asker',
    'When asked by host John Dickerson whether he would run, the governor smiled.',
    [],
    [['indirect', 'whether he would run', 'asked', 'host John Dickerson']],
  ],
  [
    'a share of voters as the speaker',
    'Some 55 percent say they will stay home.',
    [],
    [['indirect', 'they will stay home', 'say', 'Some 55 percent']],
  ],
  [
    'the subject of a clause ending in a colon',
    'The senator sighed: “Nothing will change in this town.”',
    [],
    [['direct', 'Nothing will change in this town.', 'sighed', 'The senator']],
  ],
  [
    'a left quotation mark written where the right one belongs',
    '“It is unusual for a campaign,“ said Larry Noble, an attorney.',
    [],
    [['direct', 'It is unusual for a campaign', 'said', 'Larry Noble']],
  ],
  [
    'any verb after the name that follows a quote',
    '“Jeb wants to be a tough guy tonight,” Trump shot back.',
    [],
    [['direct', 'Jeb wants to be a tough guy tonight', 'shot', 'Trump']],
  ],
  [
    'a speaker after an inverted cue',
    'Big government is losing voters, said Steve Grubbs, an Iowa operative.',
    [],
    [['indirect', 'Big government is losing voters', 'said', 'Steve Grubbs']],
  ],
  [
    'an apposition before the cue is not an inverted cue',
    'The senator, a Republican, said Trump was wrong.',
    [],
    [['indirect', 'Trump was wrong', 'said', 'The senator']],
  ],
  [
    '"according to" after a passive clause',
    'Clinton was criticized for the vote, according to press reports.',
    [],
    [['indirect', 'Clinton was criticized for the vote', 'according to', 'press reports']],
  ],
  [
    'no speaker named',
    '“Nobody knows what comes next.”',
    [],
    [['direct', 'Nobody knows what comes next.', null, null]],
  ],
];

describe('findQuotes', () => {
  it.each(CASES)('%s', (_label, text, specs, expected) => {
    const quotes = quotesOf(text, specs);
    expect(quotes.map(view)).toEqual(expected);
    for (const q of quotes) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it('links the speaker to its actor and keeps the mention span', () => {
    const text = '“Relations are excellent,” Foreign Ministry spokesman Wang Wenbin told reporters.';
    const [q] = quotesOf(text, [['Wang Wenbin', 'a7', 'name', 'person']]);
    expect(q?.speaker?.actorId).toBe('a7');
    expect(text.slice(q?.speaker?.span.start, q?.speaker?.span.end)).toBe('Wang Wenbin');
    expect(q?.id).toBe('q1');
  });
});

// The subject of a cue lies before an acronym in brackets and a relative clause between commas.
// [label, text, mentions, cue, expected speaker name]
const SUBJECTS: readonly (readonly [string, string, readonly Spec[], string, string])[] = [
  [
    'acronym and relative clause, no mentions',
    'The Northern Farmers Union (NFU), which represents growers hurt by the drought, criticized the ministry on Monday.',
    [],
    'criticized',
    'Northern Farmers Union',
  ],
  [
    'acronym and relative clause naming another actor',
    'The Valley Growers Council (VGC), which represents families displaced by the provincial government, condemned the decision on Friday.',
    [
      ['The Valley Growers Council', 'a1', 'name', 'ngo'],
      ['VGC', 'a1', 'name', 'ngo'],
      ['the provincial government', 'a2', 'name', 'government'],
    ],
    'condemned',
    'The Valley Growers Council',
  ],
  [
    'a relative clause holding commas',
    'The Coastal Fishers Alliance, which speaks for boat owners, deckhands and processors, warned that the quota would ruin them.',
    [],
    'warned',
    'Coastal Fishers Alliance',
  ],
  [
    'an acronym alone',
    'The Highland Teachers Association (HTA) said the strike would go ahead.',
    [],
    'said',
    'Highland Teachers Association',
  ],
  [
    'a party in brackets and a "whose" clause',
    'Senator Tom Reyes (D-Ohio), whose committee oversees the budget, accused the agency of waste.',
    [['Tom Reyes', 'a1', 'name', 'person']],
    'accused',
    'Tom Reyes',
  ],
  [
    'a "who" clause naming a mentioned actor',
    'Maria Okafor, who chairs the water board, said the dam was safe.',
    [
      ['Maria Okafor', 'a1', 'name', 'person'],
      ['the water board', 'a2', 'nominal', 'government'],
    ],
    'said',
    'Maria Okafor',
  ],
  [
    'a name between commas is still the subject’s name',
    'The board’s chair, Ruth Alvarez, rejected the offer on Tuesday.',
    [],
    'rejected',
    'Ruth Alvarez',
  ],
];

describe('the subject of a cue', () => {
  it.each(SUBJECTS)('%s', (_label, text, specs, cue, speaker) => {
    const q = quotesOf(text, specs).find((x) => x.cue?.text === cue);
    expect(q?.speaker?.name).toBe(speaker);
  });
});
