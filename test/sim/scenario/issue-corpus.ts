/**
 * A broad corpus of bad input: scenario mutations, studies, result files, change sets and
 * JSON texts that between them produce every kind of validation issue sim/scenario reports.
 * Used to check that every issue carries a code the renderer can translate.
 */
import { allMetricKeys } from '../../../sim/metrics/keys';
import { applyChanges } from '../../../sim/scenario/changes';
import type { ValidationIssue } from '../../../sim/scenario/issues';
import { parseJsonText } from '../../../sim/scenario/parse-json';
import { validateRunFile } from '../../../sim/scenario/run-file';
import { validateStudy } from '../../../sim/scenario/study';
import { validateScenario } from '../../../sim/scenario/validate';
import { exampleScenario } from './fixtures';
import { issuesOf } from './helpers';

export interface CorpusCase {
  name: string;
  issues: ValidationIssue[];
}

/** Scenario mutations: each changes a fresh copy of the example. */
const SCENARIO_MUTATIONS: Record<string, (s: any) => void> = {
  'number missing': (s) => delete s.horizonDays,
  'number quoted': (s) => (s.horizonDays = '30'),
  'number as text': (s) => (s.horizonDays = 'x'),
  'number as list': (s) => (s.warmupDays = []),
  'number as boolean': (s) => (s.seed = true),
  'number NaN': (s) => (s.horizonDays = Number.NaN),
  'number -Infinity': (s) => (s.warmupDays = Number.NEGATIVE_INFINITY),
  'number not whole': (s) => (s.replications = 2.5),
  'negative beds': (s) => (s.services[2].beds = -3),
  'zero horizon': (s) => (s.horizonDays = 0),
  'growth -1': (s) => (s.referrals.growth = -1),
  'huge seed': (s) => (s.seed = 1e308),
  'horizon over 100 years': (s) => (s.horizonDays = 40_000),
  'share over 1': (s) => (s.groups[0].share = 1.5),
  'patience factor 0': (s) => (s.waitingList.pretreatmentPatienceFactor = 0),
  'referrals too many': (s) => (s.referrals.perYear = 2e6),
  'enum missing': (s) => delete s.waitingList.discipline,
  'enum near miss': (s) => (s.waitingList.discipline = 'fifa'),
  'enum far miss': (s) => (s.aftercare.whenFull = 7),
  'kind near miss': (s) => (s.services[0].kind = 'inpatiant'),
  'dist near miss': (s) => (s.services[0].stayDays.dist = 'lognorm'),
  'name missing': (s) => delete s.name,
  'name a number': (s) => (s.name = 5),
  'name blank': (s) => (s.name = '  '),
  'name too long': (s) => (s.name = 'x'.repeat(10_001)),
  'description a number': (s) => (s.description = 5),
  'description too long': (s) => (s.services[0].description = 'x'.repeat(10_001)),
  'label a boolean': (s) => (s.services[0].label = true),
  'notes a list': (s) => (s.notes = []),
  'note a number': (s) => (s.services[0].notes = { beds: 3 }),
  'referrals missing': (s) => delete s.referrals,
  'referrals a list': (s) => (s.referrals = []),
  'assessment a number': (s) => (s.assessment = 1),
  'waitingList a text': (s) => (s.waitingList = 'x'),
  'aftercare null': (s) => (s.aftercare = null),
  'needShare missing': (s) => delete s.aftercare.needShare,
  'needShare a number': (s) => (s.aftercare.needShare = 1),
  'relapse a number': (s) => (s.relapse = 1),
  'relapse probability a list': (s) => (s.relapse.probability = []),
  'costs a number': (s) => (s.costs = 5),
  'initialState a number': (s) => (s.initialState = 5),
  'group not an object': (s) => (s.groups[0] = 5),
  'service not an object': (s) => (s.services[0] = 5),
  'unknown top field near miss': (s) => (s.horizonDay = 1),
  'unknown top field far miss': (s) => (s.zzzzzzzz = 1),
  'unknown fields everywhere': (s) => {
    s.services[0].bedz = 1;
    s.groups[0].shar = 1;
    s.referrals.perYer = 1;
    s.assessment.x = 1;
    s.waitingList.x = 1;
    s.aftercare.x = 1;
    s.aftercare.needShare.x = 1;
    s.relapse.x = 1;
    s.relapse.probability.x = 1;
    s.costs.x = 1;
    s.initialState = { waiting: {}, x: 1 };
  },
  'distribution unknown field': (s) => (s.services[0].stayDays = { dist: 'exponential', meen: 3 }),
  'distribution without dist': (s) => (s.services[0].stayDays = { mean: 3, zzzzzz: 1 }),
  'distribution unknown fields by kind': (s) => {
    s.services[0].stayDays.qqqqqqq = 1;
    s.services[1].stayDays = { dist: 'gamma', mean: 80, sd: 30, qqqqqqq: 1 };
    s.services[2].stayDays = { dist: 'fixed', value: 80, qqqqqqq: 1 };
    s.services[3].stayDays = { dist: 'uniform', min: 1, max: 80, qqqqqqq: 1 };
    s.aftercare.durationDays = { dist: 'triangular', min: 1, mode: 2, max: 80, qqqqqqq: 1 };
    s.assessment.delayDays = { dist: 'empirical', values: [3], qqqqqqq: 1 };
    s.relapse.timeToRelapseDays = { dist: 'exponential', mean: 120, qqqqqqq: 1 };
  },
  'distribution parameter of another kind': (s) => (s.relapse.timeToRelapseDays = { dist: 'exponential', mean: 120, sd: 3 }),
  'distribution missing': (s) => delete s.assessment.delayDays,
  'distribution a number': (s) => (s.assessment.delayDays = 5),
  'uniform max below min': (s) => (s.assessment.delayDays = { dist: 'uniform', min: 14, max: 3 }),
  'triangular mode below min': (s) => (s.assessment.delayDays = { dist: 'triangular', min: 5, mode: 3, max: 9 }),
  'triangular max below mode': (s) => (s.assessment.delayDays = { dist: 'triangular', min: 1, mode: 9, max: 5 }),
  'triangular max below min': (s) => (s.assessment.delayDays = { dist: 'triangular', min: 5, mode: 'x', max: 3 }),
  'empirical values missing': (s) => (s.assessment.delayDays = { dist: 'empirical' }),
  'empirical values a text': (s) => (s.assessment.delayDays = { dist: 'empirical', values: 'x' }),
  'empirical values empty': (s) => (s.assessment.delayDays = { dist: 'empirical', values: [] }),
  'empirical values too many': (s) => (s.assessment.delayDays = { dist: 'empirical', values: new Array(100_001).fill(1) }),
  'empirical values out of range': (s) => (s.assessment.delayDays = { dist: 'empirical', values: [-1, 'x', ...new Array(12).fill(50_000)] }),
  'warmup not before horizon': (s) => (s.warmupDays = 3000),
  'one replication': (s) => (s.replications = 1),
  'patience missing': (s) => delete s.waitingList.meanPatienceDays,
  'patience null, zero beds': (s) => {
    s.waitingList.meanPatienceDays = null;
    s.services[0].beds = 0;
  },
  'zero slots': (s) => (s.services[3].slots = 0),
  'seasonality too short': (s) => (s.referrals.seasonality = [1, 1]),
  'seasonality a text': (s) => (s.referrals.seasonality = 'x'),
  'seasonality mean 2': (s) => (s.referrals.seasonality = new Array(12).fill(2)),
  'seasonality bad factor': (s) => (s.referrals.seasonality = [...new Array(11).fill(1), -1]),
  'relapse outside window': (s) => (s.relapse.timeToRelapseDays = { dist: 'fixed', value: 400 }),
  'initial state over capacity': (s) => (s.initialState = { waiting: { long: 3 }, inService: { detox: 30, outpatient: 2000 } }),
  'initial state unknown service': (s) => (s.initialState = { waiting: { lng: 3 } }),
  'initial state map a number': (s) => (s.initialState = { waiting: 5 }),
  'unreached service': (s) => s.services.push({ id: 'island', kind: 'outpatient', slots: 5, stayDays: { dist: 'fixed', value: 3 } }),
  'other capacity field': (s) => {
    s.services[0].slots = 5;
    s.services[3].beds = 5;
  },
  'no kind, capacity checked': (s) => {
    delete s.services[0].kind;
    s.services[0].beds = -1;
  },
  'next over 1': (s) => (s.services[0].next = { short: 0.7, outpatient: 0.7 }),
  'self loop': (s) => {
    s.services[1].next = { short: 1 };
    s.services[1].dropoutShare = 0;
  },
  'two-service loop': (s) => {
    s.services[1].next = { long: 1 };
    s.services[1].dropoutShare = 0;
    s.services[2].next = { short: 1 };
    s.services[2].dropoutShare = 0;
  },
  'next unknown service': (s) => (s.services[0].next = { shrt: 0.3 }),
  // The optional population table (referrals.population, docs/population.md).
  'population table problems': (s) => {
    s.referrals.population = {
      baseYear: 2025,
      ratesPer1000: { a: 1, '67 +': 2, unused: 1 },
      rows: [
        { year: 2025, ageBand: 'a', population: 10 },
        { year: 2025, ageBand: 'a', population: 10 },
        { year: 2025, ageBand: 'b', population: 10 },
        { year: 2030, ageBand: 'a', population: 10 },
        { year: 2030, ageBand: 'x.y', population: -1, extra: 1 },
      ],
    };
  },
  'population table with gaps': (s) => {
    s.referrals.population = { baseYear: 2025, ratesPer1000: { a: 1, unused: 1 }, rows: [{ year: 2025, ageBand: 'a', population: 10 }, { year: 2025, ageBand: 'b', population: 1 }, { year: 2030, ageBand: 'a', population: 10 }] };
  },
  'population base year without referrals': (s) => {
    s.referrals.population = { baseYear: 2025, ratesPer1000: { a: 0 }, rows: [{ year: 2025, ageBand: 'a', population: 10 }] };
  },
  'population not a table': (s) => (s.referrals.population = { baseYear: 2025, ratesPer1000: [], rows: 'x' }),
  'shares not summing to 1': (s) => (s.groups[0].share = 0.5),
  'entry missing': (s) => delete s.groups[0].entry,
  'entry not summing to 1': (s) => (s.groups[1].entry = { outpatient: 0.7, short: 0.55 }),
  'entry unknown service near miss': (s) => (s.groups[0].entry = { detx: 1 }),
  'entry unknown service far miss': (s) => (s.groups[0].entry = { zzzzzzzz: 1 }),
  'entry a number': (s) => (s.groups[0].entry = 5),
  'group stay overrides': (s) => {
    s.groups[0].stayDays = { detox: { dist: 'fixed', value: -1 }, lng: { dist: 'fixed', value: 1 } };
    s.groups[1].stayDays = 5;
    s.groups[2].assessmentDelayDays = { dist: 'fixed', value: -1 };
  },
  'services missing': (s) => delete s.services,
  'services an object': (s) => (s.services = {}),
  'groups empty': (s) => (s.groups = []),
  'services too many': (s) => (s.services = new Array(1001).fill(0).map((_, i) => ({ id: `s${i}` }))),
  'ids bad': (s) => {
    delete s.services[0].id;
    s.services[1].id = 5;
    s.services[2].id = 'long term';
    s.services[3].id = '__proto__';
    s.groups[1].id = 'acute';
    s.groups[2].id = 'constructor';
  },
  'too many problems': (s) => (s.groups = new Array(600).fill(5)),
};

