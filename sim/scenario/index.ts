/**
 * The public face of sim/scenario: the file contract's types, and the validators that turn
 * untrusted input (text, parsed JSON) into checked, cleaned values with planner-readable issues.
 */
export * from './types';
export { formatIssue, type ValidationIssue, type Validated } from './issues';
export { parseJsonText } from './parse-json';
export { validateScenario } from './validate';
export { applyChanges } from './changes';
export {
  expandStudy, isBaselineFile, validateStudy,
  type BaselineFile, type Study, type StudyCase, type StudySweep, type StudyVariant,
} from './study';
export { validateRunFile, type RunFileShape } from './run-file';
export { suggest } from './suggest';
export { LIMITS } from './limits';
