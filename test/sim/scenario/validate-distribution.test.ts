import { describe, expect, it } from 'vitest';
import { shareWithin } from '../../../sim/scenario/distribution';
import { validateScenario } from '../../../sim/scenario/validate';
import { exampleScenario } from './fixtures';
import { expectIssue, expectOnlyError, issuesAfter } from './helpers';

const P = 'assessment.delayDays';
const setDelay = (d: unknown) => (s: any) => (s.assessment.delayDays = d);

describe('distributions', () => {
  it('every kind of MODEL.md passes and is copied clean', () => {
    const kinds = [
      { dist: 'exponential', mean: 30 },
      { dist: 'lognormal', mean: 90, sd: 45 },
      { dist: 'gamma', mean: 90, sd: 0 },
      { dist: 'fixed', value: 14 },
      { dist: 'uniform', min: 7, max: 7 },
      { dist: 'triangular', min: 7, mode: 14, max: 60 },
      { dist: 'empirical', values: [0, 3, 14.5] },
    ];
    for (const d of kinds) {
      const s = exampleScenario();
      s.assessment.delayDays = d;
      const r = validateScenario(s);
      expect(r.ok, JSON.stringify(d)).toBe(true);
      if (r.ok) {
        expect(r.value.assessment.delayDays).toEqual(d);
        expect(r.value.assessment.delayDays).not.toBe(d);
      }
    }
  });
  it('must be an object with a known dist, with a suggestion', () => {
    expectOnlyError(setDelay(5), P, 'must be a distribution such as {"dist": "exponential", "mean": 30}, not a number');
    expectOnlyError(setDelay({ mean: 5 }), `${P}.dist`, 'is required');
    expectOnlyError(setDelay({ dist: 'lognormel', mean: 5, sd: 1 }), `${P}.dist`, 'did you mean "lognormal"?', '"exponential", "lognormal"');
    expectOnlyError(setDelay({ dist: 'normal', mean: 5, sd: 1 }), `${P}.dist`, 'must be one of');
  });
  it('exponential: mean > 0', () => {
    expectOnlyError(setDelay({ dist: 'exponential', mean: 0 }), `${P}.mean`, 'must be a number > 0');
    expectOnlyError(setDelay({ dist: 'exponential' }), `${P}.mean`, 'is required');
  });
  it('lognormal and gamma: mean > 0, sd ≥ 0', () => {
    expectOnlyError(setDelay({ dist: 'lognormal', mean: -1, sd: 1 }), `${P}.mean`, 'must be a number > 0');
    expectOnlyError(setDelay({ dist: 'gamma', mean: 5, sd: -1 }), `${P}.sd`, 'must be a number ≥ 0');
    expectOnlyError(setDelay({ dist: 'gamma', mean: 5 }), `${P}.sd`, 'is required');
  });
  it('fixed: value ≥ 0', () => {
    expectOnlyError(setDelay({ dist: 'fixed', value: -1 }), `${P}.value`, 'must be a number ≥ 0');
  });
  it('uniform: 0 ≤ min ≤ max', () => {
    expectOnlyError(setDelay({ dist: 'uniform', min: -1, max: 3 }), `${P}.min`, 'must be a number ≥ 0');
    expectOnlyError(setDelay({ dist: 'uniform', min: 5, max: 3 }), `${P}.max`, 'must be ≥ min (5)');
  });
  it('triangular: 0 ≤ min ≤ mode ≤ max', () => {
    expectOnlyError(setDelay({ dist: 'triangular', min: 5, mode: 3, max: 9 }), `${P}.mode`, 'must be ≥ min (5)', 'min ≤ mode ≤ max');
    expectOnlyError(setDelay({ dist: 'triangular', min: 1, mode: 3, max: 2 }), `${P}.max`, 'must be ≥ mode (3)');
    expectOnlyError(setDelay({ dist: 'triangular', min: -1, mode: 3, max: 4 }), `${P}.min`, 'must be a number ≥ 0');
  });
  it('empirical: a non-empty list of finite numbers ≥ 0', () => {
    expectOnlyError(setDelay({ dist: 'empirical', values: [] }), `${P}.values`, 'must not be empty');
    expectOnlyError(setDelay({ dist: 'empirical', values: 3 }), `${P}.values`, 'must be a list of numbers');
    expectOnlyError(setDelay({ dist: 'empirical', values: [1, -2, 3] }), `${P}.values[1]`, 'must be a finite number from 0 to 36500');
    expectOnlyError(setDelay({ dist: 'empirical', values: [1, null] }), `${P}.values[1]`, 'must be a finite number');
    const many = issuesAfter(setDelay({ dist: 'empirical', values: new Array(1000).fill(-1) }));
    expect(many).toHaveLength(11);
    expectIssue(many, `${P}.values`, 'has 990 more values out of range');
  });
  it('parameters of another kind and unknown fields are errors, with suggestions', () => {
    expectOnlyError(setDelay({ dist: 'exponential', mean: 3, sd: 1 }), `${P}.sd`, 'is not a parameter of an exponential distribution, which takes mean');
    expectIssue(issuesAfter(setDelay({ dist: 'exponential', maen: 3 })), `${P}.maen`, 'unknown field in an exponential distribution; did you mean "mean"?');
    expectIssue(issuesAfter(setDelay({ dist: 'lognormal', mean: 3, sdd: 1 })), `${P}.sdd`, 'did you mean "sd"?');
  });
  it('free-text fields are allowed in a distribution', () => {
    expect(validateScenario({ ...exampleScenario(), assessment: { delayDays: { dist: 'fixed', value: 3, notes: { value: 'guess' }, label: 'x' } } }).ok).toBe(true);
    expectOnlyError(setDelay({ dist: 'fixed', value: 3, notes: { value: 3 } }), `${P}.notes.value`, 'must be a text');
  });
  it('parameters above 100 years are refused', () => {
    expectOnlyError(setDelay({ dist: 'exponential', mean: 1e308 }), `${P}.mean`, 'must be ≤ 36500 (100 years)');
  });
});

describe('shareWithin', () => {
  it('is exact for bounded and exponential distributions and close for the others', () => {
    expect(shareWithin({ dist: 'exponential', mean: 100 }, 100)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(shareWithin({ dist: 'uniform', min: 0, max: 10 }, 5)).toBe(0.5);
    expect(shareWithin({ dist: 'triangular', min: 0, mode: 10, max: 10 }, 5)).toBeCloseTo(0.25, 12);
    expect(shareWithin({ dist: 'triangular', min: 0, mode: 0, max: 10 }, 5)).toBeCloseTo(0.75, 12);
    expect(shareWithin({ dist: 'empirical', values: [1, 2, 3, 4] }, 2)).toBe(0.5);
    expect(shareWithin({ dist: 'fixed', value: 3 }, 3)).toBe(1);
    // Lognormal with median = window: half inside.
    const sd = 50;
    const mean = 100;
    const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
    expect(shareWithin({ dist: 'lognormal', mean, sd }, mean * Math.exp(-sigma2 / 2))).toBeCloseTo(0.5, 6);
    expect(shareWithin({ dist: 'gamma', mean: 100, sd: 10 }, 100)).toBeCloseTo(0.5, 1);
  });
});
