/**
 * Every table of the report as one XLSX workbook, one sheet per table, written with exceljs
 * (loaded on first use, so it does not weigh on the app's start). Numbers are stored at full
 * precision in their own unit (shares as shares, formatted as %; NOK as NOK); a 95 % CI takes
 * two columns, low and high.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ReportTable } from './cells';
import { EXCEL_FORMAT } from './format-cell';
import { reportTables, type ReportModel } from './report-model';

type Value = string | number | null;

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetName(taken: readonly string[], wanted: string): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.some((w) => w.toLowerCase() === name.toLowerCase()); i++) name = `${base.slice(0, 26)} (${i})`;
  return name;
}

function addTable(wb: Workbook, table: ReportTable, low: string, high: string): Worksheet {
  const ws = wb.addWorksheet(sheetName(wb.worksheets.map((w) => w.name), table.sheet), { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([table.title]).font = { bold: true, size: 12 };
  const headers = table.columns.flatMap((c) => (c.range ? [`${c.header} (${low})`, `${c.header} (${high})`] : [c.header]));
  ws.addRow(headers).font = { bold: true };
  const widths = headers.map((h) => Math.min(h.length, 40));
  for (const row of table.rows) {
    const values: Value[] = [];
    const formats: (string | undefined)[] = [];
    for (const cell of row) {
      if (cell.kind === 'text') {
        values.push(cell.text);
        formats.push(undefined);
      } else if (cell.kind === 'num') {
        values.push(cell.value !== null && Number.isFinite(cell.value) ? cell.value : null);
        formats.push(EXCEL_FORMAT[cell.unit]);
      } else {
        values.push(cell.lo, cell.hi);
        formats.push(EXCEL_FORMAT[cell.unit], EXCEL_FORMAT[cell.unit]);
      }
    }
    const r = ws.addRow(values);
    values.forEach((v, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Math.min(typeof v === 'string' ? v.length : 12, 60));
      const f = formats[i];
      if (f) r.getCell(i + 1).numFmt = f;
    });
  }
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = Math.max(10, w + 2);
  });
  if (table.note) {
    ws.addRow([]);
    ws.addRow([table.note]).font = { italic: true };
  }
  return ws;
}

function aboutSheet(wb: Workbook, m: ReportModel): void {
  const { t, fmt } = m.text;
  const ws = wb.addWorksheet(sheetName([], t('report.sheet.about')));
  const rows: [string, Value][] = [
    [t('report.about.title'), m.title],
    [t('report.section.purpose'), m.options.purpose],
    [t('results.info.scenario'), m.run.scenario.name],
    ...(m.study ? ([[t('report.about.study'), m.study.name], [t('report.about.cases'), m.study.cases.length]] as [string, Value][]) : []),
    [t('results.info.seed'), m.run.seed],
    [t('results.info.replications'), m.run.replications],
    [t('results.info.app'), `Kapasim ${m.options.version}`],
    [t('results.info.engine'), m.run.engineVersion],
    [t(m.study ? 'report.baselineDigest' : 'results.info.digest'), m.run.digest],
    ...(m.options.scenarioDigest ? ([[t('report.scenarioDigest'), m.options.scenarioDigest]] as [string, Value][]) : []),
    [t('report.generated'), fmt.date(m.options.date)],
  ];
  ws.addRow([t('report.col.setting'), t('report.col.value')]).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 90;
}

/** The workbook's bytes: an About sheet, then one sheet per table of the report, in its order. */
export async function reportWorkbook(m: ReportModel): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kapasim';
  wb.created = m.options.date;
  aboutSheet(wb, m);
  const low = m.text.t('report.low');
  const high = m.text.t('report.high');
  for (const table of reportTables(m)) addTable(wb, table, low, high);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
