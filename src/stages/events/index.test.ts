import { describe, expect, it } from 'vitest';
import { rule } from '../../core/source.js';
import { expectItem } from '../../testing/expect-item.js';
import { codeText, triples } from './_testing.js';

describe('codeEvents', () => {
  it.each([
    ['Arnor condemned Gondor on Friday.', ['ARN GON 111']],
    ['The Arnor government condemned soldiers from Gondor.', ['ARNGOV GONMIL 111']],
    ['Arnor on Thursday signed a trade protocol with Rohan.', ['ARN ROH 085']],
    ['Arnor signed an accord on Thursday to supply Rohan with wheat.', ['ARN ROH 081']],
    ['Arnor and Ithilen condemned Gondor.', ['ARN GON 111', 'ITH GON 111']],
    ['Arnor condemned Gondor and Rohan.', ['ARN GON 111', 'ARN ROH 111']],
    ['Arnor condemned Gondor and praised Rohan.', ['ARN GON 111', 'ARN ROH 051']],
    ['Gondor was condemned by Arnor on Monday.', ['ARN GON 111']],
    ['Arnor and Rohan agree that the war should end.', ['ARN ROH 030', 'ROH ARN 030']],
    ['Arnor met Gondor in Minas Tirith.', ['ARN GON 031', 'GON ARN 031']],
    ['Arnor urged Gondor on Monday to help Rohan.', ['ARN GON 102']],
    ['Rohan, the largest of the horse lands, praised Ithilen.', ['ROH ITH 051']],
    ['Gondor, which the Rohirrim had long admired, condemned Ithilen.', ['GON ITH 111']],
    ['The Shire praised Rohan.', ['FRO ROH 051', 'SAM ROH 051']],
    ["Arnor didn't clash with Gondor.", ['ARN GON 904']],
    // A passive without "by": the subject undergoes the act; an actor right after the verb did it.
    ['Rohan was condemned in an Arnor statement.', ['ARN ROH 111']],
    ['Rohan was condemned on Monday.', []],
    // A progressive is not a passive.
    ['Arnor is condemning Gondor.', ['ARN GON 111']],
    // Violence with no named attacker: PETRARCH's unknown source; not for other acts.
    ['Gondor soldiers were attacked on Monday.', ['--- GONMIL 190']],
    ['Gondor was praised on Monday.', []],
    // A reduced relative passive: the noun it modifies is the target, its "by" agent the source.
    [
      'Arnor, which has long represented the proud Rohirrim condemned by Gondor, praised Ithilen for its great courage in the long and bitter war.',
      ['ARN ITH 051', 'GON ROH 111'],
    ],
  ])('codes "%s"', (text, expected) => {
    expect(triples(text)).toEqual(expected);
  });

  it('codes a verb with a source but no target as a target-less event, only where no dyad was coded', () => {
    const [alone] = codeText('Arnor condemned the decision on Friday.').events;
    expect(alone).toMatchObject({ code: '111', source: { code: 'ARN' }, target: null });
    expect(triples('Arnor condemned Gondor, and Rohan condemned the decision.')).toEqual(['ARN GON 111']);
    // A pronoun or a role without a country does not say who acted.
    expect(triples('They condemned the decision.')).toEqual([]);
  });

  it('gives an event its verb span, sentence, pattern provenance and CAMEO name', () => {
    const doc = codeText('Rain fell. Arnor condemned Gondor on Friday.');
    const [event] = doc.events;
    expect(event).toBeDefined();
    if (!event) return;
    expectItem(doc, event, 'condemned');
    expect(event.sentenceIndex).toBe(1);
    expect(doc.text.slice(event.sentence.start, event.sentence.end)).toBe('Arnor condemned Gondor on Friday.');
    expect(event.name).toBe('Criticize or denounce');
    expect(event.quadClass).toBe(3);
    expect(event.provenance).toMatchObject({ kind: 'dictionary' });
    expect(doc.text.slice(event.source.span.start, event.source.span.end)).toBe('Arnor');
    expect(event.target?.name).toBe('Gondor');
  });

  it('dates an event by the time expression of its clause, else by the publication date', () => {
    const text = 'Arnor condemned Gondor on Friday after the raid of 1990.';
    const friday = { start: text.indexOf('Friday'), end: text.indexOf('Friday') + 6 };
    const year = { start: text.indexOf('1990'), end: text.indexOf('1990') + 4 };
    const times = [
      {
        id: 't1',
        span: friday,
        text: 'Friday',
        value: '1995-02-24',
        granularity: 'day',
        type: 'date',
        sentence: 0,
        source: rule('test'),
      },
      {
        id: 't2',
        span: year,
        text: '1990',
        value: '1990',
        granularity: 'year',
        type: 'date',
        sentence: 0,
        source: rule('test'),
      },
    ] as const;
    const [event] = codeText(text, '1995-03-01', { times }).events;
    expect(event).toMatchObject({ date: '1995-02-24', dateSource: 'expression', dateGranularity: 'day' });
    const [plain] = codeText('Arnor condemned Gondor.', '1995-03-01').events;
    expect(plain).toMatchObject({ date: '1995-03-01', dateSource: 'publication' });
  });

  it('flags future and planned events', () => {
    const events = codeText('Arnor will meet Gondor. Rohan is about to praise Ithilen. Arnor condemned Rohan.').events;
    expect(events.map((e) => [e.code, e.future === true])).toEqual([
      ['031', true],
      ['031', true],
      ['051', true],
      ['111', false],
    ]);
  });

  it('dates by time values with a time of day, a week or a quarter, keeping their granularity', () => {
    const text = 'Arnor condemned Gondor then.';
    const span = { start: text.indexOf('then'), end: text.indexOf('then') + 4 };
    const dated = (value: string) => {
      const time = {
        id: 't1',
        span,
        text: 'then',
        value,
        granularity: 'unknown',
        type: 'date',
        sentence: 0,
        source: rule('test'),
      } as const;
      return codeText(text, '1995-03-01', { times: [time] }).events[0];
    };
    expect(dated('1995-02-24T17:00')).toMatchObject({
      date: '1995-02-24',
      dateGranularity: 'day',
      dateSource: 'expression',
    });
    expect(dated('1995-02-24TMO')).toMatchObject({ date: '1995-02-24', dateGranularity: 'day' });
    expect(dated('1995-W08')).toMatchObject({ date: '1995-W08', dateGranularity: 'week' });
    expect(dated('1994-Q3')).toMatchObject({ date: '1994-Q3', dateGranularity: 'quarter' });
    expect(dated('PAST_REF')).toMatchObject({ date: '1995-03-01', dateSource: 'publication' });
  });

  it('gives a planned event the future time of its clause, else no date (not the publication date)', () => {
    const text = 'Arnor will meet Gondor next week.';
    const span = { start: text.indexOf('next'), end: text.indexOf('week') + 4 };
    const week = {
      id: 't1',
      span,
      text: 'next week',
      value: '1995-W10',
      granularity: 'week',
      type: 'date',
      sentence: 0,
      source: rule('test'),
    } as const;
    const [timed] = codeText(text, '1995-03-01', { times: [week] }).events;
    expect(timed).toMatchObject({ date: '1995-W10', dateGranularity: 'week', dateSource: 'expression', future: true });
    const [plain] = codeText('Arnor will meet Gondor.', '1995-03-01').events;
    expect(plain).toMatchObject({ date: null, dateSource: 'planned', future: true });
  });

  it("skips a default target of the source's own state for the next actor", () => {
    // "the Arnor government ... Arnor ... Rohan": Arnor is where, Rohan whom.
    expect(triples('The Arnor government praised the visit to Arnor of Rohan.')).toEqual(['ARNGOV ROH 051']);
  });

  it('reads a past form after a noun, then "with"/"by" and a later verb, as a participle', () => {
    expect(triples('Rohirrim praised by Gondor condemned Arnor.')).toEqual(['ROH ARN 111']);
  });

  it('places an event at the place named after "in" following the verb', () => {
    const text = 'Arnor met Gondor in Edoras.';
    const at = text.indexOf('Edoras');
    const places = [
      {
        id: 'p1',
        name: 'Edoras',
        country: 'ROH',
        lat: 1,
        lon: 2,
        featureKind: 'city',
        source: rule('test'),
        mentions: [{ span: { start: at, end: at + 6 }, text: 'Edoras', sentence: 0 }],
      },
    ];
    const [event] = codeText(text, '1995-03-01', { places }).events;
    expect(event?.location).toEqual({ placeId: 'p1', name: 'Edoras', country: 'ROH', lat: 1, lon: 2 });
  });

  it('ties an event inside a quote to that quote', () => {
    const text = 'The spokesman said: “Arnor condemns Gondor.”';
    const start = text.indexOf('Arnor');
    const quotes = [
      {
        id: 'q1',
        span: { start, end: text.indexOf('.”') + 1 },
        text: 'Arnor condemns Gondor.',
        kind: 'direct',
        cue: null,
        speaker: null,
        source: rule('test'),
      },
    ] as const;
    const events = codeText(text, '1995-03-01', { quotes }).events;
    expect(events.map((e) => [e.code, e.quoteId])).toEqual([['111', 'q1']]);
  });

  it('makes the speaker of a quote the source of a first-person verb inside it', () => {
    const text = '“We condemn Gondor,” Rohan said.';
    const start = text.indexOf('We');
    const rohan = text.indexOf('Rohan');
    const quotes = [
      {
        id: 'q1',
        span: { start, end: text.indexOf(',”') },
        text: 'We condemn Gondor',
        kind: 'direct',
        cue: null,
        speaker: { actorId: 'a9', name: 'Rohan', code: 'ROH', span: { start: rohan, end: rohan + 5 } },
        source: rule('test'),
      },
    ] as const;
    const events = codeText(text, '1995-03-01', { quotes } as never).events;
    expect(events.map((e) => [e.source.code, e.target?.code, e.code, e.quoteId])).toEqual([
      ['ROH', 'GON', '111', 'q1'],
    ]);
  });
});
