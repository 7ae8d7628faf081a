/**
 * Studies run and compared: 2-D sweeps in study files, runStudy (cases against the baseline
 * over common random numbers), tornado sensitivity, views for tables and charts, and
 * run-count and warm-up advice. See docs/studies.md.
 */
export * from './types';
export { validateStudySpec, expandStudySpec, baselineCase, type StudySpec, type SweepSpec, type SweepBy } from './spec';
export { runStudy, DEFAULT_CASE_SERIES, type CaseRunner, type RunStudyOptions } from './run-study';
export { tornadoCases, tornadoTable, type TornadoArm, type TornadoRow, type TornadoTable } from './tornado';
export { valueAt, isCountPath, isSharePath } from './paths';
export { caseRows, fullComparison, sweepLine, sweepGrid, type CaseRow, type KpiCell, type SweepLine, type SweepGrid, type SweepPointRow } from './tables';
export { replicationAdviceTable, warmupAdvice, DEFAULT_PRECISION, type ReplicationAdviceRow, type WarmupAdvice } from './advice';
