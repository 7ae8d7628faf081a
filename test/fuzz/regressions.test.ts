/**
 * What the fuzzer and the invariant tests found, fixed, each as a plain test so it stays fixed.
 * (Problems of sim/model that are not fixed yet are in test/sim/invariants/model-issues.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../sim/model/simulate';
import { applyChanges } from '../../sim/scenario/changes';
import { estimateRunSize } from '../../sim/scenario/size-estimate';
import { validateStudy } from '../../sim/scenario/study';
import type { Distribution, Scenario } from '../../sim/scenario/types';
import { validateScenario } from '../../sim/scenario/validate';
import { exampleScenario, variant } from '../support/scenarios';

const withStay = (d: unknown) =>
  variant(exampleScenario(), (s) => {
    s.horizonDays = 120;
    s.warmupDays = 10;
    s.services[0]!.stayDays = d as Distribution;
  });

describe('found by fuzzing, fixed', () => {
  it('a lognormal or gamma whose sampler parameters would overflow is refused at its field (draws were NaN, the run crashed)', () => {
    // mean 4.4e-247 with sd 0.48: σ² = ln(1 + sd²/mean²) = ∞, so every draw was NaN.
    const tinyMean = validateScenario(withStay({ dist: 'lognormal', mean: 4.417e-247, sd: 0.4818 }));
    expect(tinyMean.ok).toBe(false);
    if (!tinyMean.ok) expect(tinyMean.issues.map((i) => [i.path, i.code, i.message])).toEqual([['services.detox.stayDays.mean', 'number.min', 'must be a number ≥ 0.000001']]);
    const wide = validateScenario(withStay({ dist: 'gamma', mean: 2, sd: 201 }));
    expect(wide.ok).toBe(false);
    if (!wide.ok) expect(wide.issues.map((i) => [i.path, i.code, i.message])).toEqual([['services.detox.stayDays.sd', 'number.max', 'must be ≤ 200']]);
    // At the edge the draws are finite.
    const edge = validateScenario(withStay({ dist: 'lognormal', mean: 1e-6, sd: 1e-4 }));
    expect(edge.ok).toBe(true);
    if (edge.ok) expect(Number.isFinite(simulateReplication(edge.value, 0).metrics.costNokPerYear)).toBe(true);
  });

  it('an sd too small to be a spread is cleaned to 0 (gamma\'s shape mean²/sd² was ∞)', () => {
    const r = validateScenario(withStay({ dist: 'gamma', mean: 9, sd: 1e-247 }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.services[0]!.stayDays).toEqual({ dist: 'gamma', mean: 9, sd: 0 });
    expect(() => simulateReplication(r.value, 0)).not.toThrow();
  });

  it('applyChanges with an empty change path names (changes), not an empty path', () => {
    const base = validateScenario(exampleScenario());
    if (!base.ok) throw new Error('example');
    const r = applyChanges(base.value, { '': [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([['(changes)', 'changePath.invalid']]);
  });

  it('a study whose baseline is a file refuses a change value nested thousands deep (it passed, and the study could not be saved)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = { mean: deep };
    const study = { schema: 'kapasim/study@1', name: 's', baseline: { file: 'default.kapasim.json' }, variants: [{ name: 'v', changes: { 'services.long.stayDays': deep } }] };
    expect(() => JSON.stringify(study)).toThrow(RangeError);
    const r = validateStudy(study);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([['variants[0].changes["services.long.stayDays"]', 'changeValue.tooDeep']]);
  });

  it('the size estimate of a growth of 5e-324 is finite (1 + growth = 1 gave 0/0)', () => {
    const s = variant(exampleScenario(), (x) => (x.referrals.growth = 5e-324));
    const checked = validateScenario(s);
    expect(checked.ok).toBe(true);
    const e = estimateRunSize((checked as { value: Scenario }).value);
    expect(Number.isFinite(e.eventsPerReplication)).toBe(true);
    expect(Number.isFinite(e.bytes)).toBe(true);
  });
});
