/**
 * The context every stage receives: the configuration, and a cache where each stage's
 * tables are loaded once (see `memo`). One context serves a whole batch.
 */
import { type DyadConfig, makeConfig } from './config.js';

export interface Context {
  readonly config: DyadConfig;
  /** Per-context cache of loaded tables; use `memo`, not this map directly. */
  readonly cache: Map<string, unknown>;
}

export function createContext(config: Partial<DyadConfig> = {}): Context {
  return { config: makeConfig(config), cache: new Map() };
}

/**
 * Loads a table once per context.
 * @example const verbs = memo(ctx, 'verbs', () => loadVerbTable(ctx.config));
 */
export function memo<T>(ctx: Context, key: string, load: () => T): T {
  if (ctx.cache.has(key)) return ctx.cache.get(key) as T;
  const value = load();
  ctx.cache.set(key, value);
  return value;
}
