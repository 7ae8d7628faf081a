/** Every issue has a stable code and params, and its English text is rendered from them. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../sim/scenario/issues';
import { ISSUE_CODES, ISSUE_CODES_WITH_ALLOWED, ISSUE_TERM_KEYS, ISSUE_TERMS, issueText, type IssueCode, type ParamsOf } from '../../../sim/scenario/messages';
import { issueCorpus } from './issue-corpus';

/** Codes no input reaches: the JSON reader's fall-backs for when its own scanner finds nothing. */
const FALLBACK_CODES: readonly IssueCode[] = ['json.unparsable', 'json.engine'];

const corpus = issueCorpus();
const all = corpus.flatMap((c) => c.issues.map((issue) => ({ case: c.name, issue })));

describe('issue codes', () => {
  it('the corpus is broad: hundreds of issues from every validator', () => {
    expect(all.length).toBeGreaterThan(700);
    for (const c of corpus) expect(c.issues.length, c.name).toBeGreaterThan(0);
  });

  it('every issue has a known code and JSON-safe params', () => {
    for (const { case: name, issue } of all) {
      expect(ISSUE_CODES, `${name}: ${formatIssue(issue)}`).toContain(issue.code);
      expect(typeof issue.params, name).toBe('object');
      expect(JSON.parse(JSON.stringify(issue.params)), name).toEqual(issue.params);
      for (const v of Object.values(issue.params)) {
        const ok = ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
        expect(ok, `${name}: ${JSON.stringify(issue.params)}`).toBe(true);
      }
    }
  });

  it('every message and allowed text is the English rendering of code, params and context', () => {
    for (const { case: name, issue } of all) {
      const text = issueText(issue.code, issue.params as ParamsOf<IssueCode>, issue.context);
      expect(issue.message, name).toBe(text.message);
      expect(issue.allowed, name).toBe(text.allowed);
    }
  });

  it('term params name a known term', () => {
    for (const { case: name, issue } of all) {
      for (const [param, value] of Object.entries(issue.params)) {
        if (!(param in ISSUE_TERMS)) continue;
        expect(ISSUE_TERM_KEYS, `${name}: ${param}`).toContain(`${param}.${String(value)}`);
      }
    }
  });

  it('the corpus reaches every code but the JSON reader’s fall-backs, which render too', () => {
    const seen = new Set(all.map((x) => x.issue.code));
    expect(ISSUE_CODES.filter((c) => !seen.has(c))).toEqual(FALLBACK_CODES);
    expect(issueText('json.engine', { error: 'Unexpected token', line: 2, column: 5 }).message).toBe('is not valid JSON at line 2, column 5: Unexpected token');
    expect(issueText('json.engine', {}).message).toBe('is not valid JSON: syntax error');
    expect(issueText('json.unparsable', {}).message).toBe('the file could not be read as JSON');
  });

  it('codes are unique, dotted names; those with an allowed text are among them', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    for (const c of ISSUE_CODES) expect(c).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
    expect(ISSUE_CODES_WITH_ALLOWED).toContain('number.min');
    expect(ISSUE_CODES_WITH_ALLOWED).not.toContain('text.empty');
  });

  it('a negative capacity says so in code and params, in the same English as before', () => {
    const issue = all.find((x) => x.case === 'negative beds' && x.issue.path === 'services.long.beds')!.issue;
    expect(issue.code).toBe('number.min');
    expect(issue.params).toEqual({ min: 0, max: 1_000_000, integer: true, got: -3 });
    expect(formatIssue(issue)).toBe('services.long.beds: must be a whole number ≥ 0 (got -3; allowed: whole number 0 to 1000000)');
  });

  it('study changes keep the inner code and say which change they follow', () => {
    const issue = all.find((x) => x.case === 'study: inline baseline with bad changes' && x.issue.path === 'groups.youth.deadlineDays')!.issue;
    expect(issue.code).toBe('number.min');
    expect(issue.context).toEqual({ kind: 'sweep', path: 'groups.youth.deadlineDays', value: '-2', index: 0 });
    expect(issue.message).toBe('sweep groups.youth.deadlineDays = -2 (sweeps[0]): must be a number ≥ 0');
  });
});
