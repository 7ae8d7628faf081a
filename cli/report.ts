/** Turns validation issues into the one-line-per-issue messages the CLI prints. */
import { formatIssue, type ValidationIssue } from '../sim/scenario/index';

/** `file: field.path: message (got …; allowed …)`, one per issue. */
export function issueLines(file: string, issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => `${file}: ${formatIssue(issue)}`);
}

/** Prints warnings to stderr, one per line. */
export function printWarnings(file: string, warnings: readonly ValidationIssue[]): void {
  for (const line of issueLines(file, warnings)) process.stderr.write(`${line}\n`);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
