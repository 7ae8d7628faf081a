// `npm run fuzz`: bundles the fuzzer (test/fuzz/main.ts) with esbuild and runs it with the
// arguments given after `--` (see docs/robustness.md). Node 20 cannot run TypeScript itself.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { NODE_BUNDLE } from './node-bundle.mjs';

const outfile = 'dist/fuzz/fuzz.js';
await build({
  entryPoints: ['test/fuzz/main.ts'],
  outfile,
  ...NODE_BUNDLE,
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
