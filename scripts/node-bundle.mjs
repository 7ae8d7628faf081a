// esbuild options for the Node bundles (the CLI and bench in build-cli.mjs, the fuzzer in
// fuzz.mjs): one ESM file per entry for Node 20, which cannot run TypeScript itself.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  // seedrandom and simple-statistics are CommonJS: give the ESM bundle a require().
  banner: { js: "import { createRequire as __kapasimRequire } from 'node:module'; const require = __kapasimRequire(import.meta.url);" },
};
