/**
 * The report's own style sheet, written into the file (no external resources): plain and
 * print-friendly, A4 with page breaks before the long sections, tables that repeat their
 * header on every page, and charts and table rows that are never cut in two.
 */
export const REPORT_CSS = `
:root { color: #1b1f24; background: #ffffff; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 14px; line-height: 1.45; }
body { margin: 0; }
.report { max-width: 190mm; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.6rem; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2rem; }
.meta, .muted, .note { color: #57606a; }
.note { font-size: 0.85rem; margin: 0.3rem 0 1rem; }
nav ol { columns: 2; margin: 0.5rem 0 1rem; padding-left: 1.5rem; }
.purpose { white-space: pre-wrap; }
.table-wrap { margin: 0.5rem 0 1.25rem; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.82rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 650; font-size: 0.95rem; padding: 0.3rem 0; caption-side: top; }
th, td { border-bottom: 1px solid #d0d7de; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; border-bottom: 2px solid #8c959f; vertical-align: bottom; }
tbody th { font-weight: 500; }
.num { text-align: right; }
.range { white-space: nowrap; }
/* Long texts: fixed columns, the text column widest, paths broken anywhere. */
#table-parameters, #table-stress-des, #table-settings, #table-variants, #table-digests { table-layout: fixed; }
#table-parameters th:nth-child(1) { width: 24%; overflow-wrap: anywhere; }
#table-parameters th:nth-child(2) { width: 16%; }
#table-parameters th:nth-child(3) { width: 18%; }
#table-stress-des th:nth-child(1) { width: 22%; }
#table-stress-des th:nth-child(2) { width: 28%; }
#table-settings th:nth-child(1) { width: 18%; }
#table-settings th:nth-child(2) { width: 24%; }
#table-variants th:nth-child(1), #table-digests th:nth-child(1) { width: 30%; }
#table-digests td { overflow-wrap: anywhere; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.75rem; }
tr.group th { background: #eef2f6; font-weight: 650; padding-top: 0.35rem; }
.todo { background: #fff8c5; font-style: italic; }
figure.chart { margin: 0.75rem 0 1.25rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #57606a; margin-top: 0.2rem; }
.warmup-warn { border-left: 4px solid #9a6700; background: #fff8e5; padding: 0.3rem 0.6rem; }
.warmup-ok { border-left: 4px solid #1a7f37; padding: 0.3rem 0.6rem; }
dl.versions { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.versions dt { color: #57606a; }
dl.versions dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.8rem; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  :root { font-size: 11pt; }
  .report { max-width: none; padding: 0; }
  .page-break { break-before: page; }
  h2, caption { break-after: avoid; }
  tr, figure.chart, dl.versions, .warmup-warn, .warmup-ok { break-inside: avoid; }
  tr.group { break-after: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  .todo { background: none; border: 1px dashed #9a6700; }
}
`;
