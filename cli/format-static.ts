/**
 * The static estimate section of the `run` table: per service the scenario's capacity, what
 * the static method (national projection model style: expected load ÷ target utilisation)
 * gives, its expected load, and what the simulation shows at the scenario's capacity. See
 * docs/static-estimate.md.
 */
import type { RunResult } from '../sim/run/types';
import { compareStaticWithRun } from '../sim/static/compare';
import type { StaticEstimate } from '../sim/static/estimate';
import { formatGrouped, formatInterval, formatValue, MISSING } from './numbers';
import { renderTable } from './text-table';


function number(x: number, decimals: number): string {
  return Number.isFinite(x) ? formatGrouped(x, decimals) : MISSING;
}

function percent(x: number | null): string {
  return x === null || !Number.isFinite(x) ? MISSING : `${formatGrouped(x * 100, 0)} %`;
}

/** The section's lines: a heading, the table, the run-level simulated waits and a note. */
export function formatStaticSection(result: RunResult, estimate: StaticEstimate): string[] {
  const cmp = compareStaticWithRun(estimate, result);
  const target = `${formatGrouped(estimate.target * 100, estimate.target * 100 % 1 === 0 ? 0 : 1)} %`;
  const rows = cmp.rows.map((r) => {
    const unit = r.kind === 'inpatient' ? 'beds' : 'slots';
    return [
      r.label,
      `${formatGrouped(r.capacity, 0)} ${unit}`,
      number(r.estimate.neededWhole, 0),
      number(r.estimate.meanInUse, 1),
      percent(r.estimate.utilisationAtCapacity),
      number(r.estimate.startsPerYear, 0),
      formatValue(r.simulated.startsPerYear?.mean, 'perYear'),
      formatValue(r.simulated.meanWaitDays?.mean, 'days'),
    ];
  });
  const ac = estimate.aftercarePlaces;
  rows.push([
    'Municipal aftercare',
    `${formatGrouped(ac.capacity, 0)} places`,
    number(ac.neededWhole, 0),
    number(ac.meanInUse, 1),
    percent(ac.utilisationAtCapacity),
    number(estimate.aftercare.neededPerYear, 0),
    MISSING,
    MISSING,
  ]);
  const run = cmp.run;
  const lines = [
    `Static estimate (as the national projection model computes it): expected load ÷ target utilisation ${target}`,
    '',
    renderTable(
      ['Service', 'Capacity', `Static at ${target}`, 'Load in use', 'Load/capacity', 'Starts/yr static', 'Starts/yr sim.', 'Sim. wait (days)'],
      rows,
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    `Simulated at the scenario's capacity: mean wait ${formatValue(run.meanWaitDays?.mean, 'days')} days (95 % CI ${formatInterval(run.meanWaitDays?.ci95, 'days')}), ` +
      `90th percentile ${formatValue(run.p90WaitDays?.mean, 'days')} days, ` +
      `first starts after the deadline ${formatValue(run.deadlineBreachShare?.mean, 'share')} %, ` +
      `gave up waiting ${formatValue(run.renegedShare?.mean, 'share')} % of list entries.`,
    `Static flows: ${number(estimate.newReferralsPerYear, 0)} new referrals and ${number(estimate.reReferralsPerYear, 0)} re-referrals a year; ` +
      `of those needing aftercare ${percent(estimate.aftercare.share)} get a place.`,
    'Static: starts × mean stay (+ delayed discharge) ÷ 365 = load in use; ÷ target = estimate. It has no queues and no',
    'variability and counts every referral as treated: where the load exceeds the capacity the simulation starts fewer',
    '(patients give up waiting). Sim. wait: time on the service\'s own list per start, mean over replications. The app',
    "sweeps a service's capacity to show where waits take off. See docs/static-estimate.md.",
  ];
  if (!estimate.stable) lines.push('Warning: re-referrals bring one patient or more per referral, so the static flows grow without bound.');
  return lines;
}
