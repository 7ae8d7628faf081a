import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StudyResult } from '../../../sim';
import { parameterRows, formatParameter } from '../../../renderer/report/parameters';
import { reportSections } from '../../../renderer/report/ReportDocument';
import { reportHtml } from '../../../renderer/report/report-html';
import { buildReport, reportTables, type ReportOptions } from '../../../renderer/report/report-model';
import { reportWorkbook, sheetName } from '../../../renderer/report/report-xlsx';
import { STRESS_ITEMS } from '../../../renderer/report/stress-des';
import { scenarioDigest } from '../../../renderer/report/scenario-digest';
import { parseXml, type XmlElement } from '../export/xml';
import { plain, runOf, textFor } from '../results/support';
import { loadStudyJson, smallDefault, smallStudy } from '../study/support';

let study: StudyResult;
beforeAll(async () => {
  study = await smallStudy();
});

const options = (over: Partial<ReportOptions> = {}): ReportOptions => ({
  lang: 'en',
  purpose: 'Should the trust close 15 % of its beds?\n\nA board paper.',
  precision: 0.05,
  kpi: 'meanWaitDays',
  date: new Date(2026, 10, 23),
  version: '0.1.0',
  ...over,
});

/** The report parsed as XML (the HTML is written well-formed), with every element and the text of the document. */
function parse(html: string): { elements: XmlElement[]; byId(id: string): XmlElement | undefined; text: string } {
  expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
  const { root, elements } = parseXml(html.replace(/^<!DOCTYPE html>\n/, ''));
  expect(root.name).toBe('html');
  const text = elements.map((e) => e.text).join(' ');
  return { elements, byId: (id) => elements.find((e) => e.attrs.id === id), text };
}

describe('the parameters with their provenance notes', () => {
  it('lists every parameter of the scenario once, by change path, with its note', () => {
    const s = smallDefault();
    const rows = parameterRows(s);
    const paths = rows.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const key of Object.keys(s.notes ?? {})) expect(paths).toContain(key);
    expect(rows.find((r) => r.path === 'services.long.beds')).toMatchObject({ value: 88, note: s.notes!['services.long.beds'] });
    expect(rows.find((r) => r.path === 'services.long.stayDays')!.value).toEqual(s.services.find((x) => x.id === 'long')!.stayDays);
    expect(paths).toContain('groups.youth.entry.short');
    expect(paths).not.toContain('schema');
    expect(paths.some((p) => p.startsWith('notes'))).toBe(false);
  });
  it('takes a service’s own notes, and keeps notes on paths without a value', () => {
    const s = smallDefault();
    s.services[0]!.notes = { beds: 'from the 2025 bed census' };
    s.notes = { ...s.notes, 'services.detox.beds': undefined as unknown as string, 'relapse.somethingElse': 'kept' };
    delete s.notes['services.detox.beds'];
    const rows = parameterRows(s);
    expect(rows.find((r) => r.path === 'services.detox.beds')!.note).toBe('from the 2025 bed census');
    expect(rows.find((r) => r.path === 'relapse.somethingElse')).toEqual({ path: 'relapse.somethingElse', value: undefined, hasValue: false, note: 'kept' });
  });
  it('shows values in the report’s language: distributions in one line, null as none', () => {
    const nb = textFor('nb');
    expect(formatParameter({ dist: 'lognormal', mean: 180, sd: 90 }, textFor('en'))).toBe('Lognormal · mean 180 · sd 90 days');
    expect(formatParameter(0.135, nb)).toBe('0,135');
    expect(formatParameter(null, nb)).toBe('ingen');
    expect(formatParameter([1, 1.2], nb)).toBe('1; 1,2');
    expect(formatParameter(20261123, nb, 'seed')).toBe('20261123');
    expect(formatParameter(20261123, nb, 'referrals.perYear')).toMatch(/^20\s261\s123$/);
  });
});

