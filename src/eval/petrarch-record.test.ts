import { describe, expect, it } from 'vitest';
import type { CodedEvent, EventActor } from '../core/document.js';
import { actorString, eventTriples, parseRecord, recordOptions } from './petrarch-record.js';

const actor = (name: string, code: string | null): EventActor =>
  ({ actorId: null, name, code, span: { start: 0, end: name.length } }) as EventActor;

const event = (source: EventActor, target: EventActor | null, code: string): CodedEvent =>
  ({ source, target, code }) as unknown as CodedEvent;

describe('parseRecord', () => {
  it('reads a validation record with its options', () => {
    const line = JSON.stringify({
      id: 'COMMA-10',
      text: 'Arnor is about to restore full diplomatic ties with Gondor, a senior official said.',
      date: '1995-01-01',
      events: [{ source: 'ARN', target: 'GON', code: '064' }],
      noevents: false,
      expected_error: null,
      category: 'MODIFY',
      valid: true,
      options: { require_dyad: 'false', comma_max: '0' },
    });
    const r = parseRecord(line);
    expect(typeof r).toBe('object');
    if (typeof r === 'string') return;
    expect(r.events).toEqual([{ source: 'ARN', target: 'GON', code: '064' }]);
    expect(recordOptions(r.options)).toEqual({ requireDyad: false, newActorLength: 0 });
  });

  it.each([
    ['not json', 'not JSON'],
    ['[]', 'missing or non-string "id"'],
    ['{"id":"X","text":"t","date":"1995-01-01","category":"DEMO","events":[{"source":"ARN"}]}', '"events" must be'],
  ])('rejects %s', (line, message) => {
    expect(parseRecord(line)).toContain(message);
  });
});

describe('eventTriples', () => {
  const arnor = actor('Arnor', 'ARN');
  const toll = actor('injury toll', null);
  const nobody = actor('the Ministry of Magic of the far North', null);

  it('drops events with a missing actor when the record requires a dyad (the default)', () => {
    const events = [event(arnor, actor('Gondor', 'GON'), '064'), event(arnor, null, '023')];
    expect(eventTriples(events, recordOptions({}))).toEqual([{ source: 'ARN', target: 'GON', code: '064' }]);
  });

  it('keeps them as --- when require_dyad is false', () => {
    const triples = eventTriples([event(arnor, null, '023')], recordOptions({ require_dyad: 'false' }));
    expect(triples).toEqual([{ source: 'ARN', target: '---', code: '023' }]);
  });

  it('writes an uncoded actor as its quoted phrase when new_actor_length allows it', () => {
    const options = recordOptions({ new_actor_length: '4' });
    expect(actorString(toll, options)).toBe('"INJURY TOLL"');
    expect(actorString(nobody, options)).toBe('---');
    expect(actorString(toll, recordOptions({}))).toBe('---');
  });
});
