/**
 * Reading a study file for `validate` and `study`: the study itself (2-D sweeps included),
 * its baseline scenario (inline, or a file relative to the study file) and every case
 * applied to that baseline. Problems come back as the CLI's one-line messages, each naming
 * the file and the field path.
 */
import { dirname, resolve } from 'node:path';
import { isBaselineFile, validateScenario, type Scenario } from '../sim/scenario/index';
import { expandStudySpec, validateStudySpec, type PlannedCase, type StudySpec } from '../sim/study/index';
import { loadJsonFile } from './files';
import { issueLines } from './report';

/** What checking a study file found. */
export type StudyFileCheck =
  | { ok: true; spec: StudySpec; baseline: Scenario; baselineFile: string | null; cases: PlannedCase[]; warnings: string[] }
  | { ok: false; problems: string[] };

/** A scenario file named by a study's `baseline.file`, read relative to the study file. */
function readBaselineFile(studyPath: string, file: string): { scenario?: Scenario; lines: string[] } {
  const where = resolve(dirname(studyPath), file);
  const label = `${studyPath}: baseline.file ${JSON.stringify(file)}`;
  const loaded = loadJsonFile(where);
  if (!loaded.ok) return { lines: loaded.problems.map((p) => `${label}: ${p}`) };
  const checked = validateScenario(loaded.value);
  if (!checked.ok) return { lines: issueLines(`${label}: ${where}`, checked.issues) };
  return { scenario: checked.value, lines: issueLines(`${label}: ${where}`, checked.warnings) };
}

/**
 * Checks a study whose JSON is already parsed; `path` is where it was read from (a baseline
 * file is resolved against it). Never throws.
 */
export function checkStudy(path: string, input: unknown): StudyFileCheck {
  const r = validateStudySpec(input);
  // The baseline file is read even when the study has other problems, so that all are listed.
  const record = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const b = record.baseline;
  const file = typeof b === 'object' && b !== null && typeof (b as Record<string, unknown>).file === 'string' && !('schema' in b) ? ((b as Record<string, unknown>).file as string) : undefined;
  const base = file !== undefined ? readBaselineFile(path, file) : undefined;
  if (!r.ok || (base && !base.scenario)) return { ok: false, problems: [...(r.ok ? [] : issueLines(path, r.issues)), ...(base?.lines ?? [])] };
  const spec = r.value;
  const warnings = [...issueLines(path, r.warnings), ...(base?.lines ?? [])];
  const baseline = base?.scenario ?? (isBaselineFile(spec.baseline) ? undefined : spec.baseline);
  if (!baseline) return { ok: false, problems: [`${path}: baseline: could not be read`] };
  // With the baseline read from its file, every variant and sweep point is applied to it here
  // (validateStudySpec does this itself for a baseline written inside the study).
  const expanded = expandStudySpec(spec, baseline);
  if (!expanded.ok) return { ok: false, problems: issueLines(path, expanded.issues) };
  if (base) warnings.push(...issueLines(path, expanded.warnings));
  return { ok: true, spec, baseline, baselineFile: file ?? null, cases: expanded.value, warnings };
}

/** Reads and checks a study file. Never throws. */
export function loadStudyFile(path: string): StudyFileCheck {
  const loaded = loadJsonFile(path);
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map((p) => (p.startsWith('cannot ') ? p : `${path}: ${p}`)) };
  return checkStudy(path, loaded.value);
}
