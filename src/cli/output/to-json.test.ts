import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../testing/sample-document.js';
import { toOutputDocument } from './to-json.js';

const schema = JSON.parse(readFileSync(new URL('../../../schema/document.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('toOutputDocument', () => {
  it('produces documents that validate against the published schema', () => {
    const out = toOutputDocument(sampleDocument());
    expect(validate(JSON.parse(JSON.stringify(out))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('keeps every span pointing at its text', () => {
    const out = toOutputDocument(sampleDocument());
    const items = [...out.events, ...out.quotes, ...out.claims, ...out.times, ...out.actors.flatMap((a) => a.mentions)];
    for (const item of items) expect(out.text.slice(item.span.start, item.span.end)).toBe(item.text);
  });

  it('expands actor mentions and leaves tokens out', () => {
    const out = toOutputDocument(sampleDocument());
    expect(out.actors[0]?.mentions.map((m) => m.text)).toEqual(['Egypt']);
    expect(out).not.toHaveProperty('tokens');
  });

  it('rejects a document whose event lacks a code', () => {
    const out = JSON.parse(JSON.stringify(toOutputDocument(sampleDocument())));
    delete out.events[0].code;
    expect(validate(out)).toBe(false);
  });
});
