#!/usr/bin/env -S node --max-old-space-size=256
// The heap cap keeps peak memory low: dyad's live heap is under 100 MB after the news corpus,
// but without a cap V8 lets the heap grow past 300 MB before it collects (same speed with it).
// A 2,000,000-character article still codes under it. `node bin/dyad.js` ignores this line;
// for larger inputs run `node --max-old-space-size=4096 bin/dyad.js ...`.
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`dyad: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