/** A well-formed result file of the example scenario with 3 replications. */
function runFile(): any {
  const scenario = exampleScenario();
  const metrics: Record<string, unknown> = {};
  for (const key of allMetricKeys(scenario)) metrics[key] = { mean: 2, sd: 1, ci95: [-0.48, 4.48], n: 3, values: [1, 2, 3] };
  return {
    schema: 'kapasim/result@1',
    engineVersion: '1.0.0',
    scenario,
    seed: 20121,
    replications: 3,
    metrics,
    series: { weekStartDays: [0, 7], values: { waitingList: { mean: [1, 2], lo: [0, 1], hi: [2, 3] } } },
    waitHistogram: { edgesDays: [0, 7, 14], share: { mean: [0.5, 0.3, 0.2], lo: [0.4, 0.2, 0.1], hi: [0.6, 0.4, 0.3] } },
    digest: 'a'.repeat(64),
  };
}

const RUN_FILE_MUTATIONS: Record<string, (f: any) => void> = {
  'result: newer schema': (f) => (f.schema = 'kapasim/result@2'),
  'result: a scenario file': (f) => (f.schema = 'kapasim/scenario@1'),
  'result: engine version a number': (f) => (f.engineVersion = 1),
  'result: bad scenario and seed': (f) => {
    f.scenario.services[2].beds = -3;
    f.seed = -1;
    f.replications = 0;
  },
  'result: no scenario': (f) => (f.scenario = null),
  'result: reserved field': (f) => Object.defineProperty(f, 'constructor', { value: 1, enumerable: true }),
  'result: metric missing': (f) => delete f.metrics.meanWaitDays,
  'result: many metrics missing': (f) => {
    for (const k of Object.keys(f.metrics).slice(0, 7)) delete f.metrics[k];
  },
  'result: bad summaries': (f) => {
    const [a, b, c, d, e, g] = Object.keys(f.metrics);
    f.metrics[a].mean = 'x';
    f.metrics[b].ci95 = [2, 1];
    f.metrics[c].values = 'x';
    f.metrics[d].values = [1, 2];
    f.metrics[e].n = 2;
    f.metrics[g] = 5;
  },
  'result: metrics a list': (f) => (f.metrics = []),
  'result: series bad': (f) => {
    f.series.values.waitingList.mean = [1];
    f.series.values.other = 5;
  },
  'result: series weeks a text': (f) => (f.series.weekStartDays = 'x'),
  'result: series values missing': (f) => delete f.series.values,
  'result: series missing': (f) => delete f.series,
  'result: histogram edges a text': (f) => (f.waitHistogram.edgesDays = 'x'),
  'result: histogram a number': (f) => (f.waitHistogram = 5),
  'result: digest missing': (f) => delete f.digest,
  'result: digest bad': (f) => (f.digest = 'xyz'),
};

