/**
 * Every kind of validation issue, by a stable code, with the English text rendered from the
 * code and its params. Validators report a code and params only (issues.ts builds the message
 * and the allowed text here), so the English the CLI prints can never drift from what the
 * renderer translates: the renderer's dictionaries key on the same codes, params and terms.
 *
 * Params hold the numbers, names and suggestions a message needs. A few params are terms,
 * not free text: their value is a key of ISSUE_TERMS[param] (e.g. `kind: 'array'` is
 * "an array"), so that a translation can put its own words there.
 */

/** A param's value: JSON-safe, so issues can be printed or saved as they are. */
export type IssueParam = string | number | boolean | readonly string[];

/** The params of any issue. */
export type IssueParamValues = { readonly [name: string]: IssueParam | undefined };

/** Words and phrases that params name by key; `{token}` in one is filled from the issue's params. */
export const ISSUE_TERMS = {
  /** What kind of value was given (`not a number`). */
  kind: {
    null: 'null', array: 'an array', object: 'an object', number: 'a number', string: 'a string', boolean: 'a boolean',
    bigint: 'a bigint', symbol: 'a symbol', function: 'a function', undefined: 'a undefined',
    NaN: 'NaN', Infinity: 'Infinity', '-Infinity': '-Infinity',
  },
  /** What a text, object or map should be (`is required: …`, `must be …, not a number`). */
  what: {
    text: 'a text',
    scenarioName: 'a name for the scenario',
    studyName: 'a name for the study',
    variantName: 'a name for the variant',
    sweepName: 'a name for the sweep',
    baselineFile: 'a path relative to the study file',
    changePath: 'a change path such as "services.long.beds"',
    engineVersion: 'the engine version text',
    notes: 'an object of texts, e.g. {"beds": "source: …"}',
    referrals: 'the referral rate, e.g. {"perYear": 1400}',
    assessment: 'the assessment, e.g. {"delayDays": {…}}',
    waitingList: 'the waiting-list rules',
    aftercare: 'the municipal aftercare settings',
    needShare: 'the shares needing aftercare, e.g. {"inpatient": 0.7, "outpatient": 0.3}',
    relapse: 'the relapse settings',
    relapseProbability: 'the relapse probabilities by outcome',
    costs: 'prices in NOK per day',
    initialState: 'counts of patients at time 0, e.g. {"waiting": {"long": 40}}',
    population: 'a population table {"baseYear": 2025, "ratesPer1000": {…}, "rows": […]}',
    populationRow: 'a row such as {"year": 2025, "ageBand": "18-22", "population": 31000}',
    ratesPer1000: 'referrals a year per 1,000 inhabitants by age band, e.g. {"18-22": 6.5}',
    ageBand: 'an age band such as "18-22"',
    group: 'a group such as {"id": "adult", "share": 0.7, "deadlineDays": 42, "entry": {…}}',
    service: 'a service such as {"id": "detox", "kind": "inpatient", "beds": 25, "stayDays": …}',
    baseline: 'either {"file": "default.kapasim.json"} or a whole scenario',
    variant: 'a variant such as {"name": "…", "changes": {"services.long.beds": 77}}',
    changes: 'an object of change path → value',
    sweep: 'a sweep such as {"path": "services.long.beds", "values": [60, 75, 90]}',
    metrics: 'an object of metric summaries',
    summary: 'a summary {mean, sd, ci95, n, values}',
    band: 'a weekly band {mean, lo, hi}',
    series: 'the weekly series {weekStartDays, values}',
    seriesValues: 'an object of weekly bands',
    histogram: 'the wait histogram {edgesDays, share}',
    next: 'probabilities of going on to that service',
    entry: 'probabilities of the first service',
    stayOverrides: "stay distributions that replace the service's own",
    waiting: 'patients waiting at time 0',
    inService: 'patients in service at time 0',
    scenarioFile: 'a scenario',
    studyFile: 'a study',
    resultFile: 'a run result',
  },
  /** Where a field is unknown (`unknown field in …`). */
  where: {
    scenario: 'a scenario', group: 'a group', service: 'a service', distribution: 'a distribution',
    exponential: 'an exponential distribution', lognormal: 'a lognormal distribution', gamma: 'a gamma distribution',
    fixed: 'a fixed distribution', uniform: 'a uniform distribution', triangular: 'a triangular distribution',
    empirical: 'a empirical distribution',
    referrals: 'referrals', assessment: 'assessment', waitingList: 'waitingList', aftercare: 'aftercare',
    'aftercare.needShare': 'aftercare.needShare', relapse: 'relapse', 'relapse.probability': 'relapse.probability',
    costs: 'costs', initialState: 'initialState',
    population: 'referrals.population', populationRow: 'a population row',
    study: 'a study', baselineFile: 'a baseline file reference', variant: 'a variant', sweep: 'a sweep',
  },
  /** What a list holds. */
  items: { services: 'services', groups: 'patient groups', variants: 'variants', sweeps: 'sweeps', populationRows: 'population rows' },
  /** A service's capacity, in words. */
  unit: { beds: 'beds', slots: 'slots' },
  serviceKind: { inpatient: 'inpatient', outpatient: 'outpatient' },
  /** Why a number's upper bound, or what its unit means (a share is written as a fraction). */
  note: { years100: '100 years', maxSafeInteger: '2^53 − 1', fraction: '1 = 100 %' },
  /** What becomes of patients sent to a service without capacity. */
  fate: { forever: 'wait forever', giveUp: 'wait until they give up' },
  /** A hint in brackets after a message. */
  hint: {
    quoted: 'write it without quotes',
    comment: 'comments are not allowed in JSON',
    singleQuote: 'JSON texts use double quotes',
    html: 'this looks like HTML or XML, not JSON',
    trailingComma: 'a comma before a closing bracket is not allowed in JSON',
    notNumber: '{token} is not a JSON number',
    needsQuotes: 'texts need double quotes: "{token}"',
  },
  /** What the JSON reader expected. */
  expected: {
    value: 'a value',
    anyValue: 'a value (a number, text in double quotes, true, false, null, {…} or […])',
    fieldName: 'a field name in double quotes',
    colon: '":"',
    colonAfterName: '":" after the field name',
    commaOrBrace: '"," or "}"',
    commaOrBracket: '"," or "]"',
    digit: 'a digit',
    end: 'the end of the file (there is more text after the JSON value)',
    true: '"true"',
    false: '"false"',
    null: '"null"',
  },
  /** What the JSON reader found instead. */
  found: { lineBreak: 'a line break', tab: 'a tab', control: 'control character {token}', char: '"{token}"', word: '{token}' },
} as const;

