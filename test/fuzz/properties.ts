/**
 * The fuzzer's properties: each takes valid Kapasim files (the shipped scenarios and studies,
 * the MODEL.md example, a small run result, random valid scenarios), mutates them as objects
 * or as text (mutate.ts), runs the validator the app and the CLI would run, and checks the
 * outcome (outcome.ts). A sample of the scenarios that end valid is simulated for a few
 * weeks with every invariant checked (test/sim/invariants).
 *
 * `runFuzz` runs them all with one seed and a number of cases per property; the normal tests
 * run a small sample (input.test.ts), `npm run fuzz` at least 100,000 cases (main.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { validateFile } from '../../cli/commands/validate';
import { simulateReplication } from '../../sim/model/simulate';
import { aggregateRun } from '../../sim/run/aggregate';
import { applyChanges } from '../../sim/scenario/changes';
import type { Validated } from '../../sim/scenario/issues';
import { parseJsonText } from '../../sim/scenario/parse-json';
import { validateRunFile } from '../../sim/scenario/run-file';
import { estimateRunSize } from '../../sim/scenario/size-estimate';
import { validateStudy } from '../../sim/scenario/study';
import type { Scenario } from '../../sim/scenario/types';
import { validateScenario } from '../../sim/scenario/validate';
import { validateStudySpec } from '../../sim/study/spec';
import { checkReplication } from '../sim/invariants/invariants';
import { validScenario } from '../sim/invariants/arbitrary';
import { exampleScenario } from '../support/scenarios';
import { applyTextMutation, applyTreeMutation, decodeUtf16, junk, makeJunk, NASTY_KEYS, textMutation, treeMutation, type TreeMutation } from './mutate';
import { checkOutcome, expectPrototypesClean, fingerprint, prototypeSnapshot, Tally } from './outcome';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shipped = (name: string) => readFileSync(join(root, 'scenarios', name), 'utf8');

// ---------------------------------------------------------------------------------------
// Valid starting points, as text (parsed afresh for every case, so mutations never leak).

function withPopulation(): Scenario {
  const s = exampleScenario();
  s.referrals.population = {
    baseYear: 2025,
    ratesPer1000: { '18-29': 4.1, '30-49': 3.2, '50+': 1.1 },
    rows: [2025, 2030].flatMap((year) => [
      { year, ageBand: '18-29', population: 800_000 + (year - 2025) * 1000 },
      { year, ageBand: '30-49', population: 1_400_000 },
      { year, ageBand: '50+', population: 2_000_000 + (year - 2025) * 20_000 },
    ]),
  };
  return s;
}

function smallExample(): Scenario {
  const s = exampleScenario();
  s.horizonDays = 120;
  s.warmupDays = 14;
  s.replications = 2;
  s.initialState = { waiting: { detox: 3, outpatient: 20 }, inService: { long: 10 } };
  s.referrals.seasonality = [1.2, 1.1, 1, 1, 0.9, 0.7, 0.6, 0.9, 1.1, 1.2, 1.2, 1.1];
  s.groups[0]!.stayDays = { detox: { dist: 'triangular', min: 2, mode: 5, max: 14 } };
  s.groups[1]!.assessmentDelayDays = { dist: 'empirical', values: [0, 1, 2, 7] };
  s.notes = { horizonDays: 'short, for the fuzzer' };
  return s;
}

export const SCENARIO_BASES: string[] = [
  JSON.stringify(exampleScenario()),
  JSON.stringify(smallExample()),
  JSON.stringify(withPopulation()),
  shipped('default.kapasim.json'),
  shipped('fewer-beds-stronger-outpatient.kapasim.json'),
  shipped('mmc.kapasim.json'),
];

function inlineStudy(): unknown {
  const baseline = smallExample();
  return {
    schema: 'kapasim/study@1',
    name: 'Inline study',
    description: 'baseline written inside the study',
    baseline,
    variants: [
      { name: '-15 % beds', changes: { 'services.long.beds': 77, 'services.outpatient.slots': 1800 } },
      { name: 'fifo', changes: { 'waitingList.discipline': 'fifo', 'groups.youth.deadlineDays': 14, 'services.detox.stayDays.mean': 7 } },
      { name: 'start state', changes: { 'initialState.waiting.short': 5, 'notes.services.long.beds': 'why' } },
    ],
    sweeps: [
      { path: 'services.long.beds', values: [60, 75, 90] },
      { path: 'aftercare.places', values: [100, 250], name: 'Aftercare places' },
    ],
  };
}

export const STUDY_BASES: string[] = [
  JSON.stringify(inlineStudy()),
  shipped('beds-by-aftercare.kapasim-study.json'),
  shipped('fewer-beds-stronger-outpatient.kapasim-study.json'),
];

/** A real result file: two replications of the short example. */
function runBase(): string {
  const checked = validateScenario(smallExample());
  if (!checked.ok) throw new Error('the fuzzer\'s small example is not valid');
  const s = { ...checked.value, horizonDays: 42, warmupDays: 7 };
  return JSON.stringify(aggregateRun(s, [0, 1].map((i) => simulateReplication(s, i))));
}

