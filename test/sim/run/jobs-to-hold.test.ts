import { describe, expect, it } from 'vitest';
import { jobsToHold } from '../../../sim/run/jobs-to-hold';

describe('jobsToHold: replications a pool worker holds at once', () => {
  it('two while more are left than there are workers, one near the end', () => {
    expect(jobsToHold(100, 2)).toBe(2);
    expect(jobsToHold(3, 2)).toBe(2);
    expect(jobsToHold(2, 2)).toBe(1);
    expect(jobsToHold(1, 4)).toBe(1);
  });
});
