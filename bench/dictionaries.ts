/**
 * Load time and memory of the full PETRARCH2 production dictionary set (CAMEO.2.0 verbs,
 * Phoenix actors, agents, discards and issues) read from ../shared at run time.
 * PETRARCH2 itself takes about 2.4 s and 229 MB for the same files.
 * Run: `npx tsx bench/dictionaries.ts` (add `--expose-gc` via NODE_OPTIONS for steadier memory).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DictionaryFile } from '../src/config.js';
import { makeConfig } from '../src/config.js';
import { loadDictionariesWithProblems } from '../src/dictionaries/load.js';

const DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'petrarch-dictionaries');

const FILES: DictionaryFile[] = [
  { kind: 'verbs', path: resolve(DIR, 'CAMEO.2.0.txt') },
  { kind: 'actors', path: resolve(DIR, 'Phoenix.Countries.actors.txt') },
  { kind: 'actors', path: resolve(DIR, 'Phoenix.International.actors.txt') },
  { kind: 'actors', path: resolve(DIR, 'Phoenix.MilNonState.actors.txt') },
  { kind: 'agents', path: resolve(DIR, 'Phoenix.agents.txt') },
  { kind: 'discards', path: resolve(DIR, 'Phoenix.discards.txt') },
  { kind: 'issues', path: resolve(DIR, 'Phoenix.IssueCoding.txt') },
];

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function main(): void {
  if (!FILES.every((f) => existsSync(f.path))) {
    console.log(`skipped: dictionaries not found in ${DIR}`);
    return;
  }
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { dictionaries, problems } = loadDictionariesWithProblems(makeConfig({ dictionaries: FILES }));
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  gc?.();
  const after = process.memoryUsage();
  const counts = Object.entries(dictionaries).map(([k, v]) => `${k} ${(v as unknown[]).length}`);
  console.log(`PETRARCH2 production set (${FILES.length} files): ${counts.join(', ')}; ${problems.length} problems`);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`load time ${(ms / 1000).toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU (wall grows on a loaded machine)`);
  console.log(
    `heap used by the dictionaries ${mb(after.heapUsed - heapBefore)}${gc ? '' : ' (no --expose-gc: approximate)'}`,
  );
  console.log(`process RSS ${mb(after.rss)} (grew ${mb(after.rss - rssBefore)})`);
  console.log('PETRARCH2 reference: 2.4 s, 229 MB');
}

main();
