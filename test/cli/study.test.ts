import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allMetricKeys } from '../../sim/metrics/keys';
import type { Scenario } from '../../sim/scenario/types';
import type { StudyResult } from '../../sim/study/types';
import { STUDY_CSV_COLUMNS } from '../../cli/format-study-csv';
import { runCli, STACK_LINE, tempDir, writeSmallScenario } from './helpers';

/** A small study of the shortened M/M/20 case: 3 replications, 400 days. */
function smallStudy(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'kapasim/study@1',
    name: 'Small study',
    baseline: { file: 'small.kapasim.json' },
    variants: [
      { name: 'same numbers', changes: { description: 'only the text differs' } },
      { name: 'more beds', changes: { 'services.ward.beds': 22 } },
    ],
    sweeps: [
      { path: 'services.ward.beds', values: [19, 21], name: 'Beds' },
      { path: 'services.ward.beds', values: [20, 22], by: { path: 'referrals.perYear', values: [6000, 6570] } },
    ],
    ...extra,
  };
}

/** Splits one RFC 4180 line into its fields (quotes and doubled quotes undone). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(field), (field = '');
    else field += ch;
  }
  out.push(field);
  return out;
}

function writeStudy(dir: string, study: Record<string, unknown>, name = 'small.kapasim-study.json'): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(study, null, 2));
  return path;
}

describe('kapasim study', () => {
  let dir: string;
  let studyPath: string;
  let json: StudyResult;

  beforeAll(async () => {
    dir = tempDir();
    writeSmallScenario(dir);
    studyPath = writeStudy(dir, smallStudy());
    const out = await runCli(['study', studyPath, '--format', 'json', '--workers', '2']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    json = JSON.parse(out.stdout) as StudyResult;
  });

  it('--format json: the study result, every case paired with the baseline', () => {
    expect(json.schema).toBe('kapasim/study-result@1');
    expect(json.name).toBe('Small study');
    expect(json.replications).toBe(3);
    expect(json.seed).toBe(1);
    // 2 variants, a 1-D sweep of 2 and a 2 × 2 grid.
    expect(json.cases.map((c) => c.kind)).toEqual(['variant', 'variant', 'sweep', 'sweep', 'sweep', 'sweep', 'sweep', 'sweep']);
    expect(json.cases.every((c) => c.paired && c.run.seed === 1 && c.run.replications === 3)).toBe(true);
    const same = json.cases[0]!;
    expect(same.run.digest).toBe(json.baseline.digest);
    expect(same.comparison.meanWaitDays!.difference.mean).toBe(0);
    expect(same.comparison.meanWaitDays!.difference.ci95).toEqual([0, 0]);
    expect(json.cases[1]!.comparison.meanWaitDays!.difference.mean!).toBeLessThan(0); // more beds, shorter waits
    expect(json.sweeps.map((s) => [s.name, s.values, s.by?.values ?? null, s.caseIndices])).toEqual([
      ['Beds', [19, 21], null, [2, 3]],
      ['services.ward.beds', [20, 22], [6000, 6570], [4, 5, 6, 7]],
    ]);
    expect(json.cases[5]!.changes).toEqual({ 'services.ward.beds': 20, 'referrals.perYear': 6570 });
    expect(json.cases[5]!.run.scenario.referrals.perYear).toBe(6570);
    expect(json.advice.replications.length).toBeGreaterThan(0);
  });

  it('gives the same numbers with 1 worker as with 2', async () => {
    const out = await runCli(['study', studyPath, '--format', 'json', '--workers', '1']);
    expect(out.code).toBe(0);
    const one = JSON.parse(out.stdout) as StudyResult;
    expect(one.cases.map((c) => c.run.digest)).toEqual(json.cases.map((c) => c.run.digest));
    expect(one.baseline.digest).toBe(json.baseline.digest);
  });

  it('--format table: per key result the variants with difference, CI and verdict; sweeps; advice', async () => {
    const out = await runCli(['study', studyPath, '--workers', '2']);
    expect(out.code).toBe(0);
    const text = out.stdout;
    expect(text).toContain('Study:     Small study');
    expect(text).toContain("every case ran with the baseline's seed 1 and 3 replications");
    expect(text).toContain('  2. more beds: services.ward.beds 20 → 22');
    const block = text.slice(text.indexOf('Wait, referral to first treatment: mean (days)'));
    const rows = block.split('\n').slice(2, 6);
    expect(rows[0]).toMatch(/^Case\s+Mean\s+95 % CI\s+Difference\s+95 % CI of difference\s+Verdict$/);
    expect(rows[2]).toMatch(/^baseline\s+\d/);
    // The variant equal to the baseline: a difference of exactly 0 with CI 0 – 0.
    expect(rows[3]).toMatch(/^1\. same numbers\s+[\d.]+\s+[\d.]+ – [\d.]+\s+0\.00\s+0\.00 – 0\.00\s+no clear difference$/);
    expect(text).toMatch(/Sweep 1: Beds \(services\.ward\.beds\)/);
    expect(text).toMatch(/Beds →\s+20 \(baseline\)\s+19\s+21/);
    expect(text).toMatch(/Sweep 2: services\.ward\.beds \(services\.ward\.beds\) × referrals\.perYear/);
    expect(text).toMatch(/referrals\.perYear ↓ {2}services\.ward\.beds →\s+20\s+22/);
    expect(text).toContain('Run-count advice');
    expect(text).toContain('Warm-up (Welch');
    expect(text).toContain(`Baseline digest: ${json.baseline.digest}`);
  });

  it('--format csv: one row per case × metric, the same numbers as the JSON', async () => {
    const out = await runCli(['study', studyPath, '--format', 'csv']);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(STUDY_CSV_COLUMNS.join(','));
    const rows = lines.slice(1).map(csvFields);
    for (const r of rows) expect(r).toHaveLength(STUDY_CSV_COLUMNS.length);
    const keys = allMetricKeys(JSON.parse(readFileSync(join(dir, 'small.kapasim.json'), 'utf8')) as Scenario);
    expect(lines).toHaveLength(1 + (1 + json.cases.length) * keys.length);
    const col = (name: string) => STUDY_CSV_COLUMNS.indexOf(name as (typeof STUDY_CSV_COLUMNS)[number]);
    const row = rows.find((r) => r[0] === '1' && r[col('metric')] === 'meanWaitDays')!;
    expect(row.slice(0, 3)).toEqual(['1', 'variant', 'more beds']);
    expect(JSON.parse(row[col('changes')]!)).toEqual({ 'services.ward.beds': 22 });
    expect(Number(row[col('mean')])).toBe(json.cases[1]!.run.metrics.meanWaitDays!.mean);
    expect(Number(row[col('difference')])).toBe(json.cases[1]!.comparison.meanWaitDays!.difference.mean);
    expect(row[col('paired')]).toBe('true');
    const grid = rows.find((r) => r[0] === '5')!;
    expect(grid[col('name')]).toBe('services.ward.beds = 20, referrals.perYear = 6570');
    expect(grid.slice(col('sweep_path'), col('by_value') + 1)).toEqual(['services.ward.beds', '20', 'referrals.perYear', '6570']);
    expect(rows[0]!.slice(0, 3)).toEqual(['baseline', 'baseline', 'baseline']);
    expect(rows[0]![col('difference')]).toBe('');
  });

  it('--format xlsx: one workbook with a sheet per table and the same numbers as the JSON', async () => {
    const target = join(dir, 'study.xlsx');
    const out = await runCli(['study', studyPath, '--format', 'xlsx', '--out', target]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`wrote ${target}`);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(target) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', 'Cases', 'Differences', 'Sweep 1 Beds', 'Sweep 2 services.ward.beds', 'Advice', 'All metrics']);
    const cases = wb.getWorksheet('Cases')!;
    const header = (cases.getRow(1).values as unknown[]).slice(1);
    const meanCol = header.indexOf('Mean wait (days): mean') + 1;
    expect(meanCol).toBeGreaterThan(0);
    expect(cases.getRow(2).getCell(1).value).toBe('baseline');
    expect(cases.getRow(2).getCell(meanCol).value).toBe(json.baseline.metrics.meanWaitDays!.mean);
    expect(cases.getRow(4).getCell(3).value).toBe('more beds');
    expect(cases.getRow(4).getCell(meanCol).value).toBe(json.cases[1]!.run.metrics.meanWaitDays!.mean);
    const diffs = wb.getWorksheet('Differences')!;
    const d = diffs.getSheetValues().find((r) => Array.isArray(r) && r[3] === 'more beds' && r[4] === 'meanWaitDays') as unknown[];
    expect(d[9]).toBe(json.cases[1]!.comparison.meanWaitDays!.difference.mean);
    expect(d[13]).toBe('better');
    const all = wb.getWorksheet('All metrics')!;
    expect(all.rowCount).toBe(1 + (1 + json.cases.length) * Object.keys(json.baseline.metrics).length);
    expect(wb.getWorksheet('About')!.getRow(2).getCell(2).value).toBe('Small study');
  });

  it('--format xlsx without --out is refused before anything runs', async () => {
    const out = await runCli(['study', studyPath, '--format', 'xlsx']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--format xlsx writes a binary workbook');
    expect(out.stdout).toBe('');
  });

  it('bad study inputs exit 2 and name the file and the path of each problem', async () => {
    const bad = async (study: Record<string, unknown>): Promise<string> => {
      const path = writeStudy(dir, study, 'bad.kapasim-study.json');
      const out = await runCli(['study', path]);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).not.toMatch(STACK_LINE);
      expect(out.stderr).toContain('bad.kapasim-study.json is not a valid study');
      return out.stderr;
    };
    expect(await bad(smallStudy({ variants: [{ name: 'typo', changes: { 'services.wrad.beds': 22 } }] }))).toMatch(
      /bad\.kapasim-study\.json: services\.wrad\.beds: variant "typo" \(variants\[0\]\): unknown path: no service has the id "wrad"; did you mean "ward"\?/,
    );
    expect(await bad(smallStudy({ variants: [{ name: 'negative', changes: { 'services.ward.beds': -3 } }] }))).toMatch(/bad\.kapasim-study\.json: services\.ward\.beds: variant "negative" \(variants\[0\]\): must be a whole number ≥ 0/);
    expect(await bad(smallStudy({ sweeps: [{ path: 'services.ward.beds', values: [20], by: { path: 'seed', values: [1] } }] }))).toMatch(/bad\.kapasim-study\.json: sweeps\[0\]\.by\.path: "seed" cannot be changed/);
    expect(await bad(smallStudy({ sweeps: [{ path: 'services.ward.beds', values: [20], by: { path: 'referrals.perYear', values: [-1] } }] }))).toMatch(
      /bad\.kapasim-study\.json: referrals\.perYear: sweep services\.ward\.beds × referrals\.perYear = 20 × -1 \(sweeps\[0\]\): must be/,
    );
    expect(await bad(smallStudy({ baseline: { file: 'nowhere.kapasim.json' } }))).toMatch(/baseline\.file "nowhere\.kapasim\.json": cannot read .*nowhere\.kapasim\.json: no such file/);
    expect(await bad(smallStudy({ schema: 'kapasim/scenario@1' }))).toMatch(/bad\.kapasim-study\.json: schema: /);
    const syntax = join(dir, 'syntax.kapasim-study.json');
    writeFileSync(syntax, '{"schema": "kapasim/study@1",');
    const out = await runCli(['study', syntax]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/syntax\.kapasim-study\.json: .*line 1/);
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);
  });

  it('validate accepts a study with a 2-D sweep and reports a bad "by" at its path', async () => {
    const ok = await runCli(['validate', studyPath]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('OK  ');
    const path = writeStudy(dir, smallStudy({ sweeps: [{ path: 'services.ward.beds', values: [20], by: { path: 'services.ward.beds', values: [1] } }] }), 'same-path.kapasim-study.json');
    const bad = await runCli(['validate', path]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/same-path\.kapasim-study\.json: sweeps\[0\]\.by\.path: could not be applied \("by" names the sweep's own path/);
  });
});
