import type { ReactNode } from 'react';
import type { RunResult, StudyResult, WarmupAdvice } from '../../sim';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { WaitHistogram } from '../charts/WaitHistogram';
import { KPI_KEYS } from '../results/kpis';
import { seriesChartSpecs } from '../results/series-specs';
import type { Text } from '../results/text';
import { welchLabels } from '../study/advice/welch-labels';
import { DifferenceChart } from '../study/charts/DifferenceChart';
import { Heatmap } from '../study/charts/Heatmap';
import { SweepLineChart } from '../study/charts/SweepLineChart';
import { TornadoChart } from '../study/charts/TornadoChart';
import { WelchChart } from '../study/charts/WelchChart';
import { differenceChartProps, heatmapProps, sweepChartProps, tornadoChartProps } from '../study/results/chart-props';

/** Charts in the report are drawn at one width that fits an A4 page in portrait. */
export const REPORT_CHART_WIDTH = 680;
const W = REPORT_CHART_WIDTH;

export function Figure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <figure className="chart">
      {children}
      <figcaption>{title}</figcaption>
    </figure>
  );
}

/** A run's charts: the weekly series of the whole system and the wait distribution. */
export function RunCharts({ run, text }: { run: RunResult; text: Text }) {
  const { t, fmt } = text;
  const specs = seriesChartSpecs(run, null, { kind: 'overall' }, text);
  const hist = { x: t('results.hist.x'), y: t('results.hist.y'), bars: t('results.hist.bars'), whiskers: t('results.hist.whiskers') };
  return (
    <>
      {specs.map((s) => (
        <Figure key={s.id} title={s.title}>
          <TimeSeriesChart title={s.title} series={s.series} reference={s.reference} labels={s.labels} horizonDays={run.scenario.horizonDays} warmupDays={run.scenario.warmupDays} weekStartDays={run.series.weekStartDays} fmt={fmt} width={W} height={260} floor={0} />
        </Figure>
      ))}
      <Figure title={t('results.hist.title')}>
        <WaitHistogram title={t('results.hist.title')} edgesDays={run.waitHistogram.edgesDays} share={run.waitHistogram.share} labels={hist} fmt={fmt} width={W} height={260} />
      </Figure>
    </>
  );
}

/** A study's charts: differences from the baseline for every key figure, then sweeps, heatmaps and the tornado for the chosen KPI. */
export function StudyCharts({ study, kpi, text }: { study: StudyResult; kpi: string; text: Text }) {
  const hasVariants = study.cases.some((c) => c.kind === 'variant');
  const tornado = tornadoChartProps(study, kpi, text);
  return (
    <>
      {hasVariants &&
        KPI_KEYS.filter((k) => study.baseline.metrics[k]).map((k) => {
          const p = differenceChartProps(study, k, text);
          return (
            <Figure key={k} title={p.title}>
              <DifferenceChart {...p} width={W} />
            </Figure>
          );
        })}
      {study.sweeps.map((s) => {
        const p = s.by ? heatmapProps(study, s, kpi, text) : sweepChartProps(study, s, kpi, text);
        if (!p) return null;
        return (
          <Figure key={s.index} title={p.title}>
            {'grid' in p ? <Heatmap {...p} width={W} /> : <SweepLineChart {...p} width={W} />}
          </Figure>
        );
      })}
      {tornado && (
        <Figure title={tornado.title}>
          <TornadoChart {...tornado} width={W} />
        </Figure>
      )}
    </>
  );
}

export function WelchFigure({ run, advice, text }: { run: RunResult; advice: WarmupAdvice; text: Text }) {
  const title = text.t('advice.welch.title');
  return (
    <Figure title={title}>
      <WelchChart title={title} advice={advice} weekStartDays={run.series.weekStartDays} horizonDays={run.scenario.horizonDays} labels={welchLabels(advice, text)} fmt={text.fmt} width={W} height={280} />
    </Figure>
  );
}
