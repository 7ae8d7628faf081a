/**
 * Studies run and compared: 2-D sweeps in study files, runStudy (cases against the baseline
 * run-count and warm-up advice. See docs/studies.md.
 */
export * from './types';
export { validateStudySpec, expandStudySpec, baselineCase, type StudySpec, type SweepSpec, type SweepBy } from './spec';
export { runStudy, DEFAULT_CASE_SERIES, type CaseRunner, type RunStudyOptions } from './run-study';
export { valueAt, isCountPath, isSharePath } from './paths';
export { caseRows, fullComparison, sweepLine, sweepGrid, type CaseRow, type KpiCell, type SweepLine, type SweepGrid, type SweepPointRow } from './tables';
export { replicationAdviceTable, warmupAdvice, DEFAULT_PRECISION, type ReplicationAdviceRow, type WarmupAdvice } from './advice';
