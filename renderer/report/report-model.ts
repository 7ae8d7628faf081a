/**
 * Everything a report holds, computed once from the current run or study: the texts in the
 * report's language, the advice, and every table. The HTML document and the XLSX workbook are
 * both drawn from it, so they hold the same numbers.
 */
import { replicationAdviceTable, warmupAdvice, type ReplicationAdviceRow, type RunResult, type StudyResult, type WarmupAdvice } from '../../sim';
import type { Lang } from '../i18n/lang';
import { KPI_KEYS } from '../results/kpis';
import type { Text } from '../results/text';
import type { ReportTable } from './cells';
import { adviceTable, allMetricsTable, kpiTable, parametersTable, settingsTable, welchTable } from './run-tables';
import { stressTable } from './stress-des';
import { casesTable, comparisonTable, digestsTable, sweepTable, tornadoReportTable, variantsTable } from './study-tables';
import { textFor } from './text';

export type ReportSource = { kind: 'run'; run: RunResult } | { kind: 'study'; study: StudyResult };

export interface ReportOptions {
  lang: Lang;
  /** The purpose as the planner wrote it. */
  purpose: string;
  /** The precision of the run-count advice (0.05: ±5 % of the mean). */
  precision: number;
  /** The KPI of the study's sweep, heatmap and tornado charts. */
  kpi: string;
  date: Date;
  /** The app's version. */
  version: string;
  /** The computer the report was made on (STRESS-DES 5.4), when known. */
  system?: string;
  /** SHA-256 of the baseline scenario's JSON, when computed. */
  scenarioDigest?: string;
}

export interface ReportTables {
  parameters: ReportTable;
  settings: ReportTable;
  kpis: ReportTable;
  variants: ReportTable | null;
  comparison: ReportTable | null;
  sweeps: ReportTable[];
  tornado: ReportTable | null;
  advice: ReportTable;
  stress: ReportTable;
  cases: ReportTable | null;
  allMetrics: ReportTable;
  welch: ReportTable | null;
  digests: ReportTable | null;
}

export interface ReportModel {
  source: ReportSource;
  options: ReportOptions;
  text: Text;
  /** The run the report describes: the run itself, or the study's baseline. */
  run: RunResult;
  study: StudyResult | null;
  title: string;
  advice: { replications: ReplicationAdviceRow[]; warmup: WarmupAdvice | null };
  tables: ReportTables;
}

export function buildReport(source: ReportSource, options: ReportOptions): ReportModel {
  const text = textFor(options.lang);
  const { t } = text;
  const run = source.kind === 'run' ? source.run : source.study.baseline;
  const study = source.kind === 'study' ? source.study : null;
  const advice = { replications: replicationAdviceTable(run, { keys: KPI_KEYS, target: options.precision }), warmup: warmupAdvice(run) };
  const crn = study ? t('report.crn.study', { cases: text.fmt.number(study.cases.length + 1, 0) }) : t('report.crn.run');
  const partial = { source, options, text, run, study, advice };
  const tables: ReportTables = {
    parameters: parametersTable(run, text),
    settings: settingsTable(run, advice, crn, text),
    kpis: kpiTable(run, text, KPI_KEYS, 'table-kpis', t(study ? 'report.table.kpisBaseline' : 'report.table.kpis')),
    variants: study && study.cases.some((c) => c.kind === 'variant') ? variantsTable(study, text) : null,
    comparison: study && study.cases.some((c) => c.kind === 'variant') ? comparisonTable(study, text) : null,
    sweeps: study ? study.sweeps.map((s) => sweepTable(study, s, options.kpi, text)) : [],
    tornado: study ? tornadoReportTable(study, options.kpi, text) : null,
    advice: adviceTable(run, advice.replications, text),
    stress: stressTable(partial),
    cases: study && study.cases.length > 0 ? casesTable(study, text) : null,
    allMetrics: allMetricsTable(run, text),
    welch: advice.warmup ? welchTable(advice.warmup, text) : null,
    digests: study ? digestsTable(study, text) : null,
  };
  const name = study ? study.name : run.scenario.name;
  return { ...partial, title: t(study ? 'report.title.study' : 'report.title.run', { name }), tables };
}

/** Every table in the order of the document: the workbook's sheets. */
export function reportTables(m: ReportModel): ReportTable[] {
  const x = m.tables;
  return [x.settings, x.kpis, x.variants, x.comparison, ...x.sweeps, x.tornado, x.advice, x.parameters, x.stress, x.cases, x.allMetrics, x.welch, x.digests].filter((t): t is ReportTable => t !== null);
}
