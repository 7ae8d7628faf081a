// Bundles the Electron shell with esbuild: dist/electron/main.cjs (Node, in Electron's main
// process) and dist/electron/preload.cjs (CommonJS, as a sandboxed preload must be; built for
// the browser platform so that a stray Node import fails the build instead of the window).
// Also writes dist/electron/package.json so `electron dist/electron` runs with the app's name
// and version (installers get `main` through electron-builder.yml's extraMetadata instead).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  outExtension: { '.js': '.cjs' },
  outdir: 'dist/electron',
};

await build({ ...common, entryPoints: { main: 'electron/main.ts' }, platform: 'node', target: 'node22' });
await build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, platform: 'browser', target: 'chrome140' });

mkdirSync('dist/electron', { recursive: true });
writeFileSync(
  'dist/electron/package.json',
  JSON.stringify({ name: pkg.name, productName: 'Kapasim', version: pkg.version, description: pkg.description, main: 'main.cjs', type: 'commonjs', private: true }, null, 2) + '\n',
);
