// Bundles the Node entry points (CLI, its worker, the bench) into dist/ with esbuild.
// Why bundle: Node 20 cannot run TypeScript itself, and worker threads need a plain .js file.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

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
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    // seedrandom and simple-statistics are CommonJS: give the ESM bundle a require().
    banner: { js: "import { createRequire as __kapasimRequire } from 'node:module'; const require = __kapasimRequire(import.meta.url);" },
  });
}
