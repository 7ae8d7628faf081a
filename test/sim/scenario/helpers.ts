/** Test helpers: run a validator and find the issue at a path. */
import { expect } from 'vitest';
import type { ValidationIssue, Validated } from '../../../sim/scenario/issues';
import { validateScenario } from '../../../sim/scenario/validate';
import { exampleScenario } from './fixtures';

/** All issues of a result (warnings included). */
export function issuesOf(r: Validated<unknown>): ValidationIssue[] {
  return r.ok ? r.warnings : r.issues;
}

/** Validates the example scenario after `change`; returns the issues. */
export function issuesAfter(change: (s: any) => void): ValidationIssue[] {
  const s = exampleScenario();
  change(s);
  return issuesOf(validateScenario(s));
}

/** The one issue at `path`, checked to mention every text in `contains`. */
export function expectIssue(issues: ValidationIssue[], path: string, ...contains: string[]): ValidationIssue {
  const at = issues.filter((i) => i.path === path);
  expect(at.map((i) => i.path), `no issue at ${path}; got ${JSON.stringify(issues.map((i) => `${i.path}: ${i.message}`))}`).toContain(path);
  const found = at.find((i) => contains.every((c) => `${i.message} ${i.allowed ?? ''}`.includes(c)));
  expect(found, `issue at ${path} does not contain ${JSON.stringify(contains)}: ${JSON.stringify(at)}`).toBeDefined();
  return found!;
}

/** Expects exactly one error, at `path`, mentioning `contains`. */
export function expectOnlyError(change: (s: any) => void, path: string, ...contains: string[]): ValidationIssue {
  const issues = issuesAfter(change).filter((i) => i.severity === 'error');
  expect(issues.map((i) => i.path)).toEqual([path]);
  return expectIssue(issues, path, ...contains);
}