let runBases: string[] | undefined;
export const RUN_BASES = (): string[] => (runBases ??= [runBase()]);

// ---------------------------------------------------------------------------------------
// One case.

export type Kind = 'scenario' | 'study' | 'run';

const validators: Record<Kind, (v: unknown) => Validated<unknown>> = {
  scenario: validateScenario,
  study: validateStudy,
  run: validateRunFile,
};

/** Every how many valid scenarios one is simulated (a few weeks, every invariant checked). */
const SIMULATE_EVERY = 7;

/** The fuzzer's state across cases: counts, the prototype snapshot, the simulation sample. */
export class FuzzContext {
  readonly tally = new Tally();
  readonly protos = prototypeSnapshot();
  private validScenarios = 0;
  private dir: string | undefined;

  /** Validates `input` as `kind` and checks everything outcome.ts requires; throws on any break. */
  check(property: string, kind: Kind, input: unknown): Validated<unknown> {
    const before = fingerprint(input);
    const r = validators[kind](input);
    if (fingerprint(input) !== before) throw new Error(`the ${kind} validator changed its input`);
    // A valid value must survive a JSON round trip: so a study (whose baseline may be a file,
    // read later) must refuse change values nested too deep to save (changeValue.tooDeep).
    checkOutcome(r, input, { paths: true, revalidate: validators[kind] });
    if (kind === 'study') {
      // The study command's own reading (2-D sweeps and the rest of sim/study).
      const spec = validateStudySpec(input);
      checkOutcome(spec, input, { paths: true, revalidate: validateStudySpec });
      if (r.ok && !spec.ok) throw new Error(`validateStudy accepts a study that validateStudySpec refuses: ${spec.issues[0]?.message}`);
    }
    expectPrototypesClean(this.protos);
    this.tally.count(property, r);
    if (kind === 'scenario' && r.ok) this.maybeSimulate(r.value as Scenario);
    return r;
  }

  /** Runs one short replication of every SIMULATE_EVERY-th valid scenario, checking the invariants. */
  private maybeSimulate(scenario: Scenario): void {
    if (this.validScenarios++ % SIMULATE_EVERY !== 0) return;
    const horizon = Math.min(scenario.horizonDays, 35);
    const short = validateScenario({ ...scenario, horizonDays: horizon, warmupDays: Math.min(scenario.warmupDays, Math.floor(horizon / 2)) });
    if (!short.ok) throw new Error(`a valid scenario is invalid with a shorter horizon: ${short.issues[0]?.path}: ${short.issues[0]?.message}`);
    if (estimateRunSize(short.value).eventsPerReplication > 300_000) return; // big, but valid: too slow for a sample
    const { result, problems } = checkReplication(short.value, 0);
    if (problems.length > 0) throw new Error(`a valid scenario breaks an invariant: ${problems.join('; ')}`);
    if (result.events > 3 * estimateRunSize(short.value).eventsPerReplication + 200) throw new Error(`${result.events} events, far above the size estimate`);
    this.tally.simulated++;
  }

  /** A folder for the CLI property, with the shipped scenarios in it (study baselines are read from files). */
  folder(): string {
    if (this.dir === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'kapasim-fuzz-'));
      for (const name of ['default.kapasim.json', 'fewer-beds-stronger-outpatient.kapasim.json']) writeFileSync(join(this.dir, name), shipped(name));
      mkdirSync(join(this.dir, 'sub'));
    }
    return this.dir;
  }

  close(): void {
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
  }
}

function mutated(base: string, mutations: TreeMutation[]): unknown {
  let doc: unknown = JSON.parse(base);
  for (const m of mutations) doc = applyTreeMutation(doc, m);
  return doc;
}

/** Serialises a mutated document; values JSON cannot hold (NaN, −0, undefined) become what JSON.stringify makes of them. */
function toText(doc: unknown, pretty: boolean): string {
  try {
    return JSON.stringify(doc, null, pretty ? 2 : undefined) ?? 'undefined';
  } catch {
    return '[[[[[[[[[['; // too deep to serialise: a truncated array instead
  }
}

