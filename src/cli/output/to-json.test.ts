import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { codeArticle } from '../../pipeline.js';
import { parseTextArticle } from '../../stages/ingest/read-text.js';
import { sampleDocument } from '../../testing/sample-document.js';
import { toOutputDocument } from './to-json.js';

const schema = JSON.parse(readFileSync(new URL('../../../schema/document.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('toOutputDocument', () => {
  it('produces documents that validate against the published schema', () => {
    const out = toOutputDocument(sampleDocument());
    expect(validate(JSON.parse(JSON.stringify(out))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates the real pipeline output on the example article, with every kind of item', () => {
    const path = new URL('../../../examples/cairo-talks-2024-03-08.txt', import.meta.url);
    const read = parseTextArticle(readFileSync(path, 'utf8'), 'cairo-talks-2024-03-08.txt');
    if (!read.ok) throw new Error(read.problem.message);
    const coded = codeArticle(read.value, createContext());
    if (!coded.ok) throw new Error(coded.problem.message);
    const out = JSON.parse(JSON.stringify(toOutputDocument(coded.value)));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    for (const kind of ['actors', 'events', 'quotes', 'claims', 'times', 'places'] as const) {
      expect(out[kind].length, kind).toBeGreaterThan(0);
    }
  });

  const shared = new URL('../../../../shared/examples/', import.meta.url);
  it.skipIf(!existsSync(shared))('validates the output on the reference articles in ../shared/examples', () => {
    const ctx = createContext();
    for (const name of readdirSync(shared).filter((f) => f.endsWith('.txt'))) {
      const read = parseTextArticle(readFileSync(new URL(name, shared), 'utf8'), name);
      if (!read.ok) throw new Error(read.problem.message);
      const coded = codeArticle(read.value, ctx);
      if (!coded.ok) throw new Error(coded.problem.message);
      const out = JSON.parse(JSON.stringify(toOutputDocument(coded.value)));
      expect(validate(out), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
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
