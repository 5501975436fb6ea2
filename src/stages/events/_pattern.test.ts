import { describe, expect, it } from 'vitest';
import { articleId } from '../../core/article.js';
import { rule } from '../../core/source.js';
import type { PatternItem, VerbPattern } from '../../dictionaries/types.js';
import { findActors } from '../mentions/index.js';
import { segment } from '../segment/index.js';
import { bestPattern, matchPattern } from './_pattern.js';
import { fixtureContext } from './_testing.js';
import { buildView, type View } from './_view.js';

function viewOf(text: string): View {
  const doc = findActors(segment({ id: articleId('t'), date: '1995-03-01', text }, fixtureContext), fixtureContext);
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const view = buildView(doc, 0, doc.mentions, actors);
  if (!view) throw new Error('no view');
  return view;
}

const at = (view: View, word: string): number => view.live.findIndex((w) => w.normal === word);

/** A pattern from a compact spelling: `*` verb, `$` source, `+` target, `%` compound, `_` glues the next item. */
function pattern(code: string, spelled: string): VerbPattern {
  const items: PatternItem[] = [];
  let adjacent = false;
  for (const part of spelled.split(' ')) {
    if (part === '_') {
      adjacent = true;
      continue;
    }
    const kind = { '*': 'verb', $: 'source', '+': 'target', '%': 'compound', '^': 'skip' }[part];
    items.push(
      kind
        ? ({ kind, adjacent } as PatternItem)
        : { kind: 'word', words: part.split('|').map((w) => w.replace(/-/g, ' ')), adjacent },
    );
    adjacent = false;
  }
  return { code, verbs: ['x'], pattern: items, source: rule('test') };
}

describe('matchPattern', () => {
  it('retries a word found first in the wrong place ("sent X to Y to investigate")', () => {
    const view = viewOf('Arnor sent envoys to Gondor to investigate the raid.');
    const m = matchPattern(view, pattern('X', '* to _ investigate'), at(view, 'sent'));
    expect(m).not.toBeNull();
    expect(view.live[(m?.end ?? 0) - 1]?.normal).toBe('investigate');
  });

  it('retries a target whose following words do not fit, and fails when no placement fits', () => {
    const view = viewOf('Arnor issued warrants for Gondor on Monday and for Rohan by decree.');
    const m = matchPattern(view, pattern('X', '* for + _ by'), at(view, 'issued'));
    expect(m?.target?.actors[0]?.code).toBe('ROH');
    expect(matchPattern(view, pattern('X', '* for + _ with'), at(view, 'issued'))).toBeNull();
  });

  it('finds a compound subject longer than eight words', () => {
    const view = viewOf('The Arnorian government ministers and the Minas Tirith government officials signed.');
    const m = matchPattern(view, pattern('X', '% _ *'), at(view, 'signed'));
    expect(m?.compound?.members.length).toBe(2);
  });

  it('prefers, among patterns of equal score, the one matching nearest the verb (not file order)', () => {
    const view = viewOf('Arnor condemned Gondor for the raid and later the siege.');
    const far = pattern('FAR', '* siege');
    const near = pattern('NEAR', '* raid');
    expect(bestPattern(view, [far, near], at(view, 'condemned'))?.pattern.code).toBe('NEAR');
    expect(bestPattern(view, [near, far], at(view, 'condemned'))?.pattern.code).toBe('NEAR');
    // More items still beat nearness.
    expect(bestPattern(view, [near, pattern('LONG', '* later the siege')], at(view, 'condemned'))?.pattern.code).toBe(
      'LONG',
    );
  });
});