// ---------------------------------------------------------------------------------------
// The properties.

export interface FuzzProperty {
  name: string;
  /** Share of the cases (weights are summed over all properties). */
  weight: number;
  /** Runs the property's cases with fast-check (throws its report on a failure). */
  run(ctx: FuzzContext, params: { seed: number; numRuns: number; path?: string }): void;
}

const mutations = (max: number) => fc.array(treeMutation, { minLength: 0, maxLength: max });

function treeProperty(name: string, kind: Kind, bases: () => string[], weight: number): FuzzProperty {
  return {
    name,
    weight,
    run: (ctx, params) =>
      fc.assert(fc.property(fc.nat(), mutations(4), (b, ms) => {
        const list = bases();
        ctx.check(name, kind, mutated(list[b % list.length]!, ms));
      }), params),
  };
}

function textProperty(name: string, kind: Kind, bases: () => string[], weight: number): FuzzProperty {
  return {
    name,
    weight,
    run: (ctx, params) =>
      fc.assert(fc.property(fc.nat(), mutations(2), fc.boolean(), fc.array(textMutation, { minLength: 1, maxLength: 3 }), (b, ms, pretty, ts) => {
        const list = bases();
        let text = toText(mutated(list[b % list.length]!, ms), pretty);
        for (const t of ts) text = applyTextMutation(text, t);
        const parsed = parseJsonText(text);
        checkOutcome(parsed, undefined, {});
        expectPrototypesClean(ctx.protos);
        if (!parsed.ok) ctx.tally.count(name, parsed);
        else ctx.check(name, kind, parsed.value);
      }), params),
  };
}

/** Change paths for studies: real ones, near misses and hostile ones. */
const CHANGE_PATHS = [
  'services.long.beds', 'services.outpatient.slots', 'services.detox.next.short', 'services.detox.stayDays.mean', 'services.detox.stayDays.dist',
  'groups.youth.deadlineDays', 'groups.acute.entry.detox', 'groups.adult.stayDays.long', 'waitingList.meanPatienceDays', 'waitingList.discipline',
  'referrals.perYear', 'referrals.seasonality', 'referrals.seasonality.3', 'referrals.population.baseYear', 'aftercare.needShare.inpatient',
  'initialState.waiting.short', 'initialState.inService.__proto__', 'notes.services.long.beds', 'services.long.notes.x', 'horizonDays', 'seed',
  'replications', 'services.nope.beds', 'services.long.bed', 'services.long', 'services', 'groups.0.share', 'services.long.beds.x', '',
  '.', 'a..b', '__proto__', '__proto__.polluted', 'constructor.prototype.polluted', 'services.__proto__.beds', 'services.constructor',
  'groups.toString.share', 'notes.__proto__', 'referrals.__proto__.perYear', 'costs.constructor.prototype.x', 'initialState.__proto__.x',
] as const;

const changesProperty: FuzzProperty = {
  name: 'study changes (applyChanges)',
  weight: 8,
  run: (ctx, params) =>
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CHANGE_PATHS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(...NASTY_KEYS) }), junk), { maxLength: 4 }),
      fc.boolean(),
      (pairs, asText) => {
        const base = validateScenario(smallExample());
        if (!base.ok) throw new Error('base');
        let changes: Record<string, unknown> = {};
        for (const [path, value] of pairs) Object.defineProperty(changes, path, { value: makeJunk(value), enumerable: true, writable: true, configurable: true });
        if (asText) {
          const parsed = parseJsonText(toText(changes, false));
          if (!parsed.ok) return;
          changes = parsed.value as Record<string, unknown>;
        }
        const before = fingerprint(base.value);
        const r = applyChanges(base.value, changes, { kind: 'variant', name: 'fuzz', index: 0 });
        if (fingerprint(base.value) !== before) throw new Error('applyChanges changed the baseline');
        checkOutcome(r, changes, { revalidate: validateScenario });
        expectPrototypesClean(ctx.protos);
        ctx.tally.count('study changes (applyChanges)', r);
      },
    ), params),
};

const randomScenarioProperty: FuzzProperty = {
  name: 'random valid scenario, mutated',
  weight: 10,
  run: (ctx, params) =>
    fc.assert(fc.property(validScenario(), mutations(3), (s, ms) => {
      let doc: unknown = JSON.parse(JSON.stringify(s));
      for (const m of ms) doc = applyTreeMutation(doc, m);
      ctx.check('random valid scenario, mutated', 'scenario', doc);
    }), params),
};

