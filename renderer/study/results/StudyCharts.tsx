import { useCallback, useMemo } from 'react';
import type { StudyResult, StudySweepResult } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { DifferenceChart } from '../charts/DifferenceChart';
import { Heatmap } from '../charts/Heatmap';
import { differenceHeight, heatmapHeight, tornadoHeight } from '../charts/heights';
import { SweepLineChart } from '../charts/SweepLineChart';
import { TornadoChart } from '../charts/TornadoChart';
import { differenceChartProps, heatmapProps, sweepChartProps, tornadoChartProps } from './chart-props';
import { SizedChartCard } from './SizedChartCard';

type Stamp = { scenario: string; seed: number; replications: number };

const SWEEP_HEIGHT = 320;

export function DifferenceCard({ result, kpi, stamp }: { result: StudyResult; kpi: string; stamp: Stamp }) {
  const text = useI18n();
  const props = useMemo(() => differenceChartProps(result, kpi, text), [result, kpi, text]);
  const render = useCallback((width: number) => ({ chart: <DifferenceChart {...props} width={width} />, height: differenceHeight(props, width) }), [props]);
  return <SizedChartCard title={props.title} fileWhat={`differences-${kpi}`} stamp={stamp} render={render} note={text.t('study.chart.diffNote')} />;
}

export function SweepCardChart({ result, sweep, kpi, stamp }: { result: StudyResult; sweep: StudySweepResult; kpi: string; stamp: Stamp }) {
  const text = useI18n();
  const line = useMemo(() => (sweep.by ? null : sweepChartProps(result, sweep, kpi, text)), [result, sweep, kpi, text]);
  const heat = useMemo(() => (sweep.by ? heatmapProps(result, sweep, kpi, text) : null), [result, sweep, kpi, text]);
  const render = useCallback(
    (width: number) =>
      heat
        ? { chart: <Heatmap {...heat} width={width} />, height: heatmapHeight(heat, width) }
        : { chart: line ? <SweepLineChart {...line} width={width} height={SWEEP_HEIGHT} /> : <svg width={0} height={0} aria-hidden="true" />, height: SWEEP_HEIGHT },
    [heat, line],
  );
  const title = heat?.title ?? line?.title ?? sweep.name;
  return <SizedChartCard title={title} fileWhat={`sweep-${sweep.index + 1}-${kpi}`} stamp={stamp} render={render} note={text.t(heat ? 'study.chart.heatmapNote' : 'study.chart.sweepNote')} />;
}

export function TornadoCard({ result, kpi, stamp }: { result: StudyResult; kpi: string; stamp: Stamp }) {
  const text = useI18n();
  const props = useMemo(() => tornadoChartProps(result, kpi, text), [result, kpi, text]);
  const render = useCallback((width: number) => (props ? { chart: <TornadoChart {...props} width={width} />, height: tornadoHeight(props, width) } : { chart: <svg width={0} height={0} aria-hidden="true" />, height: 0 }), [props]);
  if (!props) return null;
  return <SizedChartCard title={props.title} fileWhat={`tornado-${kpi}`} stamp={stamp} render={render} note={text.t('study.chart.tornadoNote')} />;
}