export type TermParam = keyof typeof ISSUE_TERMS;
export type Term<P extends TermParam> = keyof (typeof ISSUE_TERMS)[P] & string;
export type ValueKind = Term<'kind'>;
export type NumberNote = Term<'note'>;

/** Every term as `param.key`, e.g. `kind.array`. */
export const ISSUE_TERM_KEYS: readonly string[] = Object.entries(ISSUE_TERMS).flatMap(([param, terms]) => Object.keys(terms).map((k) => `${param}.${k}`));

/** A term's English text, `{name}` filled from params. */
export function termText<P extends TermParam>(param: P, key: Term<P>, params: IssueParamValues = {}): string {
  const text: string = (ISSUE_TERMS[param] as Record<string, string>)[key] ?? String(key);
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (params[name] === undefined ? m : String(params[name])));
}

/** A number's allowed range; the params of every `number.*` issue. */
export type NumberParams = {
  integer?: boolean;
  min?: number;
  max?: number;
  /** Bounds are inclusive unless these say otherwise. */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** Why the upper bound, or (`fraction`) that 1 stands for 100 %. */
  note?: NumberNote;
};

/** The allowed range in words: `whole number 0 to 1000000`, `number > 0 and ≤ 36500 (100 years)`. */
export function describeNumber(spec: NumberParams): string {
  const base = spec.integer ? 'whole number' : 'number';
  const lo = spec.min === undefined ? '' : `${spec.minExclusive ? '>' : '≥'} ${spec.min}`;
  const hi = spec.max === undefined ? '' : `${spec.maxExclusive ? '<' : '≤'} ${spec.max}`;
  const note = spec.note ? ` (${termText('note', spec.note)})` : '';
  if (spec.min !== undefined && spec.max !== undefined && !spec.minExclusive && !spec.maxExclusive) {
    return `${base} ${spec.min} to ${spec.max}${note}`;
  }
  if (lo && hi) return `${base} ${lo} and ${hi}${note}`;
  return `${base}${lo ? ` ${lo}` : ''}${hi ? ` ${hi}${note}` : ''}`;
}