describe('the study report as HTML', () => {
  it('holds every section, in order, with its heading', () => {
    const m = buildReport({ kind: 'study', study }, options());
    const ids = reportSections(m);
    expect(ids).toEqual(['purpose', 'pathway', 'experiment', 'results', 'comparison', 'charts', 'advice', 'parameters', 'stress-des', 'versions', 'appendix']);
    const doc = parse(reportHtml({ kind: 'study', study }, options()));
    const sections = doc.elements.filter((e) => e.name === 'section').map((e) => e.attrs.id);
    expect(sections).toEqual(ids);
    const headings = doc.elements.filter((e) => e.name === 'h2').map((e) => e.text);
    expect(headings).toEqual(['1. Purpose', '2. The patient pathway', '3. Experiment settings', '4. Key results', '5. Variants compared with the baseline', '6. Charts', '7. Run-count and warm-up advice', '8. Parameters and their sources', '9. STRESS-DES reporting checklist', '10. Versions and digests', '11. Appendix: all figures']);
  });
  it('is self-contained: no scripts, no links, no resources to load; style and charts inline', () => {
    const html = reportHtml({ kind: 'study', study }, options());
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?https?:/i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    // Only references inside the document (the pathway's arrow heads and hatching).
    expect(html).not.toMatch(/url\((?!#)|@import/i);
    const doc = parse(html);
    expect(doc.elements.filter((e) => e.name === 'style')).toHaveLength(1);
    expect(doc.elements.find((e) => e.name === 'meta' && e.attrs.charset)?.attrs.charset).toBe('utf-8');
    const svgs = doc.elements.filter((e) => e.name === 'svg');
    expect(svgs.every((s) => s.attrs.xmlns === 'http://www.w3.org/2000/svg')).toBe(true);
    // The pathway, a difference chart per key figure, a chart per sweep, the tornado and Welch's plot.
    expect(doc.elements.some((e) => e.attrs['data-testid'] === 'pathway-diagram')).toBe(true);
    expect(svgs.length).toBe(1 + 8 + 2 + 1 + 1);
    expect(html).toMatch(/@media print/);
    expect(html).toMatch(/break-before: page/);
  });
  it('states the purpose, the experiment settings, every parameter with its note, and the comparison', () => {
    const doc = parse(reportHtml({ kind: 'study', study }, options()));
    expect(doc.elements.filter((e) => e.attrs.class === 'purpose').map((e) => e.text)).toEqual(['Should the trust close 15 % of its beds?', 'A board paper.']);
    const settings = plain(doc.byId('table-settings') ? doc.elements.slice(doc.elements.indexOf(doc.byId('table-settings')!)).slice(0, 60).map((e) => e.text).join(' ') : '');
    expect(settings).toMatch(/Run length 730 days/);
    expect(settings).toMatch(/Warm-up 180 days/);
    expect(settings).toMatch(/Welch’s method on this run/);
    expect(settings).toMatch(/Replications 3/);
    expect(settings).toMatch(/Advised for ±5 % of the mean on every key figure: [\d,]+, the most for [A-Z]/);
    expect(settings).toMatch(/Seed 20261123/);
    expect(settings).toMatch(/Common random numbers Yes: all 16 cases, the baseline included/);
    for (const r of parameterRows(study.baseline.scenario)) expect(doc.text).toContain(r.path);
    for (const note of Object.values(study.baseline.scenario.notes ?? {})) expect(doc.text).toContain(note);
    for (const c of study.cases.filter((x) => x.kind === 'variant')) expect(doc.text).toContain(c.name);
    expect(doc.byId('table-comparison')).toBeDefined();
    expect(doc.byId('table-sweep-0')).toBeDefined();
    expect(doc.byId('table-sweep-1')).toBeDefined();
    expect(doc.byId('table-tornado')).toBeDefined();
    expect(doc.text).toMatch(/(Clearly better|Clearly worse|No clear difference)/);
  });
  it('fills the STRESS-DES checklist from the scenario, with marked placeholders for the planner', () => {
    const doc = parse(reportHtml({ kind: 'study', study }, options({ scenarioDigest: scenarioDigest(study.baseline.scenario) })));
    const start = doc.elements.indexOf(doc.byId('table-stress-des')!);
    const end = doc.elements.findIndex((e, i) => i > start && (e.name === 'table' || e.name === 'section'));
    const rows = doc.elements.slice(start, end).filter((e) => e.name === 'tr').length;
    expect(rows).toBe(STRESS_ITEMS.length + 1);
    for (const item of STRESS_ITEMS) expect(doc.text).toContain(`${item} `);
    const todos = doc.elements.filter((e) => e.attrs.class === 'todo').map((e) => e.text);
    expect(todos.length).toBeGreaterThanOrEqual(4);
    expect(todos.every((t) => /\[To complete: /.test(t))).toBe(true);
    expect(doc.text).toContain('Should the trust close 15 % of its beds?');
    expect(doc.text).toMatch(/Long-term \(6–12 months\): beds: 88 → 72/);
  });
  it('gives the app version, the engine version and every digest', () => {
    const digest = scenarioDigest(study.baseline.scenario);
    const doc = parse(reportHtml({ kind: 'study', study }, options({ scenarioDigest: digest })));
    expect(doc.text).toContain('Kapasim 0.1.0');
    expect(doc.text).toContain(study.engineVersion);
    expect(doc.text).toContain(digest);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.text).toContain(study.baseline.digest);
    for (const c of study.cases) expect(doc.text).toContain(c.run.digest);
  });
  it('is written in Norwegian when asked, with decimal commas', () => {
    const doc = parse(reportHtml({ kind: 'study', study }, options({ lang: 'nb' })));
    expect(doc.elements[0]!.attrs.lang).toBe('nb');
    const headings = doc.elements.filter((e) => e.name === 'h2').map((e) => e.text);
    expect(headings[0]).toBe('1. Formål');
    expect(headings).toContain('9. Sjekkliste for rapportering (STRESS-DES)');
    expect(doc.text).toMatch(/\d,\d dager/);
    expect(doc.text).toContain('[Fyll ut: ');
  });
});

describe('the run report as HTML', () => {
  it('holds the run’s sections without a comparison, its charts and its advice', () => {
    const run = runOf(smallDefault());
    const doc = parse(reportHtml({ kind: 'run', run }, options({ purpose: '' })));
    expect(doc.elements.filter((e) => e.name === 'section').map((e) => e.attrs.id)).toEqual(['purpose', 'pathway', 'experiment', 'results', 'charts', 'advice', 'parameters', 'stress-des', 'versions', 'appendix']);
    expect(doc.text).toContain('[Purpose to be completed.]');
    expect(doc.text).toContain('[To complete: the purpose of the model.]');
    // The pathway, four weekly series, the wait histogram and Welch's plot.
    expect(doc.elements.filter((e) => e.name === 'svg')).toHaveLength(1 + 4 + 1 + 1);
    const kpis = doc.elements.slice(doc.elements.indexOf(doc.byId('table-kpis')!)).filter((e) => e.name === 'tbody')[0];
    expect(kpis).toBeDefined();
    expect(plain(doc.text)).toMatch(/Mean wait to first treatment \d+\.\d days \d+\.\d–\d+\.\d/);
  });
});

describe('the tables as an XLSX workbook', () => {
  it('writes one sheet per table after an About sheet, with the same numbers as the study result', async () => {
    const m = buildReport({ kind: 'study', study }, options());
    const bytes = await reportWorkbook(m);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    const tables = reportTables(m);
    expect(names).toEqual(['About', ...tables.map((t) => t.sheet)]);
    expect(names).toEqual(expect.arrayContaining(['Settings', 'Key figures', 'Variants', 'Comparison', 'Sweep 1', 'Sweep 2', 'Tornado', 'Run-count advice', 'Parameters', 'STRESS-DES', 'Cases', 'All figures', 'Warm-up (Welch)', 'Digests']));

    // Key figures: title, header (the CI split in low and high), then a row per KPI at full precision.
    const kpis = wb.getWorksheet('Key figures')!;
    expect(kpis.getRow(2).values).toEqual([undefined, 'Metric', 'Mean', '95\u00a0% CI (low)', '95\u00a0% CI (high)', 'SD', 'n']);
    const wait = study.baseline.metrics.meanWaitDays!;
    expect(kpis.getRow(3).getCell(1).value).toBe('Mean wait to first treatment');
    expect(kpis.getRow(3).getCell(2).value).toBe(wait.mean);
    expect(kpis.getRow(3).getCell(3).value).toBe(wait.ci95![0]);
    expect(kpis.getRow(3).getCell(4).value).toBe(wait.ci95![1]);
    expect(kpis.getRow(3).getCell(2).numFmt).toBe('0.0');

    // Comparison: the first variant's paired difference in mean wait, as in the study result.
    const cmp = wb.getWorksheet('Comparison')!;
    const first = study.cases[0]!;
    const row = cmp.getRow(3);
    expect(row.getCell(1).value).toBe(first.name);
    expect(row.getCell(5).value).toBe(first.comparison.meanWaitDays!.difference.mean);
    expect([row.getCell(6).value, row.getCell(7).value]).toEqual(first.comparison.meanWaitDays!.difference.ci95);
    const share = [...Array(cmp.rowCount).keys()].map((i) => cmp.getRow(i + 1)).find((r) => r.getCell(2).value === 'Deadline breaches')!;
    expect(share.getCell(3).numFmt).toBe('0.0%');

    const digests = wb.getWorksheet('Digests')!;
    expect(digests.getRow(3).getCell(2).value).toBe(study.baseline.digest);
    expect(wb.getWorksheet('About')!.getRow(3).getCell(2).value).toBe(m.options.purpose);
  });
  it('keeps sheet names within Excel’s rules', () => {
    expect(sheetName([], 'a/b:c*d?[e]')).toBe('a-b-c-d--e-');
    expect(sheetName([], 'x'.repeat(40))).toHaveLength(31);
    expect(sheetName(['Sweep 1'], 'sweep 1')).toBe('sweep 1 (2)');
  });
  it('writes the run’s workbook in Norwegian', async () => {
    const run = runOf(smallDefault());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await reportWorkbook(buildReport({ kind: 'run', run }, options({ lang: 'nb' })))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om', 'Oppsett', 'Nøkkeltall', 'Replikasjonsråd', 'Parametre', 'STRESS-DES', 'Alle tall', 'Oppvarming (Welch)']);
  });
});

describe('the shipped study', () => {
  it('is a study the report can name', () => {
    expect(loadStudyJson('fewer-beds-stronger-outpatient.kapasim-study.json').name).toBe('Fewer beds, stronger outpatient care');
  });
});

describe('cells as the report writes them', () => {
  it('writes values with units, CIs clamped to what the quantity can be, differences signed and swings unsigned in percentage points', async () => {
    const { formatCell } = await import('../../../renderer/report/format-cell');
    const { magnitude, num, range } = await import('../../../renderer/report/cells');
    const en = textFor('en');
    expect(plain(formatCell(num(0.123, 'share'), en))).toBe('12.3 %');
    expect(plain(formatCell(num(-0.012, 'share', true), en))).toBe('\u22121.2 percentage points');
    expect(plain(formatCell(magnitude(0.011, 'share'), en))).toBe('1.1 percentage points');
    expect(plain(formatCell(magnitude(2.5, 'days'), en))).toBe('2.5 days');
    expect(plain(formatCell(range([-254, 717], 'bedDaysPerYear'), en))).toBe('0–717');
    expect(plain(formatCell(range([-254, 717], 'bedDaysPerYear', true), en))).toBe('\u2212254 to +717');
    expect(plain(formatCell(num(0.05, 'percent'), textFor('nb')))).toBe('5,0 %');
    expect(formatCell(num(null, 'days'), en)).toBe('–');
  });
});
