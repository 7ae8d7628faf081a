/**
 * The report's tables as data, written once and drawn twice: as HTML in the report (numbers in
 * the planner's locale, with units) and as sheets of the XLSX workbook (numbers at full
 * precision, formatted by Excel). Shares stay shares; costs stay NOK.
 */
import type { MetricUnit } from '../results/metric-units';

/** How a number is shown: a metric's unit, a whole count, a share as %, days, or a plain number. */
export type CellUnit = MetricUnit | 'count' | 'percent' | 'number';

export type Cell =
  /** `todo`: a placeholder the planner completes (highlighted in the report). */
  | { kind: 'text'; text: string; todo?: boolean }
  /** `signed`: a difference, with its sign; `magnitude`: a size of a difference, without one. Both put shares in percentage points. */
  | { kind: 'num'; value: number | null; unit: CellUnit; signed?: boolean; magnitude?: boolean }
  /** A 95 % CI: one cell in HTML ("29.8–32.6"), two columns (low, high) in the workbook. */
  | { kind: 'range'; lo: number | null; hi: number | null; unit: CellUnit; signed?: boolean };

export interface Column {
  header: string;
  /** A column of ranges: split in two in the workbook. */
  range?: boolean;
  /** Right-aligned (numbers). */
  num?: boolean;
}

export interface ReportTable {
  /** Stable id: the HTML table's id, for tests and links. */
  id: string;
  title: string;
  /** The workbook sheet's name (at most 31 characters; made unique when written). */
  sheet: string;
  columns: Column[];
  rows: Cell[][];
  note?: string;
  /**
   * In HTML, this column's value heads a group of rows instead of repeating in each (the
   * workbook keeps the column, so every row stands on its own).
   */
  groupBy?: number;
}

export const text = (s: string | null | undefined): Cell => ({ kind: 'text', text: s ?? '' });
export const magnitude = (value: number | null | undefined, unit: CellUnit): Cell => ({ kind: 'num', value: value ?? null, unit, magnitude: true });
export const todo = (s: string): Cell => ({ kind: 'text', text: s, todo: true });
export const num = (value: number | null | undefined, unit: CellUnit, signed = false): Cell => ({ kind: 'num', value: value ?? null, unit, ...(signed ? { signed } : {}) });
export const range = (ci: readonly [number, number] | null | undefined, unit: CellUnit, signed = false): Cell => ({ kind: 'range', lo: ci?.[0] ?? null, hi: ci?.[1] ?? null, unit, ...(signed ? { signed } : {}) });