/** `"a" or "b"`, or `"a", "b", "c"`. */
export function describeOptions(options: readonly string[]): string {
  const quoted = options.map((o) => JSON.stringify(o));
  return quoted.length <= 2 ? quoted.join(' or ') : quoted.join(', ');
}

/** `; did you mean "x"?`, or nothing. */
export function didYouMeanText(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}

interface IssueText<P> {
  message(p: P): string;
  allowed?(p: P): string | undefined;
}

function text<P extends IssueParamValues = Record<string, never>>(message: (p: P) => string, allowed?: (p: P) => string | undefined): IssueText<P> {
  return allowed === undefined ? { message } : { message, allowed };
}

type Kind = { kind: ValueKind };
type Suggestion = { suggestion?: string };
type Position = { line: number; column: number };
type Found = { found: Term<'found'>; token: string };

const aNumber = (p: NumberParams): string => (p.integer ? 'a whole number' : 'a number');
const kind = (p: Kind): string => termText('kind', p.kind);
const what = (p: { what: Term<'what'> }): string => termText('what', p.what);
const items = (p: { items: Term<'items'> }): string => termText('items', p.items);
const at = (p: Position): string => ` at line ${p.line}, column ${p.column}`;
const found = (p: Found): string => termText('found', p.found, p);
const hint = (p: { hint?: Term<'hint'>; token?: string }): string => (p.hint === undefined ? '' : ` (${termText('hint', p.hint, p)})`);
const listAllowed = (p: { items: Term<'items'>; max: number }): string => `1 to ${p.max} ${items(p)}`;
const idRule = (p: { maxLength: number }): string => `letters, digits, "_" and "-", at most ${p.maxLength} characters`;
const valuesAllowed = (p: { maxDays: number; maxValues: number }): string => `non-empty list of numbers 0 to ${p.maxDays}, at most ${p.maxValues} values`;
const seasonalityAllowed = (p: { tolerance: number }): string => `null, or 12 monthly factors ≥ 0 with mean 1 (within ${p.tolerance})`;
const EXAMPLE = '{"dist": "exponential", "mean": 30}';
const LOOP_TAIL = 'that patients can enter but never leave: their next probabilities sum to 1 and none has a dropoutShare above 1e-9, so no one is ever discharged; lower a next probability or add dropout';

