/**
 * Chunks without dictionary hits that still name an actor: a capital as the subject of a
 * verb ("Beijing said" → the country's government, a metonym), and a definite description
 * of an organisation ("the organization") → the most recent organisation named before it.
 */
import type { Context } from '../../context.js';
import { memo } from '../../context.js';
import { rule } from '../../core/source.js';
import type { AgentEntry } from '../../dictionaries/types.js';
import { loadCountries } from '../../tables/countries.js';
import type { Chunk } from './_chunks.js';
import type { Word } from './words.js';

/** An agent standing for "its government", for metonyms. */
export const GOVERNMENT_AGENT: AgentEntry = { phrase: ['government'], code: 'GOV', source: rule('metonym-capital') };

const ORG_NOUNS = new Set(['organization', 'organisation', 'group', 'movement', 'party', 'body', 'alliance', 'bloc']);
const VERB_POS = new Set(['VERB', 'AUX']);

/** Lower-cased capital name → CAMEO country code (memo key `mentions/capitals`). */
export function capitals(ctx: Context): ReadonlyMap<string, string> {
  return memo(ctx, 'mentions/capitals', () => {
    const map = new Map<string, string>();
    try {
      for (const c of loadCountries().values()) if (c.capital) map.set(c.capital.toLowerCase(), c.cameo);
    } catch {
      // No country table: no metonyms.
    }
    return map;
  });
}

/** The country code of a capital used as a verb's subject, or null. */
export function capitalMetonym(
  words: readonly Word[],
  chunk: Chunk,
  table: ReadonlyMap<string, string>,
): string | null {
  if (chunk.to - chunk.from > 3) return null;
  let name = '';
  for (let i = chunk.from; i < chunk.to; i++) {
    const w = words[i];
    if (w?.pos !== 'PROPN') return null;
    name = name === '' ? w.normal : `${name} ${w.normal}`;
  }
  const next = words[chunk.to];
  if (!next || !VERB_POS.has(next.pos)) return null;
  return table.get(name) ?? null;
}

/** True for "the organization", "the group": a definite description of an organisation. */
export function isOrgDescription(words: readonly Word[], chunk: Chunk): boolean {
  if (chunk.hits.length > 0 || chunk.to - chunk.from !== 2) return false;
  return words[chunk.from]?.normal === 'the' && ORG_NOUNS.has(words[chunk.from + 1]?.normal ?? '');
}
