/**
 * Closed vocabularies and validated codes of CAMEO. Codes are branded where a raw
 * string is a real trap: a CameoCode must have passed the CAMEO table.
 */

/** CAMEO event code: 2 to 4 digits, e.g. `111` (criticize or denounce). */
export type CameoCode = string & { readonly __brand: 'CameoCode' };

/** CAMEO-style actor code: country/organisation + role codes, e.g. `CHNGOV`. */
export type ActorCode = string & { readonly __brand: 'ActorCode' };

const CAMEO_CODE = /^\d{2,4}$/;
const ACTOR_CODE = /^[A-Z0-9]{3}(?:[A-Z0-9]{3})*$/;

export function isCameoCode(value: string): value is CameoCode {
  return CAMEO_CODE.test(value);
}

export function isActorCode(value: string): value is ActorCode {
  return ACTOR_CODE.test(value);
}

export function cameoCode(value: string): CameoCode {
  if (!isCameoCode(value)) throw new TypeError(`[core] not a CAMEO event code: "${value}"`);
  return value;
}

export function actorCode(value: string): ActorCode {
  if (!isActorCode(value)) throw new TypeError(`[core] not a CAMEO actor code: "${value}"`);
  return value;
}

/** The CAMEO root: the first two digits. */
export function cameoRoot(code: CameoCode): CameoCode {
  return code.slice(0, 2) as CameoCode;
}

/**
 * CAMEO quad classes: 1 verbal cooperation, 2 material cooperation,
 * 3 verbal conflict, 4 material conflict (as GDELT's QuadClass).
 */
export const QUAD_CLASSES = [1, 2, 3, 4] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** Kinds of actor dyad recognises; `code` carries the CAMEO detail. */
export const ACTOR_TYPES = [
  'country',
  'government',
  'igo',
  'ngo',
  'party',
  'armed-group',
  'exile',
  'media',
  'business',
  'person',
  'group',
  'other',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** TIMEX3-style granularity of a time value. */
export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year', 'decade', 'century', 'unknown'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
