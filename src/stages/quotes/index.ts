/**
 * @module quotes
 * Finds direct and reported quotes and their speakers.
 */

import type { Context } from '../../context.js';
import type { Quoted, Segmented, WithActors } from '../../core/document.js';

/** Finds direct and reported quotes and their speakers. */
export function findQuotes<D extends Segmented & WithActors>(doc: D, _ctx: Context): D & Quoted {
  return { ...doc, quotes: [] };
}
