/**
 * The public face of sim/scenario: the file contract's types, and the validators that turn
 * untrusted input (text, parsed JSON) into checked, cleaned values with planner-readable issues.
 */
export * from './types';
export { formatIssue, type ValidationIssue, type Validated } from './issues';
export {
  ISSUE_CODES, ISSUE_CODES_WITH_ALLOWED, ISSUE_CONTEXT_KINDS, ISSUE_TERM_KEYS, ISSUE_TERMS,
  type IssueCode, type IssueContext, type IssueParam, type IssueParamValues, type ParamsOf, type Term, type TermParam,
} from './messages';
export { parseJsonText } from './parse-json';
export { validateScenario } from './validate';
export { applyChanges } from './changes';
export {
  expandStudy, isBaselineFile, validateStudy,
  type BaselineFile, type Study, type StudyCase, type StudySweep, type StudyVariant,
} from './study';
export { validateRunFile, type RunFileShape } from './run-file';
export { suggest } from './suggest';
export { ID_PATTERN, LIMITS, RESERVED_IDS } from './limits';
export { checkRunSize, checkCasesSize, estimateRunSize, formatBytes, RUN_SIZE_LIMITS, type RunSizeCheck, type RunSizeEstimate } from './size-estimate';
