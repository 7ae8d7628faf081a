/**
 * `npm run fuzz`: every property of properties.ts with at least 100,000 cases in all (bundled
 * by scripts/fuzz.mjs, since Node cannot run TypeScript). Prints the seed first, then the
 * counts of cases and of issues by code; on a failure, fast-check's report and the command
 * that replays it. Options: --seed N, --cases N, --only "<property name part>", --path P.
 */
import { parseArgs } from 'node:util';
import { PROPERTIES, runFuzz } from './properties';

const USAGE = 'usage: npm run fuzz -- [--seed N] [--cases N] [--only "property name"] [--path P]';
let values: { seed?: string; cases?: string; only?: string; path?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { seed: { type: 'string' }, cases: { type: 'string' }, only: { type: 'string' }, path: { type: 'string' }, help: { type: 'boolean' } } }));
} catch (err) {
  // An unknown option or a missing value: say which, without a stack trace.
  console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const seed = values.seed !== undefined ? Number(values.seed) : 20260808;
const cases = values.cases !== undefined ? Number(values.cases) : 100_000;
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(cases) || cases < 1) {
  const bad = !Number.isSafeInteger(seed) ? `--seed must be a whole number, not "${values.seed}"` : `--cases must be a whole number ≥ 1, not "${values.cases}"`;
  console.error(`${bad}\n${USAGE}`);
  process.exit(2);
}

console.log(`kapasim fuzz: seed ${seed}, ${cases} cases over ${values.only ? `properties matching "${values.only}"` : `${PROPERTIES.length} properties`}`);
const started = performance.now();
try {
  const tally = runFuzz({
    seed,
    cases,
    only: values.only,
    path: values.path,
    onProperty: (name, runs) => console.log(`  … ${name} (${runs} cases, seed ${seed + PROPERTIES.findIndex((p) => p.name === name)})`),
  });
  console.log(tally.lines().join('\n'));
  console.log(`no failures in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${seed})`);
} catch (err) {
  const describe = (e: unknown): string => (e instanceof Error ? `${e.stack ?? e.message}${e.cause !== undefined ? `\ncaused by: ${describe(e.cause)}` : ''}` : String(e));
  const text = describe(err);
  console.error(text.length > 20_000 ? `${text.slice(0, 20_000)}…` : text);
  const path = /path: "([^"]+)"/.exec(text)?.[1];
  const failing = PROPERTIES.find((p) => text.includes(`seed: ${seed + PROPERTIES.indexOf(p)},`));
  if (failing) {
    console.error(`\nreplay: npm run fuzz -- --seed ${seed} --only "${failing.name}" --cases ${cases}${path && path.length < 2000 ? ` --path "${path}"` : ''}`);
  }
  process.exit(1);
}