function study(extra: Record<string, unknown> = {}): any {
  return {
    schema: 'kapasim/study@1',
    name: 'Fewer beds',
    baseline: { file: 'default.kapasim.json' },
    variants: [{ name: 'fewer', changes: { 'services.long.beds': 77 } }],
    sweeps: [{ path: 'services.long.beds', values: [60, 75] }],
    ...extra,
  };
}

const STUDIES: Record<string, unknown> = {
  'study: newer schema': study({ schema: 'kapasim/study@3' }),
  'study: a result file': study({ schema: 'kapasim/result@1' }),
  'study: schema missing': study({ schema: undefined }),
  'study: schema wrong': study({ schema: 'study' }),
  'study: not an object': [],
  'study: nothing to run': study({ variants: [], sweeps: [] }),
  'study: bad parts': study({
    variant: [],
    name: '',
    variants: [{ name: 'a', changes: { seed: 3, 'a..b': 1 } }, { name: 'a', changes: {} }, { changes: 5 }, { name: 'baseline', changes: {} }, 5],
    sweeps: [{ path: '', values: [] }, { path: 'x', name: 5 }, { path: 'x', values: 5 }, 5],
  }),
  'study: baseline missing': study({ baseline: undefined }),
  'study: baseline file bad': study({ baseline: { file: 5, extra: 1 } }),
  'study: lists not lists': study({ variants: 5, sweeps: 'x' }),
  'study: too many variants': study({ variants: new Array(1001).fill(0).map((_, i) => ({ name: `v${i}`, changes: { 'services.long.beds': i } })) }),
  'study: inline baseline with bad changes': study({
    baseline: exampleScenario(),
    variants: [{ name: 'too few', changes: { 'services.long.beds': -1 } }],
    sweeps: [{ path: 'groups.youth.deadlineDays', values: [14, -2] }, { path: 'services.lng.beds', values: [1] }],
  }),
  'study: inline baseline invalid': study({ baseline: { ...exampleScenario(), horizonDays: -1 } }),
  'study: inline baseline not a scenario': study({ baseline: { schema: 5 } }),
  'study: change values nested too deep': study({
    variants: [{ name: 'deep', changes: { 'services.long.stayDays': new Array(40).fill(0).reduce((v: unknown) => ({ mean: v }), 1) } }],
    sweeps: [{ path: 'services.long.stayDays', values: [new Array(40).fill(0).reduce((v: unknown) => [v], 1)] }],
  }),
};

