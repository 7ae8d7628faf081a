import { describe, expect, it } from 'vitest';
import { METRIC_DIRECTION, metricDirection } from '../../../sim/metrics/direction';
import { METRIC_KEYS } from '../../../sim/metrics/keys';

describe('metric directions', () => {
  it('cover every run-level key', () => {
    for (const key of METRIC_KEYS) expect(['lower', 'higher', 'neutral']).toContain(METRIC_DIRECTION[key]);
  });

  it('say lower is better for waits, breaches, readmissions and cost; neutral for use', () => {
    expect(metricDirection('meanWaitDays')).toBe('lower');
    expect(metricDirection('deadlineBreachShare')).toBe('lower');
    expect(metricDirection('readmission365Share')).toBe('lower');
    expect(metricDirection('costNokPerYear')).toBe('lower');
    expect(metricDirection('delayedDischargeBedDaysPerYear')).toBe('lower');
    expect(metricDirection('bedOccupancy')).toBe('neutral');
    expect(metricDirection('admissionsPerYear')).toBe('neutral');
  });

  it('resolve per-service and per-group keys, also with dots in the id', () => {
    expect(metricDirection('services.long.meanWaitDays')).toBe('lower');
    expect(metricDirection('services.long.occupancy')).toBe('neutral');
    expect(metricDirection('services.a.b.meanWaitingList')).toBe('lower');
    expect(metricDirection('groups.youth.deadlineBreachShare')).toBe('lower');
    expect(metricDirection('groups.youth.firstStartsPerYear')).toBe('neutral');
    expect(metricDirection('somethingElse')).toBe('neutral');
    expect(metricDirection('toString')).toBe('neutral');
  });
});
