/**
 * @module claims
 * Finds numeric claims and who asserts them.
 */

import type { Context } from '../../context.js';
import type { Quoted, Segmented, WithActors, WithClaims } from '../../core/document.js';

/** Finds numeric claims and who asserts them. */
export function findClaims<D extends Segmented & WithActors & Quoted>(doc: D, _ctx: Context): D & WithClaims {
  return { ...doc, claims: [] };
}
