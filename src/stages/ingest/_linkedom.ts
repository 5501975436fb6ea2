/**
 * linkedom, loaded on first use: importing it costs ~160 ms, and only HTML pages and feeds
 * need it, so `dyad code article.txt` should not pay for it at start-up.
 */
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');

let loaded: Linkedom | undefined;

/** The linkedom module (its CommonJS build, the same API as the ESM one). */
export function linkedom(): Linkedom {
  loaded ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return loaded;
}
