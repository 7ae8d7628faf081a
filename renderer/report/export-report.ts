import { exportBytes, saveTextFile } from '../desktop/files';
import { exportFileName } from '../export/file-names';
import type { ReportOptions, ReportSource } from './report-model';

function baseName(source: ReportSource): string {
  return source.kind === 'run' ? source.run.scenario.name : source.study.name;
}

/** Writes the report as one HTML file (a download in a browser, the save dialog in the desktop app). */
export async function exportReportHtml(source: ReportSource, options: ReportOptions): Promise<{ path: string } | null> {
  // The string renderer and the report's components load on the first export, not with the app.
  const { reportHtml } = await import('./report-html');
  return saveTextFile('html', exportFileName(baseName(source), 'report', 'html'), reportHtml(source, options));
}

/** Writes every table of the report as one XLSX workbook (exceljs is loaded here, on demand). */
export async function exportReportXlsx(source: ReportSource, options: ReportOptions): Promise<{ path: string } | null> {
  const [{ buildReport }, { reportWorkbook }] = await Promise.all([import('./report-model'), import('./report-xlsx')]);
  const bytes = await reportWorkbook(buildReport(source, options));
  return exportBytes('xlsx', exportFileName(baseName(source), 'tables', 'xlsx'), bytes);
}
