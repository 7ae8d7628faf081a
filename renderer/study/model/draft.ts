/**
 * A study as the Study tab holds it while the planner edits: the current scenario is the
 * baseline, so only the variants, sweeps and one-at-a-time (tornado) settings live here.
 * Numbers are kept as typed (a text that is not a number stays, to be reported).
 */
import type { Parsed } from '../../editor/model/numbers';

export interface VariantDraft {
  /** A stable key for React and edits (not saved). */
  key: string;
  name: string;
  description: string;
  /** Change path → new value, against the baseline. */
  changes: Record<string, unknown>;
  notes?: Record<string, string>;
}

/** One dimension of a sweep: a change path and its values, as a range or a list. */
export interface DimensionDraft {
  path: string;
  /** Shown name; empty for the path's own label. */
  name: string;
  mode: 'range' | 'list';
  from: Parsed;
  to: Parsed;
  step: Parsed;
  /** Values separated by ";" (or "," in English), as typed. */
  list: string;
}

export interface SweepDraft {
  key: string;
  x: DimensionDraft;
  /** The second dimension of a 2-D sweep, or null. */
  by: DimensionDraft | null;
  description?: string;
  notes?: Record<string, string>;
}

/** One-at-a-time sensitivity: these numeric fields moved down and up by `percent` %. */
export interface TornadoDraft {
  paths: string[];
  percent: Parsed;
}

export interface StudyDraft {
  name: string;
  description: string;
  variants: VariantDraft[];
  sweeps: SweepDraft[];
  tornado: TornadoDraft;
  notes?: Record<string, string>;
  /** The baseline file a loaded study names (`baseline.file`), or null when it was inline or new. */
  baselineFile: string | null;
  /** The next key to hand out. */
  seq: number;
}

export function emptyStudy(name = ''): StudyDraft {
  return { name, description: '', variants: [], sweeps: [], tornado: { paths: [], percent: 10 }, baselineFile: null, seq: 1 };
}

export function dimension(path: string, from?: number, to?: number, step?: number): DimensionDraft {
  return { path, name: '', mode: 'range', from, to, step, list: '' };
}

export function addVariant(d: StudyDraft, name: string, changes: Record<string, unknown> = {}): StudyDraft {
  const v: VariantDraft = { key: `v${d.seq}`, name, description: '', changes };
  return { ...d, variants: [...d.variants, v], seq: d.seq + 1 };
}

export function updateVariant(d: StudyDraft, key: string, patch: Partial<Omit<VariantDraft, 'key'>>): StudyDraft {
  return { ...d, variants: d.variants.map((v) => (v.key === key ? { ...v, ...patch } : v)) };
}

export function removeVariant(d: StudyDraft, key: string): StudyDraft {
  return { ...d, variants: d.variants.filter((v) => v.key !== key) };
}

export function addSweep(d: StudyDraft, x: DimensionDraft): StudyDraft {
  return { ...d, sweeps: [...d.sweeps, { key: `s${d.seq}`, x, by: null }], seq: d.seq + 1 };
}

export function updateSweep(d: StudyDraft, key: string, patch: Partial<Omit<SweepDraft, 'key'>>): StudyDraft {
  return { ...d, sweeps: d.sweeps.map((s) => (s.key === key ? { ...s, ...patch } : s)) };
}

export function removeSweep(d: StudyDraft, key: string): StudyDraft {
  return { ...d, sweeps: d.sweeps.filter((s) => s.key !== key) };
}

export function setTornado(d: StudyDraft, patch: Partial<TornadoDraft>): StudyDraft {
  return { ...d, tornado: { ...d.tornado, ...patch } };
}
