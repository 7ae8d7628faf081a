import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../sim/scenario/issues';
import { expandStudy, validateStudy } from '../../../sim/scenario/study';
import { expandStudySpec, validateStudySpec, type StudySpec } from '../../../sim/study/spec';
import { smallDefault } from './helpers';

const gridStudy = (by: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  schema: 'kapasim/study@1',
  name: 'grid',
  baseline: { file: 'default.kapasim.json' },
  sweeps: [{ path: 'services.long.beds', values: [60, 90, 120], by, ...extra }],
});

function lines(r: { ok: boolean; issues?: { path: string; message: string }[] }): string[] {
  return (r.issues ?? []).map((i) => formatIssue(i as Parameters<typeof formatIssue>[0]));
}

describe('2-D sweeps', () => {
  it('expand to the full grid, the by values varying fastest, with both changes', () => {
    const v = validateStudySpec(gridStudy({ path: 'aftercare.places', values: [200, 300], name: 'Aftercare places' }, { name: 'Long-term beds' }));
    expect(v.ok, JSON.stringify(v)).toBe(true);
    if (!v.ok) return;
    const base = smallDefault(2);
    const cases = expandStudySpec(v.value, base);
    expect(cases.ok).toBe(true);
    if (!cases.ok) return;
    const grid = cases.value.slice(1);
    expect(grid).toHaveLength(6);
    expect(grid.map((c) => c.changes)).toEqual([
      { 'services.long.beds': 60, 'aftercare.places': 200 },
      { 'services.long.beds': 60, 'aftercare.places': 300 },
      { 'services.long.beds': 90, 'aftercare.places': 200 },
      { 'services.long.beds': 90, 'aftercare.places': 300 },
      { 'services.long.beds': 120, 'aftercare.places': 200 },
      { 'services.long.beds': 120, 'aftercare.places': 300 },
    ]);
    expect(grid[1]!.name).toBe('Long-term beds = 60, Aftercare places = 300');
    expect(grid[1]!.sweep).toEqual({ index: 0, name: 'Long-term beds', path: 'services.long.beds', value: 60, by: { name: 'Aftercare places', path: 'aftercare.places', value: 300 } });
    for (const c of grid) {
      expect(c.kind).toBe('sweep');
      expect(c.scenario.services.find((s) => s.id === 'long')!.beds).toBe(c.changes['services.long.beds']);
      expect(c.scenario.aftercare.places).toBe(c.changes['aftercare.places']);
      expect(c.scenario.seed).toBe(base.seed);
      expect(c.scenario.replications).toBe(base.replications);
    }
  });

  it('a study without by expands exactly as expandStudy does', () => {
    const input = {
      schema: 'kapasim/study@1',
      name: 'plain',
      baseline: { file: 'x.kapasim.json' },
      variants: [{ name: 'v', changes: { 'services.long.beds': 77 } }],
      sweeps: [{ path: 'aftercare.places', values: [100, 400], name: 'places' }],
    };
    const spec = validateStudySpec(input);
    const plain = validateStudy(input);
    expect(spec.ok && plain.ok).toBe(true);
    if (!spec.ok || !plain.ok) return;
    expect(spec.value).toEqual(plain.value);
    const base = smallDefault(2);
    const a = expandStudySpec(spec.value, base);
    const b = expandStudy(plain.value, base);
    if (!a.ok || !b.ok) throw new Error('both must expand');
    expect(a.value.map(({ kind, name, changes, scenario }) => ({ kind, name, changes, scenario }))).toEqual(b.value);
  });

  it('reports a bad by at its path', () => {
    const bad = (by: unknown): string[] => {
      const r = validateStudySpec(gridStudy(by));
      expect(r.ok).toBe(false);
      return lines(r as { ok: boolean; issues: { path: string; message: string }[] });
    };
    expect(bad(5)).toEqual([expect.stringMatching(/^sweeps\[0\]\.by: must be a sweep such as/)]);
    expect(bad({ path: 'aftercare.places', values: [1], step: 2 })).toEqual([expect.stringMatching(/^sweeps\[0\]\.by\.step: unknown field in a sweep/)]);
    expect(bad({ path: 'services.long.beds', values: [1] })).toEqual([expect.stringMatching(/^sweeps\[0\]\.by\.path: could not be applied \("by" names the sweep's own path/)]);
    expect(bad({ path: 'seed', values: [1] })[0]).toMatch(/^sweeps\[0\]\.by\.path: "seed" cannot be changed/);
    expect(bad({ path: 'aftercare.places' })).toEqual([expect.stringMatching(/^sweeps\[0\]\.by\.values: is required/)]);
    // 3 values × 334 would pass 1,000 cases.
    expect(bad({ path: 'aftercare.places', values: Array.from({ length: 334 }, (_, i) => i) })).toEqual([expect.stringMatching(/^sweeps\[0\]\.by\.values: must hold 1 to 333 values/)]);
  });

  it('checks an inline baseline and every grid point against it, once per case', () => {
    const baseline = smallDefault(2);
    const r = validateStudySpec({ ...gridStudy({ path: 'aftercare.places', values: [-1, 10] }), baseline });
    expect(r.ok).toBe(false);
    const l = lines(r as { ok: boolean; issues: { path: string; message: string }[] });
    expect(l).toHaveLength(3); // −1 with each of the 3 bed values
    expect(l[0]).toMatch(/^aftercare\.places: sweep services\.long\.beds × aftercare\.places = 60 × -1 \(sweeps\[0\]\): must be a whole number ≥ 0/);
    const badBase = validateStudySpec({ ...gridStudy({ path: 'aftercare.places', values: [10] }), baseline: { ...baseline, horizonDays: -5 } });
    expect(badBase.ok).toBe(false);
    expect(lines(badBase as { ok: boolean; issues: { path: string; message: string }[] })[0]).toMatch(/^baseline\.horizonDays: /);
    const good = validateStudySpec({ ...gridStudy({ path: 'aftercare.places', values: [10] }), baseline });
    expect(good.ok).toBe(true);
    if (good.ok) expect((good.value as StudySpec).baseline).toEqual(baseline);
  });

  it('keeps the issues of validateStudy for the rest of the file', () => {
    const r = validateStudySpec({ ...gridStudy({ path: 'aftercare.places', values: [1] }), variants: [{ name: 'baseline', changes: {} }] });
    expect(r.ok).toBe(false);
    expect(lines(r as { ok: boolean; issues: { path: string; message: string }[] })).toContain('variants[0].name: "baseline" is the name of the unchanged scenario (got "baseline")');
  });
});