function changeCases(): CorpusCase[] {
  const base = validateScenario(exampleScenario());
  if (!base.ok) throw new Error('the example scenario must be valid');
  const s = base.value;
  const withSeasonality = { ...s, referrals: { ...s.referrals, seasonality: new Array(12).fill(1) } };
  const hostile = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
  const cases: [string, () => ValidationIssue[]][] = [
    ['changes: unknown service', () => issuesOf(applyChanges(s, { 'services.lng.beds': 1 }, 'variant "x"'))],
    ['changes: unknown group', () => issuesOf(applyChanges(s, { 'groups.yuth.share': 1 }))],
    ['changes: unknown field', () => issuesOf(applyChanges(s, { 'services.long.bed': 1, 'aftercar.places': 1 }))],
    ['changes: bad index', () => issuesOf(applyChanges(withSeasonality, { 'referrals.seasonality.12': 1 }))],
    ['changes: into a number', () => issuesOf(applyChanges(s, { 'services.long.beds.x': 1 }))],
    ['changes: into null', () => issuesOf(applyChanges(s, { 'referrals.seasonality.3': 1 }))],
    ['changes: into an absent field', () => issuesOf(applyChanges(s, { 'services.detox.description.x': 1 }))],
    ['changes: bad path', () => issuesOf(applyChanges(s, { 'services..beds': 1, '': 1 }))],
    ['changes: not an object', () => issuesOf(applyChanges(s, 5 as any))],
    ['changes: hostile', () => issuesOf(applyChanges(s, hostile as any))],
    ['changes: invalid value', () => issuesOf(applyChanges(s, { 'services.long.beds': -3, 'groups.youth.entry.shrt': 0.3 }, 'variant "fewer beds"'))],
    ['changes: new warning', () => issuesOf(applyChanges(s, { replications: 1 }))],
  ];
  return cases.map(([name, run]) => ({ name, issues: run() }));
}

