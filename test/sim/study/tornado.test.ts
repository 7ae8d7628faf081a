import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../sim/scenario/issues';
import type { Scenario } from '../../../sim/scenario/types';
import { runStudy } from '../../../sim/study/run-study';
import { baselineCase } from '../../../sim/study/spec';
import { tornadoCases, tornadoTable } from '../../../sim/study/tornado';
import { valueAt } from '../../../sim/study/paths';
import { runInProcess, smallDefault } from './helpers';

function withNeedShare(s: Scenario, inpatient: number): Scenario {
  return { ...s, aftercare: { ...s.aftercare, needShare: { ...s.aftercare.needShare, inpatient } } };
}

describe('tornadoCases', () => {
  it('moves whole-number capacities by ±10 % and rounds them', () => {
    const base = smallDefault(2); // long-term 88 beds, outpatient 740 slots, 248 aftercare places
    const r = tornadoCases(base, ['services.long.beds', 'services.outpatient.slots', 'aftercare.places']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((c) => [c.tornado!.path, c.tornado!.side, c.tornado!.value, c.tornado!.adjustment])).toEqual([
      ['services.long.beds', 'low', 79, 'rounded'], // 79.2
      ['services.long.beds', 'high', 97, 'rounded'], // 96.8
      ['services.outpatient.slots', 'low', 666, 'none'],
      ['services.outpatient.slots', 'high', 814, 'rounded'], // 814.0000000000001
      ['aftercare.places', 'low', 223, 'rounded'], // 223.2
      ['aftercare.places', 'high', 273, 'rounded'], // 272.8
    ]);
    const low = r.value[0]!;
    expect(low.tornado!.exactValue).toBeCloseTo(79.2, 9);
    expect(low.tornado!.baseValue).toBe(88);
    expect(low.changes).toEqual({ 'services.long.beds': 79 });
    expect(valueAt(low.scenario, 'services.long.beds')).toBe(79);
    expect(low.kind).toBe('tornado');
    expect(low.name).toBe('tornado services.long.beds −10 %');
    expect(low.scenario.seed).toBe(base.seed);
    expect(low.scenario.replications).toBe(base.replications);
  });

  it('moves shares without rounding, and clamps them to [0, 1] with a note', () => {
    const base = withNeedShare(smallDefault(2), 0.95);
    const r = tornadoCases(base, ['services.long.dropoutShare', 'aftercare.needShare.inpatient', 'relapse.probability.droppedOut'], 0.1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.value.map((c) => c.tornado!);
    expect(t[0]!.value).toBeCloseTo(0.27, 12);
    expect(t[1]!.value).toBeCloseTo(0.33, 12);
    expect(t[0]!.adjustment).toBe('none');
    // 0.95 × 1.1 = 1.045: a share cannot pass 1.
    expect(t[2]!.value).toBeCloseTo(0.855, 12);
    expect(t[3]).toMatchObject({ side: 'high', value: 1, adjustment: 'clamped' });
    expect(t[3]!.exactValue).toBeCloseTo(1.045, 12);
    expect(t[5]).toMatchObject({ value: 0.77, adjustment: 'none' });
    expect(r.value[3]!.scenario.aftercare.needShare.inpatient).toBe(1);
  });

  it('a relative change of 25 % moves a count by a quarter', () => {
    const r = tornadoCases(smallDefault(2), ['services.detox.beds'], 0.25);
    if (!r.ok) throw new Error('must plan');
    expect(r.value.map((c) => c.tornado!.value)).toEqual([20, 33]); // 26 × 0.75 = 19.5 → 20; 32.5 → 33
  });

  it('refuses unknown paths, fields without a number and a bad relative change', () => {
    const r = tornadoCases(smallDefault(2), ['services.lng.beds', 'services.long.stayDays', 'services.short.beds']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.issues.map((i) => formatIssue(i));
    expect(lines[0]).toMatch(/^services\.lng\.beds: tornado services\.lng\.beds: unknown path: no service has the id "lng"; did you mean "long"\?/);
    expect(lines[1]).toMatch(/^services\.long\.stayDays: must be a number, not an object/);
    expect(lines).toHaveLength(2);
    expect(tornadoCases(smallDefault(2), ['services.long.beds'], 0).ok).toBe(false);
    expect(tornadoCases(smallDefault(2), ['services.long.beds'], 1.5).ok).toBe(false);
  });
});

describe('tornadoTable', () => {
  it('sorts the fields by swing, each arm a paired difference with its CI', async () => {
    const base = smallDefault(3);
    const planned = tornadoCases(base, ['costs.bedDayNok', 'services.long.beds', 'aftercare.places']);
    if (!planned.ok) throw new Error('must plan');
    const result = await runStudy([baselineCase(base), ...planned.value], runInProcess);
    const t = tornadoTable(result, 'costNokPerYear');
    expect(t.kpi).toBe('costNokPerYear');
    expect(t.relativeChange).toBe(0.1);
    expect(t.baselineMean).toBe(result.baseline.metrics.costNokPerYear!.mean);
    expect(t.rows).toHaveLength(3);
    const swings = t.rows.map((r) => r.swing!);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    // The price of a bed-day moves the cost (by ±10 % of the bed-day cost) and nothing else:
    // the same patients flow in both arms.
    const price = t.rows.find((r) => r.path === 'costs.bedDayNok')!;
    expect(price.low!.value).toBeCloseTo(7110, 6);
    expect(price.high!.difference.mean!).toBeGreaterThan(0);
    expect(price.low!.difference.mean!).toBeCloseTo(-price.high!.difference.mean!, 0);
    expect(price.high!.verdict).toBe('worse');
    expect(price.low!.verdict).toBe('better');
    expect(price.high!.paired).toBe(true);
    for (const row of t.rows) {
      expect(row.low!.difference.ci95).not.toBeNull();
      expect(row.swing).toBeCloseTo(Math.abs(row.high!.difference.mean! - row.low!.difference.mean!), 6);
    }
    // Waits: more long-term beds shorten the inpatient wait more than their price does.
    const waits = tornadoTable(result, 'meanWaitInpatientDays');
    expect(waits.rows[0]!.path).not.toBe('costs.bedDayNok');
    expect(waits.rows.find((r) => r.path === 'costs.bedDayNok')!.swing).toBe(0);
  });
});
