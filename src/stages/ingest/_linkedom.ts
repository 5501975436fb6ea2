/**
 * linkedom, loaded on first use: importing it costs ~160 ms, and only HTML pages and feeds
 * need it, so `dyad code article.txt` should not pay for it at start-up.
 */
import { lazyModule } from '../../core/lazy-module.js';

/** The linkedom module (its CommonJS build, the same API as the ESM one). */
export const linkedom = lazyModule<typeof import('linkedom')>('linkedom');
