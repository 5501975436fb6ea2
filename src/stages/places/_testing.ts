/** Test helper of the places stage: segment a sentence and resolve its places. */
import { createContext } from '../../context.js';
import { articleId } from '../../core/article.js';
import type { Mention, Placed, Segmented, WithActors } from '../../core/document.js';
import { segment } from '../segment/index.js';
import { resolvePlaces } from './index.js';

const CONTEXT = createContext();

/** Runs segment and places on `text` (published `date`), with optional mentions and bias. */
export function placesOf(
  text: string,
  date = '2024-01-05',
  options: { mentions?: readonly Mention[]; placeBias?: Record<string, string> } = {},
): Segmented & WithActors & Placed {
  const ctx = options.placeBias ? { ...CONTEXT, config: { ...CONTEXT.config, placeBias: options.placeBias } } : CONTEXT;
  const doc = segment({ id: articleId('test'), date, text }, ctx);
  return resolvePlaces({ ...doc, mentions: options.mentions ?? [], actors: [] }, ctx);
}
