/**
 * The shipped default scenario (scenarios/default.kapasim.json) lands inside the calibration
 * targets of shared/CALIBRATION.md ("A mid-sized trust") in the mean over its replications,
 * and every number in it says where it comes from (its `notes`).
 *
 * Print the table of docs/calibration.md with:
 *   CALIBRATION_TABLE=1 npx vitest run test/sim/model/calibration.test.ts
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim/model/simulate';
import type { Summary } from '../../../sim/run/types';
import { validateScenario } from '../../../sim/scenario/index';
import type { Scenario } from '../../../sim/scenario/types';
import { summarize } from '../../../sim/stats/summary';
import { loadScenario } from '../../support/scenarios';

interface Target {
  key: string;
  lo: number;
  hi: number;
  what: string;
  source: string;
}

/** CALIBRATION.md, "A mid-sized trust" (ranges as briefed for the shipped default). */
const TARGETS: Target[] = [
  { key: 'meanWaitDays', lo: 28, hi: 34, what: 'mean wait, referral to first start (days)', source: 'mean waiting time, all TSB: 28–34 (2017–24)' },
  {
    key: 'meanWaitPlannedInpatientDays',
    lo: 60,
    hi: 77,
    what: 'wait for planned inpatient care (days)',
    source: 'waiting for inpatient care: 77 (2014); 60–77',
  },
  { key: 'deadlineBreachShare', lo: 0.015, hi: 0.03, what: 'deadline breaches (share of first starts)', source: 'deadline breaches 1.6–3.1 % (2015–16), 2.5 % (2020)' },
  { key: 'meanInpatientStayDays', lo: 41, hi: 43, what: 'bed-days per admission (days)', source: 'mean length of stay ~43 (2014), 41 (2018)' },
  { key: 'firstStartOutpatientShare', lo: 0.75, hi: 0.8, what: 'first starts in outpatient care (share)', source: 'new patients to outpatient 76 % (2014), ~80 % (2021)' },
  { key: 'readmission365Share', lo: 0.45, hi: 0.55, what: 'readmitted within a year (share of discharges)', source: 'just under 50 % (2015), over 50 % (2018)' },
  { key: 'bedOccupancy', lo: 0.85, hi: 0.95, what: 'bed occupancy (share)', source: '~90 % (2004)' },
];

/** Derived starting points, checked loosely: they are orders of magnitude, not targets. */
const STARTING_POINTS: Target[] = [
  { key: 'admissionsPerYear', lo: 1200, hi: 1500, what: 'admissions a year', source: '~1,340 (15,405 × 9 %, 2018)' },
  {
    key: 'delayedDischargeShareOfBedDays',
    lo: 0.005,
    hi: 0.02,
    what: 'delayed-discharge bed-days (share of bed-days)',
    source: '~1 % of inpatients discharge-ready (SINTEF 2013)',
  },
  {
    key: 'firstWaitsOver7WeeksShare',
    lo: 0.15,
    hi: 0.35,
    what: 'first waits of 7 weeks or more (share)',
    source: 'waiting-time tail: 1 in 4 waits > 50 days (2020)',
  },
];

const DEFAULT_FILE = 'default.kapasim.json';
const VARIANT_FILE = 'fewer-beds-stronger-outpatient.kapasim.json';

function inpatientBeds(s: Scenario): number {
  return s.services.filter((x) => x.kind === 'inpatient').reduce((a, x) => a + (x.beds ?? 0), 0);
}

/** Yearly means of weekly series, averaged over replications (to see that warm-up is long enough). */
type YearlySeries = Record<string, number[]>;
const SETTLING_SERIES = ['waitingList', 'bedsInUse', 'outpatientSlotsInUse', 'aftercareInUse'];

/** Runs every replication of the scenario and summarises each metric across them. */
function runAll(scenario: Scenario, yearly: YearlySeries): Record<string, Summary> {
  const values: Record<string, (number | null)[]> = {};
  const beds = inpatientBeds(scenario);
  const n = scenario.replications;
  for (let r = 0; r < n; r++) {
    const rep = simulateReplication(scenario, r);
    const m = rep.metrics;
    for (const [k, v] of Object.entries(m)) (values[k] ??= []).push(v);
    // Wait histogram bins are [7k, 7k + 7) days: bins 7 and up hold waits of 49 days or more.
    const h = rep.waitHistogram;
    const all = h.reduce((a, b) => a + b, 0);
    (values.firstWaitsOver7WeeksShare ??= []).push(all > 0 ? h.slice(7).reduce((a, b) => a + b, 0) / all : null);
    for (const key of SETTLING_SERIES) {
      const weeks = rep.series.values[key]!;
      const out = (yearly[key] ??= []);
      for (let y = 0; 52 * (y + 1) <= weeks.length; y++) {
        const year = weeks.slice(52 * y, 52 * y + 52);
        out[y] = (out[y] ?? 0) + year.reduce((a, b) => a + b, 0) / year.length / n;
      }
    }
    // Delayed discharge against all bed-days in use (occupancy × beds × 365).
    const occ = m.bedOccupancy;
    const bedDays = occ === null ? null : occ * beds * 365;
    (values.delayedDischargeShareOfBedDays ??= []).push(bedDays ? (m.delayedDischargeBedDaysPerYear ?? 0) / bedDays : null);
  }
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, summarize(v)]));
}

