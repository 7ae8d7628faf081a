import { describe, expect, it } from 'vitest';
import { overlayBaseline, seriesChartSpecs, sameWeeks } from '../../../renderer/results/series-specs';
import { runOf, shortScenario, textFor } from './support';

const en = textFor('en');
const result = runOf(shortScenario());

describe('seriesChartSpecs', () => {
  it('shows waiting list, beds (with delayed discharge), outpatient caseload and aftercare for the whole system', () => {
    const specs = seriesChartSpecs(result, null, { kind: 'overall' }, en);
    expect(specs.map((s) => s.id)).toEqual(['waiting-list', 'beds', 'outpatient', 'aftercare']);
    const beds = specs[1]!;
    expect(beds.series.map((s) => s.id)).toEqual(['bedsInUse', 'delayedDischarge']);
    expect(beds.reference).toEqual({ value: 25 + 55 + 90, label: '170 beds' });
    expect(specs[2]!.reference?.value).toBe(1500);
    expect(specs[3]!.reference?.value).toBe(250);
    expect(beds.labels.y).toBe('Beds in use');
  });
  it('shows one service\u2019s waiting list and beds or caseload when it is selected', () => {
    const specs = seriesChartSpecs(result, null, { kind: 'service', id: 'detox' }, en);
    expect(specs.map((s) => s.title)).toEqual(['Detox: waiting list', 'Detox: beds in use']);
    expect(specs[1]!.series[0]!.summary).toBe(result.series.values['services.detox.inUse']);
    expect(specs[1]!.reference).toEqual({ value: 25, label: '25 beds' });
    const op = seriesChartSpecs(result, null, { kind: 'service', id: 'outpatient' }, textFor('nb'));
    expect(op[1]!.title).toBe('Outpatient: pasientmengde');
  });
  it('overlays a comparable baseline as a dashed line without a band', () => {
    const baseline = runOf(shortScenario((s) => (s.services[0]!.beds = 8)));
    const specs = seriesChartSpecs(result, baseline, { kind: 'overall' }, en);
    const overlay = specs[0]!.series.at(-1)!;
    expect(overlay).toMatchObject({ label: 'Baseline', band: false, style: 1 });
    expect(overlay.summary).toBe(baseline.series.values.waitingList);
  });
  it('leaves the baseline out when its weeks differ, or when it is this very run', () => {
    const longer = runOf(shortScenario((s) => (s.horizonDays = 800)));
    expect(sameWeeks(result, longer)).toBe(false);
    expect(seriesChartSpecs(result, longer, { kind: 'overall' }, en)[0]!.series).toHaveLength(1);
    expect(seriesChartSpecs(result, result, { kind: 'overall' }, en)[0]!.series).toHaveLength(1);
  });
  it('overlays only another run over the same weeks, so pinning this very run changes nothing the charts depend on', () => {
    const other = runOf(shortScenario((s) => (s.seed = 99)));
    const longer = runOf(shortScenario((s) => (s.horizonDays = 800)));
    expect(overlayBaseline(result, other)).toBe(other);
    expect(overlayBaseline(result, result)).toBeNull();
    expect(overlayBaseline(result, longer)).toBeNull();
    expect(overlayBaseline(result, null)).toBeNull();
  });
});
