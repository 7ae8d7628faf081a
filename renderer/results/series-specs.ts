import { capacityOf, type RunResult, type Service } from '../../sim';
import type { ChartSeries, ReferenceLine, TimeSeriesLabels } from '../charts/types';
import { elementName } from './metric-label';
import type { Text } from './text';

/** What the time-series section shows: the whole system, or one service. */
export type SeriesSelection = { kind: 'overall' } | { kind: 'service'; id: string };

/** One time-series chart: its title, series (with the baseline overlaid when comparable) and reference line. */
export interface SeriesChartSpec {
  id: string;
  title: string;
  series: ChartSeries[];
  reference: ReferenceLine | null;
  labels: TimeSeriesLabels;
}

/** Whether the baseline's weekly series line up with the result's (same weeks), so they can share a chart. */
export function sameWeeks(a: RunResult, b: RunResult): boolean {
  const x = a.series.weekStartDays;
  const y = b.series.weekStartDays;
  return a.scenario.horizonDays === b.scenario.horizonDays && x.length === y.length && x.every((d, i) => d === y[i]);
}

/**
 * The baseline the charts overlay: a pinned run other than this one, over the same weeks; else
 * null. Pinning this very run changes nothing on the charts, so it must not redraw them.
 */
export function overlayBaseline(result: RunResult, baseline: RunResult | null): RunResult | null {
  return baseline && baseline !== result && sameWeeks(result, baseline) ? baseline : null;
}

const sum = (services: readonly Service[]) => services.reduce((acc, s) => acc + capacityOf(s), 0);

/**
 * The charts for a selection. Each shows this run's series (solid line on a grey band); a
 * comparable baseline is overlaid as a dashed line without a band. Charts whose series the
 * run does not have (no outpatient services, say) are left out.
 */
export function seriesChartSpecs(result: RunResult, baseline: RunResult | null, selection: SeriesSelection, text: Text): SeriesChartSpec[] {
  const { t, fmt } = text;
  const values = result.series.values;
  const overlay = overlayBaseline(result, baseline);
  const common = { xYears: t('results.axis.years'), xWeeks: t('results.axis.weeks'), warmup: t('results.axis.warmup'), band: t('results.axis.band') };
  const count = (n: number) => fmt.number(n, 0);

  const chart = (id: string, title: string, y: string, key: string, label: string, reference: ReferenceLine | null, extra: ChartSeries[] = []): SeriesChartSpec | null => {
    const own = values[key];
    if (!own) return null;
    const series: ChartSeries[] = [{ id: key, label, summary: own, style: 0 }, ...extra];
    const base = overlay?.series.values[key];
    if (base) series.push({ id: `baseline:${key}`, label: t('results.series.baseline'), summary: base, style: 1, band: false });
    return { id, title, series, reference, labels: { ...common, y } };
  };

  const scenario = result.scenario;
  const inpatient = scenario.services.filter((s) => s.kind === 'inpatient');
  const outpatient = scenario.services.filter((s) => s.kind === 'outpatient');
  const specs: (SeriesChartSpec | null)[] = [];
  if (selection.kind === 'overall') {
    const delayed = values.delayedDischarge;
    specs.push(chart('waiting-list', t('results.series.waitingList'), t('results.series.waitingListY'), 'waitingList', t('results.series.waitingList'), null));
    if (inpatient.length > 0) {
      const extra: ChartSeries[] = delayed ? [{ id: 'delayedDischarge', label: t('results.series.delayed'), summary: delayed, style: 2 }] : [];
      const beds = sum(inpatient);
      specs.push(chart('beds', t('results.series.beds'), t('results.series.bedsY'), 'bedsInUse', t('results.series.beds'), { value: beds, label: t('results.series.bedsCapacity', { count: count(beds) }) }, extra));
    }
    if (outpatient.length > 0) {
      const slots = sum(outpatient);
      specs.push(chart('outpatient', t('results.series.outpatient'), t('results.series.outpatientY'), 'outpatientSlotsInUse', t('results.series.outpatient'), { value: slots, label: t('results.series.slotsCapacity', { count: count(slots) }) }));
    }
    const places = scenario.aftercare.places;
    specs.push(chart('aftercare', t('results.series.aftercare'), t('results.series.aftercareY'), 'aftercareInUse', t('results.series.aftercare'), { value: places, label: t('results.series.placesCapacity', { count: count(places) }) }));
  } else {
    const service = scenario.services.find((s) => s.id === selection.id);
    if (service) {
      const name = elementName(scenario.services, service.id);
      const inpatientService = service.kind === 'inpatient';
      const cap = capacityOf(service);
      const waitTitle = t('results.series.serviceWaitingList', { service: name });
      const useTitle = t(inpatientService ? 'results.series.serviceBeds' : 'results.series.serviceSlots', { service: name });
      const capLabel = t(inpatientService ? 'results.series.bedsCapacity' : 'results.series.slotsCapacity', { count: count(cap) });
      specs.push(chart(`${service.id}-waiting-list`, waitTitle, t('results.series.waitingListY'), `services.${service.id}.waitingList`, t('results.series.waitingList'), null));
      specs.push(chart(`${service.id}-in-use`, useTitle, t(inpatientService ? 'results.series.bedsY' : 'results.series.outpatientY'), `services.${service.id}.inUse`, t(inpatientService ? 'results.series.beds' : 'results.series.outpatient'), { value: cap, label: capLabel }));
    }
  }
  return specs.filter((s): s is SeriesChartSpec => s !== null);
}