function fmt(x: number | null | undefined, key: string): string {
  if (x === null || x === undefined) return '–';
  return /Share|Occupancy/.test(key) ? `${(100 * x).toFixed(2)} %` : x.toFixed(1);
}

function tableRow(t: Target, s: Summary): string {
  const half = s.ci95 ? (s.ci95[1] - s.ci95[0]) / 2 : null;
  const pct = (x: number) => String(Math.round(1000 * x) / 10);
  const range = /Share|Occupancy/.test(t.key) ? `${pct(t.lo)}–${pct(t.hi)} %` : `${t.lo}–${t.hi}`;
  const inside = s.mean !== null && s.mean >= t.lo && s.mean <= t.hi ? 'yes' : 'NO';
  return `| ${t.what} | \`${t.key}\` | ${range} | ${fmt(s.mean, t.key)} ± ${fmt(half, t.key)} | ${inside} | ${t.source} |`;
}

describe(`the shipped default (${DEFAULT_FILE}) lands inside the calibration targets`, () => {
  const scenario = loadScenario(DEFAULT_FILE);
  let summaries: Record<string, Summary>;
  const yearly: YearlySeries = {};

  beforeAll(() => {
    summaries = runAll(scenario, yearly);
    if (process.env.CALIBRATION_TABLE) {
      const lines = [
        `${scenario.replications} replications, seed ${scenario.seed}, horizon ${scenario.horizonDays} days, warm-up ${scenario.warmupDays} days; mean ± 95 % CI half-width (t, across replications)`,
        '',
        '| target | metric | range | achieved | inside | CALIBRATION.md |',
        '|---|---|---|---|---|---|',
        ...TARGETS.map((t) => tableRow(t, summaries[t.key]!)),
        ...STARTING_POINTS.map((t) => tableRow(t, summaries[t.key]!)),
        '',
        `Yearly means of the weekly series (warm-up: the first ${scenario.warmupDays / 365} years)`,
        '',
        `| series | ${yearly.waitingList!.map((_, y) => `year ${y + 1}`).join(' | ')} |`,
        `|---|${yearly.waitingList!.map(() => '---').join('|')}|`,
        ...SETTLING_SERIES.map((k) => `| ${k} | ${yearly[k]!.map((v) => v.toFixed(0)).join(' | ')} |`),
      ];
      console.log(lines.join('\n'));
    }
  });

  it('is a valid scenario with 30 replications and a fixed seed', () => {
    const checked = validateScenario(scenario);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(scenario.replications).toBe(30);
    expect(Number.isInteger(scenario.seed)).toBe(true);
  });

  it.each(TARGETS.map((t) => [t.key, t] as const))('%s: the mean over the replications lies inside the target range', (_key, t) => {
    const s = summaries[t.key]!;
    expect(s.n, `${t.key} has a value in every replication`).toBe(scenario.replications);
    expect(s.mean, `${t.key} mean`).toBeGreaterThanOrEqual(t.lo);
    expect(s.mean, `${t.key} mean`).toBeLessThanOrEqual(t.hi);
  });

  it.each(STARTING_POINTS.map((t) => [t.key, t] as const))('%s: of the order of the derived starting point', (_key, t) => {
    const s = summaries[t.key]!;
    expect(s.mean).toBeGreaterThanOrEqual(t.lo);
    expect(s.mean).toBeLessThanOrEqual(t.hi);
  });
});

// ── Provenance: every number says where it comes from ──────────────────────────────────────

interface Leaf {
  path: string;
  /** The enclosing distribution's path, whose note may cover its parameters. */
  distribution: string | null;
}

/**
 * Every numeric leaf of a scenario, by change path (MODEL.md, "study"): keys joined by dots,
 * elements of `groups` and `services` named by their id. `notes`, `label` and `description`
 * are free text and skipped. Also collects every path that exists, for checking note keys.
 */