const anythingProperty: FuzzProperty = {
  name: 'any JSON or bytes, as each kind',
  weight: 5,
  run: (ctx, params) =>
    fc.assert(fc.property(
      fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder('utf-8').decode(b)),
        fc.uint8Array({ maxLength: 200 }).map((b) => decodeUtf16(b)),
        fc.nat(4000).map((d) => '['.repeat(d) + ']'.repeat(d % 3 === 0 ? d : 0)),
        fc.nat(4000).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d % 2 === 0 ? d : 0)),
      ),
      (text) => {
        const parsed = parseJsonText(text);
        checkOutcome(parsed, undefined, {});
        if (!parsed.ok) {
          ctx.tally.count('any JSON or bytes, as each kind', parsed);
          return;
        }
        for (const kind of ['scenario', 'study', 'run'] as const) ctx.check('any JSON or bytes, as each kind', kind, parsed.value);
      },
    ), params),
};

/** `kapasim validate` in-process on a file on disk (study baselines read relative to it). */
const cliProperty: FuzzProperty = {
  name: 'kapasim validate on a file',
  weight: 2,
  run: (ctx, params) =>
    fc.assert(fc.property(fc.nat(), mutations(3), fc.array(textMutation, { maxLength: 2 }), fc.boolean(), (b, ms, ts, inSub) => {
      const all = [...SCENARIO_BASES, ...STUDY_BASES, ...RUN_BASES()];
      let text = toText(mutated(all[b % all.length]!, ms), true);
      for (const t of ts) text = applyTextMutation(text, t);
      const path = join(ctx.folder(), inSub ? 'sub' : '', `case.json`);
      writeFileSync(path, text);
      const report = validateFile(path);
      if (typeof report.ok !== 'boolean' || report.lines.length === 0) throw new Error('validate gave no answer');
      for (const line of report.lines) {
        if (typeof line !== 'string' || /[\r\n]/.test(line)) throw new Error(`validate printed a broken line: ${JSON.stringify(line)}`);
        if (!line.startsWith('OK  ') && !line.startsWith(path) && !line.startsWith('cannot read')) throw new Error(`validate printed a line that names no file: ${line}`);
      }
      if (!report.ok && report.lines.every((l) => l.startsWith('OK  '))) throw new Error('validate failed a file without saying why');
      expectPrototypesClean(ctx.protos);
      ctx.tally.count('kapasim validate on a file', report.ok ? { ok: true, value: null, warnings: [] } : { ok: false, issues: [] });
    }), params),
};

export const PROPERTIES: FuzzProperty[] = [
  treeProperty('scenario, mutated', 'scenario', () => SCENARIO_BASES, 24),
  randomScenarioProperty,
  textProperty('scenario text, mutated', 'scenario', () => SCENARIO_BASES, 18),
  treeProperty('study, mutated', 'study', () => STUDY_BASES, 10),
  textProperty('study text, mutated', 'study', () => STUDY_BASES, 7),
  changesProperty,
  treeProperty('run file, mutated', 'run', RUN_BASES, 8),
  textProperty('run file text, mutated', 'run', RUN_BASES, 6),
  anythingProperty,
  cliProperty,
];

export interface FuzzOptions {
  seed: number;
  /** Cases in all, shared among the properties by weight. */
  cases: number;
  /** Only the property of this name (or those whose name contains it). */
  only?: string;
  /** Replays one failure: fast-check's path from its report (with `only` naming the property). */
  path?: string;
  /** Called before each property starts. */
  onProperty?: (name: string, runs: number) => void;
}

/** Runs every property; throws fast-check's report (seed, path, counterexample) on the first failure. */
export function runFuzz(options: FuzzOptions): Tally {
  const ctx = new FuzzContext();
  // `only`: the property of that exact name, else every property whose name contains it.
  const exact = PROPERTIES.filter((p) => p.name === options.only);
  const chosen = exact.length > 0 ? exact : PROPERTIES.filter((p) => options.only === undefined || p.name.includes(options.only));
  const total = chosen.reduce((a, p) => a + p.weight, 0);
  try {
    for (const p of chosen) {
      const runs = Math.max(1, Math.round((options.cases * p.weight) / total));
      options.onProperty?.(p.name, runs);
      // Each property has its own seed (the run's seed + its place in PROPERTIES), so that one
      // property can be replayed alone with the seed the run printed.
      p.run(ctx, { seed: options.seed + PROPERTIES.indexOf(p), numRuns: runs, ...(options.path !== undefined ? { path: options.path } : {}) });
    }
  } finally {
    ctx.close();
  }
  return ctx.tally;
}
