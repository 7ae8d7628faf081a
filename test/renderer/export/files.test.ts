import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../../renderer/export/file-names';
import { runFileName, runFileText } from '../../../renderer/export/run-file';
import { validateRunFile } from '../../../sim';
import { runOf, shortScenario } from '../results/support';

describe('file names', () => {
  it('come from the scenario name, Norwegian letters spelt out', () => {
    expect(slug('Færre senger, sterkere poliklinikk (Øst)')).toBe('faerre-senger-sterkere-poliklinikk-ost');
    expect(slug('   ')).toBe('scenario');
    expect(exportFileName('Baseline', 'waiting-list', 'svg')).toBe('baseline-waiting-list.svg');
    expect(exportFileName('Baseline', null, 'kapasim-run.json')).toBe('baseline.kapasim-run.json');
  });
});

describe('runFileText', () => {
  it('is the RunResult as pretty JSON that reads back as a valid run file', () => {
    const result = runOf(shortScenario());
    const text = runFileText(result);
    expect(text).toMatch(/^\{\n {2}"schema": "kapasim\/result@1",/);
    expect(JSON.parse(text)).toEqual(result);
    expect(validateRunFile(JSON.parse(text)).ok).toBe(true);
    expect(runFileName(result)).toBe('baseline.kapasim-run.json');
  });
});