function walk(value: unknown, path: string, distribution: string | null, leaves: Leaf[], paths: Set<string>): void {
  if (path) paths.add(path);
  if (typeof value === 'number') {
    leaves.push({ path, distribution });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((el, i) => {
      const named = (path === 'groups' || path === 'services') && el && typeof el === 'object' && 'id' in el;
      walk(el, `${path}.${named ? (el as { id: string }).id : i}`, distribution, leaves, paths);
    });
    return;
  }
  if (value && typeof value === 'object') {
    const isDistribution = 'dist' in value;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'notes' || k === 'label' || k === 'description') continue;
      walk(v, path ? `${path}.${k}` : k, isDistribution ? path : distribution, leaves, paths);
    }
  }
}

/** A note must name its source row, or say that the figure is an assumption or derived. */
const SAYS_WHERE = /CALIBRATION\.md|MODEL\.md|assumption|derived|brief/i;

describe.each([DEFAULT_FILE, VARIANT_FILE, 'norway.kapasim.json'])('%s: every numeric field has a provenance note', (file) => {
  const scenario = loadScenario(file);
  const notes = (scenario.notes ?? {}) as Record<string, string>;
  const leaves: Leaf[] = [];
  const paths = new Set<string>();
  walk(scenario, '', null, leaves, paths);

  it('finds the numeric fields (sanity check of the walk)', () => {
    const found = leaves.map((l) => l.path);
    expect(found).toContain('services.long.beds');
    expect(found).toContain('groups.youth.deadlineDays');
    expect(found).toContain('services.detox.stayDays.mean');
    expect(found.length).toBeGreaterThan(60);
  });

  it('has a note for each numeric field (a distribution may share one note at its own path)', () => {
    const missing = leaves
      .filter((l) => !notes[l.path]?.trim() && !(l.distribution && notes[l.distribution]?.trim()))
      .map((l) => l.path);
    expect(missing).toEqual([]);
  });

  it('says in each of those notes where the figure comes from', () => {
    const vague = leaves
      .map((l) => (notes[l.path] ? l.path : l.distribution))
      .filter((p, i, all): p is string => p !== null && p in notes && all.indexOf(p) === i)
      .filter((p) => !SAYS_WHERE.test(notes[p]!));
    expect(vague).toEqual([]);
  });

  it('keys every note by a field that exists (no stale or misspelt notes)', () => {
    const stale = Object.keys(notes).filter((k) => !paths.has(k));
    expect(stale).toEqual([]);
  });
});

describe(`${VARIANT_FILE} is the default trust with −15 % beds, +20 % outpatient, +50 % aftercare`, () => {
  const base = loadScenario(DEFAULT_FILE);
  const v = loadScenario(VARIANT_FILE);
  const svc = (s: Scenario, id: string) => s.services.find((x) => x.id === id)!;

  it('is valid and runs with the same seed and replications', () => {
    const checked = validateScenario(v);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(v.seed).toBe(base.seed);
    expect(v.replications).toBe(base.replications);
  });

  it('cuts 15 % of all inpatient beds from the short- and long-term units only', () => {
    expect(inpatientBeds(v)).toBe(inpatientBeds(base) - Math.round(0.15 * inpatientBeds(base)));
    expect(svc(v, 'detox').beds).toBe(svc(base, 'detox').beds);
    expect(svc(v, 'short').beds!).toBeLessThan(svc(base, 'short').beds!);
    expect(svc(v, 'long').beds!).toBeLessThan(svc(base, 'long').beds!);
  });

  it('has 20 % more outpatient slots and 50 % more aftercare places', () => {
    expect(svc(v, 'outpatient').slots).toBe(Math.round(1.2 * svc(base, 'outpatient').slots!));
    expect(v.aftercare.places).toBe(Math.round(1.5 * base.aftercare.places));
  });

  it('differs from the default in nothing else, and its notes say what changed', () => {
    const changed = ['services.short.beds', 'services.long.beds', 'services.outpatient.slots', 'aftercare.places'];
    const strip = (s: Scenario) => {
      const c = structuredClone(s) as Scenario;
      svc(c, 'short').beds = 0;
      svc(c, 'long').beds = 0;
      svc(c, 'outpatient').slots = 0;
      c.aftercare.places = 0;
      delete c.notes;
      c.name = '';
      delete c.description;
      return c;
    };
    expect(strip(v)).toEqual(strip(base));
    for (const path of changed) expect(v.notes?.[path], path).toMatch(/CHANGED/);
  });
});
