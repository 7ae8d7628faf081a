/**
 * The fuzzer's small sample in the normal tests: every property of properties.ts with a fixed
 * seed, a few thousand cases in all (a few seconds). `npm run fuzz` runs at least 100,000;
 * docs/robustness.md says how to replay a failure. KAPASIM_FUZZ_SEED and KAPASIM_FUZZ_CASES
 * change the sample.
 */
import { describe, expect, it } from 'vitest';
import { PROPERTIES, runFuzz } from './properties';

const SEED = Number(process.env.KAPASIM_FUZZ_SEED ?? 20260808);
const CASES = Number(process.env.KAPASIM_FUZZ_CASES ?? 3000);

describe(`fuzzed scenario, study and run files (seed ${SEED}, ${CASES} cases)`, () => {
  it('every case ends valid or with issues that name a field; no exception, no polluted prototype', () => {
    const tally = runFuzz({ seed: SEED, cases: CASES });
    console.log(`fuzz sample, seed ${SEED}:\n${tally.lines().join('\n')}`);
    expect(tally.cases).toBeGreaterThanOrEqual(CASES * 0.95);
    // Every property ran, and the mutations reach both outcomes.
    expect([...tally.byProperty.keys()].sort()).toEqual(PROPERTIES.map((p) => p.name).sort());
    expect(tally.valid).toBeGreaterThan(CASES * 0.05);
    expect(tally.cases - tally.valid).toBeGreaterThan(CASES * 0.3);
    expect(tally.simulated).toBeGreaterThan(10);
  });
});
