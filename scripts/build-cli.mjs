// Bundles the Node entry points (CLI, its worker, the bench) into dist/ with esbuild.
// Why bundle: Node 20 cannot run TypeScript itself, and worker threads need a plain .js file.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { NODE_BUNDLE } from './node-bundle.mjs';

const entries = {
  'cli/main': 'cli/main.ts',
  'cli/worker': 'cli/worker.ts',
  'bench/bench': 'bench/bench.ts',
  'bench/simulate-worker': 'bench/simulate-worker.ts',
  'bench/national-run': 'bench/national-run.ts',
};
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(src)));
if (Object.keys(entryPoints).length > 0) {
  await build({
    entryPoints,
    outdir: 'dist',
    ...NODE_BUNDLE,
  });
}