/** Every issue code with its English message and allowed text. */
export const ISSUE_TEXTS = {
  // Numbers (check.ts checkNumber).
  'number.required': text<NumberParams>((p) => `is required: ${aNumber(p)}`, describeNumber),
  'number.type': text<NumberParams & Kind & { hint?: 'quoted' }>((p) => `must be ${aNumber(p)}, not ${kind(p)}${hint(p)}`, describeNumber),
  'number.finite': text<NumberParams>(() => 'must be a finite number', describeNumber),
  'number.integer': text<NumberParams & { got: number }>(() => 'must be a whole number', describeNumber),
  'number.min': text<NumberParams & { min: number; got: number }>((p) => `must be ${aNumber(p)} ${p.minExclusive ? '>' : '≥'} ${p.min}`, describeNumber),
  'number.max': text<NumberParams & { max: number; got: number }>((p) => `must be ${p.maxExclusive ? '<' : '≤'} ${p.max}${p.note ? ` (${termText('note', p.note)})` : ''}`, describeNumber),
  // One of a few texts, texts, objects, unknown fields (check.ts).
  'enum.required': text<{ options: readonly string[] }>((p) => `is required: one of ${describeOptions(p.options)}`, (p) => describeOptions(p.options)),
  'enum.invalid': text<{ options: readonly string[] } & Suggestion>((p) => `must be one of ${describeOptions(p.options)}${didYouMeanText(p.suggestion)}`, (p) => describeOptions(p.options)),
  'text.required': text<{ what: Term<'what'> }>((p) => `is required: ${what(p)}`),
  'text.type': text<{ what: Term<'what'> } & Kind>((p) => `must be ${what(p)}, not ${kind(p)}`),
  'text.empty': text(() => 'must not be empty'),
  'text.tooLong': text<{ length: number; max: number }>((p) => `is too long (${p.length} characters)`, (p) => `at most ${p.max} characters`),
  'object.required': text<{ what: Term<'what'> }>((p) => `is required: ${what(p)}`),
  'object.type': text<{ what: Term<'what'> } & Kind>((p) => `must be ${what(p)}, not ${kind(p)}`),
  // The list of allowed fields only when there is no suggestion, to keep the line short.
  'field.unknown': text<{ where: Term<'where'>; fields?: readonly string[] } & Suggestion>((p) => `unknown field in ${termText('where', p.where)}${didYouMeanText(p.suggestion)}`, (p) => p.fields?.join(', ')),
  'field.reserved': text(() => 'is ignored: a reserved name'),
  // Files as a whole and their schema (validate.ts, study.ts, run-file.ts).
  'file.uncheckable': text<{ error?: string }>((p) => `could not be checked: ${p.error ?? 'unknown error'}`),
  'file.notObject': text<{ what: Term<'what'>; schema: string } & Kind>((p) => `must be a JSON object holding ${what(p)}, not ${kind(p)}`, (p) => `an object with "schema": "${p.schema}"`),
  'schema.newer': text<{ got: string; schema: string }>((p) => `this file was written by a newer version of Kapasim (schema ${p.got}); this version reads ${p.schema}`, (p) => p.schema),
  'schema.otherKind': text<{ got: string; fileKind: string; expectedKind: string; schema: string }>((p) => `this is a Kapasim ${p.fileKind} file (${p.got}), not a ${p.expectedKind} file (${p.schema})`, (p) => p.schema),
  'schema.required': text<{ schema: string }>((p) => `is required: "${p.schema}"`, (p) => p.schema),
  'schema.wrong': text<{ schema: string }>((p) => `must be "${p.schema}"`, (p) => p.schema),
  'issues.more': text<{ count: number }>((p) => `… and ${p.count} more problems not listed`),
  // Scenario rules (validate.ts).
  'warmup.notBeforeHorizon': text<{ horizon: number; got: number }>((p) => `must be less than horizonDays (${p.horizon}), so that something is measured`, (p) => `0 ≤ warmupDays < ${p.horizon}`),
  'replications.one': text(() => 'with 1 replication there is no confidence interval; use at least 2 (30 is a good start)'),
  'patience.required': text(() => 'is required: mean days before a waiting patient gives up, or null for never', () => 'null, or number > 0'),
  'seasonality.type': text<Kind & { tolerance: number }>((p) => `must be null or a list of 12 monthly factors, not ${kind(p)}`, seasonalityAllowed),
  'seasonality.length': text<{ count: number; tolerance: number }>((p) => `must have 12 monthly factors, not ${p.count}`, seasonalityAllowed),
  'seasonality.mean': text<{ mean: number; tolerance: number }>((p) => `the 12 factors must have mean 1, but their mean is ${p.mean}`, seasonalityAllowed),
  'relapse.outsideWindow': text<{ window: number; share: number; minShare: number }>(
    (p) => `almost never falls within windowDays (${p.window}): the share inside is ${p.share}, and relapse times are redrawn until they do`,
    (p) => `a distribution with some chance (≥ ${p.minShare}) of ≤ ${p.window} days`,
  ),
  'initialState.overCapacity': text<{ count: number; capacity: number; unit: Term<'unit'>; service: string }>(
    (p) => `${p.count} patients in service exceed the ${p.capacity} ${termText('unit', p.unit)} of service "${p.service}"`,
    (p) => `whole number 0 to ${p.capacity}`,
  ),
  'service.unreached': text<{ service: string }>((p) => `no group's entry and no reachable service's next sends patients here, so service "${p.service}" stays empty`),
  'service.noCapacity': text<{ service: string; unit: Term<'unit'>; fate: Term<'fate'> }>((p) => `service "${p.service}" has 0 ${termText('unit', p.unit)} but patients are sent there; they ${termText('fate', p.fate)}`),
  // The population table (validate-population.ts).
  'population.bandName': text<{ maxLength: number }>(
    () => 'must be an age-band name such as "18-22" or "67+"',
    (p) => `letters, digits, "_", "+", "-" and "–", at most ${p.maxLength} characters`,
  ),
  'population.duplicateRow': text<{ year: number; band: string; other: string }>((p) => `a second row for ${p.year}, age band "${p.band}" (also ${p.other})`, () => 'one row per year and age band'),
  'population.bandNoRate': text<{ band: string }>((p) => `age band "${p.band}" has no rate in ratesPer1000`, () => 'an age band of ratesPer1000'),
  'population.yearMissingBand': text<{ year: number; bands: readonly string[] }>(
    (p) => `the year ${p.year} has no row for age band${p.bands.length > 1 ? 's' : ''} ${p.bands.map((b) => `"${b}"`).join(', ')}`,
    () => 'a row for every age band in every year',
  ),
  'population.rateNoRows': text<{ band: string }>((p) => `no row of the table has age band "${p.band}", so its rate is not used`),
  'population.baseZero': text<{ baseYear: number }>((p) => `the table expects no referrals in the base year ${p.baseYear} (population × rate is 0), so it cannot scale perYear`, () => 'a base year with population × rate > 0'),
  // Services and groups (validate-services.ts, validate-groups.ts, elements.ts).
  'capacity.ignored': text<{ serviceKind: Term<'serviceKind'>; field: string; other: string }>((p) => `is ignored: an ${termText('serviceKind', p.serviceKind)} service has ${p.field}, not ${p.other}`, (p) => p.field),
  'sum.nextOverOne': text<{ sum: number }>((p) => `probabilities sum to ${p.sum}; they may sum to at most 1 (the rest is discharge)`, () => 'sum ≤ 1'),
  'next.selfLoop': text<{ service: string }>((p) => `service "${p.service}" sends every patient who completes it back to itself ${LOOP_TAIL}`, () => 'next summing to less than 1, or dropoutShare > 1e-9, somewhere in every loop'),
  'next.cycle': text<{ members: readonly string[]; cycle: readonly string[] }>(
    (p) => `services ${p.members.map((m) => `"${m}"`).join(', ')} form a loop (${p.cycle.join(' → ')}) ${LOOP_TAIL}`,
    () => 'next summing to less than 1, or dropoutShare > 1e-9, somewhere in every loop',
  ),
  'sum.sharesNotOne': text<{ sum: number; tolerance: number }>((p) => `shares must sum to 1, but they sum to ${p.sum}`, (p) => `sum of share = 1 (within ${p.tolerance})`),
  'entry.required': text(() => 'is required: probabilities of the first service, e.g. {"outpatient": 0.8, "detox": 0.2}', () => 'probabilities summing to 1'),
  'sum.entryNotOne': text<{ sum: number; tolerance: number }>((p) => `probabilities must sum to 1, but they sum to ${p.sum}`, (p) => `sum = 1 (within ${p.tolerance})`),
  'list.required': text<{ items: Term<'items'>; max: number }>((p) => `is required: a list of ${items(p)}`, listAllowed),
  'list.type': text<{ items: Term<'items'>; max: number } & Kind>((p) => `must be a list of ${items(p)}, not ${kind(p)}`, listAllowed),
  'list.empty': text<{ items: Term<'items'>; max: number }>((p) => `must list at least one of the ${items(p)}`, listAllowed),
  'list.tooLong': text<{ items: Term<'items'>; max: number; count: number }>((p) => `has too many ${items(p)} (${p.count})`, listAllowed),
  'id.required': text<{ maxLength: number }>(() => 'is required: a short name used in paths and references', idRule),
  'id.type': text<{ maxLength: number } & Kind>((p) => `must be a text, not ${kind(p)}`, idRule),
  'id.pattern': text<{ maxLength: number }>((p) => `must use only ${idRule(p)}`, idRule),
  'id.reserved': text<{ maxLength: number; id: string }>((p) => `"${p.id}" is a reserved name; choose another id`, idRule),
  'id.duplicate': text<{ id: string; other: string }>((p) => `duplicate id "${p.id}" (also ${p.other})`, () => 'an id used once'),
  'id.unknownService': text<{ id: string; services: readonly string[] } & Suggestion>((p) => `no service has the id "${p.id}"${didYouMeanText(p.suggestion)}`, (p) => p.services.join(', ')),
  'map.type': text<{ what: Term<'what'> } & Kind>((p) => `must be an object keyed by service id (${what(p)}), not ${kind(p)}`),
  // Distributions (distribution.ts).
  'distribution.required': text(() => `is required: a distribution such as ${EXAMPLE}`),
  'distribution.type': text<Kind>((p) => `must be a distribution such as ${EXAMPLE}, not ${kind(p)}`),
  'distribution.notParameter': text<{ where: Term<'where'>; takes: readonly string[] }>((p) => `is not a parameter of ${termText('where', p.where)}, which takes ${p.takes.join(', ')}`, (p) => p.takes.join(', ')),
  'uniform.maxBelowMin': text<{ min: number; maxDays: number; got: number }>((p) => `must be ≥ min (${p.min})`, (p) => `number from min (${p.min}) to ${p.maxDays}`),
  'triangular.modeBelowMin': text<{ min: number; got: number }>((p) => `must be ≥ min (${p.min})`, () => 'min ≤ mode ≤ max'),
  'triangular.maxBelowMode': text<{ mode: number; got: number }>((p) => `must be ≥ mode (${p.mode})`, () => 'min ≤ mode ≤ max'),
  'triangular.maxBelowMin': text<{ min: number; got: number }>((p) => `must be ≥ min (${p.min})`, () => 'min ≤ mode ≤ max'),
  'values.required': text<{ maxDays: number; maxValues: number }>(() => 'is required: a list of observed values', valuesAllowed),
  'values.type': text<{ maxDays: number; maxValues: number } & Kind>((p) => `must be a list of numbers, not ${kind(p)}`, valuesAllowed),
  'values.empty': text<{ maxDays: number; maxValues: number }>(() => 'must not be empty', valuesAllowed),
  'values.tooMany': text<{ maxDays: number; maxValues: number; count: number }>((p) => `has too many values (${p.count})`, valuesAllowed),
  'values.outOfRange': text<{ maxDays: number; maxValues: number }>((p) => `must be a finite number from 0 to ${p.maxDays}`, valuesAllowed),
  'values.moreOutOfRange': text<{ maxDays: number; maxValues: number; count: number }>((p) => `has ${p.count} more values out of range`, valuesAllowed),
  // Studies and their changes (study.ts, changes.ts).
  'study.nothingToRun': text(() => 'the study has no variants and no sweeps, so only the baseline runs'),
  'studyList.type': text<{ items: Term<'items'> } & Kind>((p) => `must be a list of ${items(p)}, not ${kind(p)}`),
  'studyList.tooLong': text<{ items: Term<'items'>; count: number; max: number }>((p) => `has too many ${items(p)} (${p.count})`, (p) => `at most ${p.max}`),
  'variant.nameBaseline': text(() => '"baseline" is the name of the unchanged scenario'),
  'variant.duplicateName': text<{ index: number }>((p) => `duplicate variant name (also variants[${p.index}])`),
  'variant.noChanges': text(() => 'changes nothing, so the variant is the baseline again'),
  'sweep.valuesCount': text<{ max: number }>((p) => `must hold 1 to ${p.max} values`),
  'sweep.valuesRequired': text(() => 'is required: the values to run'),
  'sweep.valuesType': text<Kind>((p) => `must be a list of values, not ${kind(p)}`),
  'changeValue.tooDeep': text<{ max: number }>(
    (p) => `is nested too deeply: more than ${p.max} levels of lists and objects, deeper than any scenario field`,
    (p) => `a value nested at most ${p.max} levels deep`,
  ),
  'changePath.invalid': text(() => 'is not a valid change path; write field names joined by dots, e.g. "services.long.beds"'),
  'changePath.fixed': text<{ path: string }>((p) => `"${p.path}" cannot be changed by a variant or sweep: every case runs with the baseline's seed and replications, so that differences are paired; change it in the baseline`),
  'changePath.noService': text<{ id: string } & Suggestion>((p) => `unknown path: no service has the id "${p.id}"${didYouMeanText(p.suggestion)}`),
  'changePath.noGroup': text<{ id: string } & Suggestion>((p) => `unknown path: no group has the id "${p.id}"${didYouMeanText(p.suggestion)}`),
  'changePath.badIndex': text<{ at: string; length: number; key: string }>((p) => `unknown path: ${p.at} is a list of ${p.length}; "${p.key}" is not an index 0 to ${p.length - 1}`),
  'changePath.noField': text<{ key: string; at: string } & Suggestion>((p) => `unknown path: there is no field "${p.key}" in ${p.at}${didYouMeanText(p.suggestion)}`),
  'changePath.absent': text<{ at: string; next: string }>((p) => `unknown path: ${p.at} is absent, so the path cannot go on to "${p.next}"`),
  'changePath.blocked': text<{ at: string; next: string } & Kind>((p) => `unknown path: ${p.at} is ${kind(p)}, so the path cannot go on to "${p.next}"`),
  'changes.type': text<Kind>((p) => `must be an object of path → value, not ${kind(p)}`),
  'changes.unapplicable': text<{ error?: string }>((p) => `could not be applied (${p.error ?? 'unknown error'})`),
  // Result files (run-file.ts).
  'metrics.missing': text<{ count: number; keys: readonly string[] }>((p) => `lacks ${p.count} metric${p.count > 1 ? 's' : ''} of this scenario: ${p.keys.join(', ')}`),
  'summary.numberOrNull': text(() => 'must be a finite number or null'),
  'summary.ci': text(() => 'must be null or [lo, hi] with lo ≤ hi'),
  'summary.values': text(() => 'must be a list of finite numbers or nulls, one per replication'),
  'summary.valuesCount': text<{ replications: number; count: number }>((p) => `must hold one value per replication: ${p.replications}, not ${p.count}`, (p) => `${p.replications} values`),
  'summary.n': text<{ count: number }>((p) => `must count the values that are not null (${p.count})`, (p) => String(p.count)),
  'band.length': text<{ weeks: number }>((p) => `must be a list of ${p.weeks} finite numbers (or nulls), one per week`),
  'numbers.list': text(() => 'must be a list of numbers'),
  'digest.required': text(() => 'is required: the SHA-256 of the metric values', () => '64 characters 0-9, a-f'),
  'digest.invalid': text(() => 'must be a SHA-256 digest: 64 lowercase hex characters', () => '64 characters 0-9, a-f'),
  // JSON text (parse-json.ts).
  'json.unreadable': text(() => 'the file could not be read as text'),
  'json.unparsable': text(() => 'the file could not be read as JSON'),
  'json.empty': text(() => 'the file is empty; expected a JSON object such as {"schema": "kapasim/scenario@1", …}'),
  'json.engine': text<{ error?: string; line?: number; column?: number }>((p) => `is not valid JSON${p.line === undefined ? '' : at({ line: p.line, column: p.column ?? 1 })}: ${p.error ?? 'syntax error'}`),
  'json.endsEarly': text<{ expected: Term<'expected'> } & Position>((p) => `the file ends too early (is it cut off?): expected ${termText('expected', p.expected)}${at(p)}`),
  'json.endsEarlyOpen': text<{ expected: Term<'expected'>; open: number; closers: string } & Position>(
    (p) => `the file ends too early (is it cut off?): expected ${termText('expected', p.expected)}; ${p.open} bracket${p.open > 1 ? 's are' : ' is'} still open ("${p.closers}" would close them)${at(p)}`,
  ),
  'json.unexpected': text<Found & { hint?: Term<'hint'>; expected: Term<'expected'> } & Position>((p) => `unexpected ${found(p)}${hint(p)}; expected ${termText('expected', p.expected)}${at(p)}`),
  'json.badUnicodeEscape': text<Position>((p) => `bad \\u escape in a text (needs 4 hex digits)${at(p)}`),
  'json.badEscape': text<{ escape: string } & Position>((p) => `bad escape "\\${p.escape}" in a text${at(p)}`),
  'json.controlInText': text<Found & { startLine: number; startColumn: number } & Position>(
    (p) => `${found(p)} inside a text (the text that starts at line ${p.startLine}, column ${p.startColumn} may be missing its closing ")${at(p)}`,
  ),
  'json.endsInText': text<{ startLine: number; startColumn: number } & Position>((p) => `the file ends inside a text that starts at line ${p.startLine}, column ${p.startColumn} (is the file cut off, or a " missing?)${at(p)}`),
  'json.badNumber': text<Position>((p) => `bad number${at(p)}`),
  'json.badNumberForm': text<Position>((p) => `bad number (JSON numbers have no leading zeros, and need digits after "." and "e")${at(p)}`),
};

