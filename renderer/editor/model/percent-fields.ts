/**
 * The scenario fields the app shows in percent: shares and probabilities, stored in the file
 * as fractions 0–1 and typed and shown as 0–100 % (the inputs with `percent` in
 * editor/sections, and `share` fields in the Study tab), and the yearly referral growth.
 * Validation messages about them speak in percent too (model/issues.ts).
 *
 * Paths are issue paths, as validation writes them: a service or group by its id, or by its
 * index when its id is missing or repeated (`services[0].dropoutShare`); a map key that is
 * not a plain name in brackets (`next["a b"]`). A path inside another file (`baseline.…` of a
 * study, `scenario.…` of a run file) is not a field shown here, so it stays in the file's unit.
 */

const ELEMENT = String.raw`(?:\.[A-Za-z0-9_-]+|\[\d+\])`;
const KEY = String.raw`(?:\.[A-Za-z0-9_-]+|\["(?:[^"\\]|\\.)*"\])`;

/** Fields typed and shown in percent. */
const PERCENT_FIELDS: readonly RegExp[] = [
  new RegExp(`^services${ELEMENT}\\.dropoutShare$`),
  new RegExp(`^services${ELEMENT}\\.next${KEY}$`),
  new RegExp(`^groups${ELEMENT}\\.share$`),
  new RegExp(`^groups${ELEMENT}\\.entry${KEY}$`),
  /^aftercare\.needShare\.(inpatient|outpatient)$/,
  /^relapse\.probability\.(completedWithAftercare|completedWithoutAftercare|droppedOut)$/,
  /^relapse\.reReferralShare$/,
  /^referrals\.growth$/,
];

/** Where the sums of those fields are checked: all group shares, a group's entry, a service's next. */
const PERCENT_SUMS: readonly RegExp[] = [/^groups$/, new RegExp(`^groups${ELEMENT}\\.entry$`), new RegExp(`^services${ELEMENT}\\.next$`)];

/** Whether the field at this issue path is shown in percent. */
export function isPercentField(path: string): boolean {
  return PERCENT_FIELDS.some((re) => re.test(path));
}

/**
 * Whether an issue's numbers are shares the app shows in percent: a number issue of a field
 * shown in percent, or a sum of such fields.
 */
export function speaksInPercent(issue: { code: string; path: string }): boolean {
  if (issue.code.startsWith('number.')) return isPercentField(issue.path);
  if (issue.code.startsWith('sum.')) return PERCENT_SUMS.some((re) => re.test(issue.path));
  return false;
}
