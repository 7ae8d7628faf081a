// `npm run fuzz`: bundles the fuzzer (test/fuzz/main.ts) with esbuild and runs it with the
// arguments given after `--` (see docs/robustness.md). Node 20 cannot run TypeScript itself.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'dist/fuzz/fuzz.js';
await build({
  entryPoints: ['test/fuzz/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  // seedrandom and simple-statistics are CommonJS: give the ESM bundle a require().
  banner: { js: "import { createRequire as __kapasimRequire } from 'node:module'; const require = __kapasimRequire(import.meta.url);" },
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
