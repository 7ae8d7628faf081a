/**
 * Opening a run file (`*.kapasim-run.json`) in the app: parsed and checked with the same
 * validateRunFile as `kapasim replay`, so a file the CLI refuses is refused here too, with its
 * problems by path.
 */
import { parseJsonText, validateRunFile, type RunResult, type ValidationIssue } from '../../sim';

export type ReadRun = { ok: true; result: RunResult; warnings: readonly ValidationIssue[] } | { ok: false; issues: readonly ValidationIssue[] };

export function readRunFile(text: string): ReadRun {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const checked = validateRunFile(parsed.value);
  if (!checked.ok) return { ok: false, issues: checked.issues.filter((i) => i.severity === 'error') };
  return { ok: true, result: checked.value, warnings: checked.warnings };
}
