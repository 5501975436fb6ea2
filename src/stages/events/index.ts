/**
 * @module events
 * Codes CAMEO events: who did what to whom.
 */

import type { Context } from '../../context.js';
import type { Placed, Quoted, Segmented, Timed, WithActors, WithEvents } from '../../core/document.js';

/** Codes CAMEO events: who did what to whom. */
export function codeEvents<D extends Segmented & WithActors & Timed & Placed & Quoted>(
  doc: D,
  _ctx: Context,
): D & WithEvents {
  return { ...doc, events: [] };
}
