import { renderToStaticMarkup } from 'react-dom/server';
import { REPORT_CSS } from './report-css';
import { ReportDocument } from './ReportDocument';
import { buildReport, type ReportOptions, type ReportSource } from './report-model';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The report as one self-contained HTML file: the style sheet inline, every chart and the
 * pathway as inline SVG, no scripts, images or links to load. It prints to PDF from any
 * browser (A4, page breaks before the long sections).
 */
export function reportHtml(source: ReportSource, options: ReportOptions): string {
  const model = buildReport(source, options);
  // The pathway diagram renders inside its own I18nProvider, which sets <html lang> as it
  // renders; the app's page keeps its own.
  const lang = typeof document !== 'undefined' ? document.documentElement.lang : null;
  let body: string;
  try {
    body = renderToStaticMarkup(<ReportDocument m={model} />);
  } finally {
    if (lang !== null) document.documentElement.lang = lang;
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.lang === 'nb' ? 'nb' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<meta name="generator" content="Kapasim ${escape(options.version)}"/>`,
    `<title>${escape(model.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