export type IssueCode = keyof typeof ISSUE_TEXTS;

/** The params of an issue with this code. */
export type ParamsOf<C extends IssueCode> = (typeof ISSUE_TEXTS)[C] extends IssueText<infer P> ? P : never;

/** Every issue code, for translations to be checked against. */
export const ISSUE_CODES = Object.keys(ISSUE_TEXTS) as IssueCode[];

/** The codes whose issues say what is allowed (an `allowed` text). */
export const ISSUE_CODES_WITH_ALLOWED = ISSUE_CODES.filter((c) => (ISSUE_TEXTS[c] as IssueText<never>).allowed !== undefined);

/**
 * Which change an issue of a study follows: a variant, a sweep point, changes in general, or
 * a caller's own label (shown as it is).
 */
export type IssueContext =
  | { kind: 'variant'; name: string; index: number }
  | { kind: 'sweep'; path: string; value: string; index: number }
  | { kind: 'changes' }
  | { kind: 'label'; label: string };

/** The kinds of context a translation names in its own words (a label is shown as it is). */
export const ISSUE_CONTEXT_KINDS = ['variant', 'sweep', 'changes'] as const;

/** A context's English text: `variant "x" (variants[0])`. */
export function contextText(context: IssueContext): string {
  switch (context.kind) {
    case 'variant':
      return `variant "${context.name}" (variants[${context.index}])`;
    case 'sweep':
      return `sweep ${context.path} = ${context.value} (sweeps[${context.index}])`;
    case 'changes':
      return 'after the changes';
    case 'label':
      return context.label;
  }
}

/** The English message and allowed text of an issue with this code and these params. */
export function issueText<C extends IssueCode>(code: C, params: ParamsOf<C>, context?: IssueContext): { message: string; allowed?: string } {
  const entry = ISSUE_TEXTS[code] as IssueText<ParamsOf<C>>;
  const message = entry.message(params);
  const allowed = entry.allowed?.(params);
  return {
    message: context === undefined ? message : `${contextText(context)}: ${message}`,
    ...(allowed !== undefined ? { allowed } : {}),
  };
}