const JSON_TEXTS: Record<string, unknown> = {
  'json: not text': 5,
  'json: empty': '',
  'json: blank with BOM': '\uFEFF  \n',
  'json: cut off in object': '{"a": [1, 2',
  'json: cut off after key': '{"a"',
  'json: cut off at key': '{"a": 1,',
  'json: cut off at literal': '[tru',
  'json: cut off bare literal': 'nul',
  'json: cut off in number': '[-',
  'json: cut off deep': '['.repeat(20),
  'json: cut off in text': '{"name": "Base',
  'json: bare word': '{"a": x}',
  'json: NaN': '{"a": NaN}',
  'json: comment': '{"a": 1 // note\n}',
  'json: single quotes': "{'a': 1}",
  'json: html': '<html><body>',
  'json: trailing comma': '{"a": 1,}',
  'json: trailing comma in list': '[1, 2,]',
  'json: unexpected char': '{"a": 1 @}',
  'json: line break': '{"a": 1\n\n:}',
  'json: tab': '[1\t\t2]',
  'json: control': '[1 \u0001]',
  'json: missing colon': '{"a" 1}',
  'json: key not quoted': '{a: 1}',
  'json: more after value': '{"a": 1} extra',
  'json: bad unicode escape': '"\\u12G4"',
  'json: bad escape': '"\\x"',
  'json: tab in text': '"a\tb"',
  'json: bad number': '[-x]',
  'json: leading zero': '{"a": 01}',
  'json: digits after point': '[1.]',
};

/** Every corpus case with the issues it produced. */
export function issueCorpus(): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (const [name, change] of Object.entries(SCENARIO_MUTATIONS)) {
    const s = exampleScenario();
    change(s);
    out.push({ name, issues: issuesOf(validateScenario(s)) });
  }
  const schemaCases: Record<string, unknown> = {
    'scenario: newer schema': { ...exampleScenario(), schema: 'kapasim/scenario@2' },
    'scenario: a study file': { ...exampleScenario(), schema: 'kapasim/study@1' },
    'scenario: schema missing': { ...exampleScenario(), schema: undefined },
    'scenario: schema wrong': { ...exampleScenario(), schema: 'scenario' },
    'scenario: junk': 42,
    'scenario: a list': [],
  };
  for (const [name, input] of Object.entries(schemaCases)) out.push({ name, issues: issuesOf(validateScenario(input)) });
  const throwing = exampleScenario();
  Object.defineProperty(throwing, 'name', { get() { throw new Error('boom'); }, enumerable: true });
  out.push({ name: 'scenario: throwing getter', issues: issuesOf(validateScenario(throwing)) });
  const throwingStudy = study();
  Object.defineProperty(throwingStudy, 'name', { get() { throw new Error('boom'); }, enumerable: true });
  out.push({ name: 'study: throwing getter', issues: issuesOf(validateStudy(throwingStudy)) });
  const throwingRun = runFile();
  Object.defineProperty(throwingRun, 'engineVersion', { get() { throw new Error('boom'); }, enumerable: true });
  out.push({ name: 'result: throwing getter', issues: issuesOf(validateRunFile(throwingRun)) });
  for (const [name, change] of Object.entries(RUN_FILE_MUTATIONS)) {
    const f = runFile();
    change(f);
    out.push({ name, issues: issuesOf(validateRunFile(f)) });
  }
  out.push({ name: 'result: junk', issues: issuesOf(validateRunFile('junk')) });
  for (const [name, input] of Object.entries(STUDIES)) out.push({ name, issues: issuesOf(validateStudy(input)) });
  out.push(...changeCases());
  for (const [name, text] of Object.entries(JSON_TEXTS)) out.push({ name, issues: issuesOf(parseJsonText(text as string)) });
  return out;
}
