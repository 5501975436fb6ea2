/**
 * CommonJS packages loaded on first use, not at start-up. A bundled ESM import is evaluated
 * when the CLI starts, whatever the command: `dyad code article.txt` would load the HTML
 * reader, the SQLite driver and the progress bar it never uses (measured: linkedom ~160 ms,
 * readability ~45 ms, cli-progress ~15 ms, better-sqlite3 ~10 ms of a one-article run).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A getter of the package `name`, required the first time it is called.
 * @example const linkedom = lazyModule<typeof import('linkedom')>('linkedom'); linkedom().parseHTML(html)
 */
export function lazyModule<T>(name: string): () => T {
  let loaded: { readonly module: T } | undefined;
  return () => {
    loaded ??= { module: require(name) as T };
    return loaded.module;
  };
}
