#!/usr/bin/env -S node --max-old-space-size=256
// The heap cap keeps peak memory low: dyad's live heap is under 100 MB after the news corpus,
// but without a cap V8 lets the heap grow past 300 MB before it collects (same speed with it).
// A 2,000,000-character article still codes under it. `node bin/dyad.js` ignores this line;
// for larger inputs run `node --max-old-space-size=4096 bin/dyad.js ...`.
import { setFlagsFromString } from 'node:v8';

// V8 compiles a regular expression to machine code on its second run by default; chrono-node's
// large date patterns then cost ~300 ms of compiling in a one-article run. Interpreted for their
// first 100 runs, rare patterns are never compiled and hot ones still are (no steady-state cost).
setFlagsFromString('--regexp-tier-up-ticks=100');
// One bundled file (esbuild, at build time) instead of ~200 modules: ~0.1 s less to start.
const { main } = await import('../dist/bundle/main.js');

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`dyad: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
