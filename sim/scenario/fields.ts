/**
 * The known field names of every object in a scenario file, shared by validation (unknown
 * fields are errors, with a suggestion) and by study change paths.
 */

/** Free-text fields allowed in every structured object: `notes` (object of strings), `description`, `label`. */
export const FREE_TEXT_FIELDS = ['notes', 'description', 'label'] as const;

export const TOP_FIELDS = [
  'schema', 'name', 'description', 'horizonDays', 'warmupDays', 'replications', 'seed', 'referrals', 'groups',
  'assessment', 'waitingList', 'services', 'aftercare', 'relapse', 'costs', 'initialState', 'notes',
] as const;
export const REFERRALS_FIELDS = ['perYear', 'seasonality', 'growth', 'population'] as const;
/** The optional population table of `referrals.population` (docs/population.md). */
export const POPULATION_FIELDS = ['baseYear', 'ratesPer1000', 'rows'] as const;
export const POPULATION_ROW_FIELDS = ['year', 'ageBand', 'population'] as const;
export const GROUP_FIELDS = ['id', 'label', 'share', 'deadlineDays', 'entry', 'assessmentDelayDays', 'stayDays', 'notes'] as const;
export const ASSESSMENT_FIELDS = ['delayDays'] as const;
export const WAITING_LIST_FIELDS = ['discipline', 'meanPatienceDays', 'pretreatmentPatienceFactor'] as const;
export const SERVICE_FIELDS = ['id', 'label', 'kind', 'beds', 'slots', 'stayDays', 'maxStayDays', 'dropoutShare', 'next', 'notes'] as const;
export const AFTERCARE_FIELDS = ['places', 'durationDays', 'needShare', 'whenFull', 'maxWaitInBedDays'] as const;
export const NEED_SHARE_FIELDS = ['inpatient', 'outpatient'] as const;
export const RELAPSE_FIELDS = ['windowDays', 'probability', 'timeToRelapseDays', 'reReferralShare'] as const;
export const RELAPSE_PROBABILITY_FIELDS = ['completedWithAftercare', 'completedWithoutAftercare', 'droppedOut'] as const;
export const COSTS_FIELDS = ['bedDayNok', 'outpatientSlotDayNok', 'aftercarePlaceDayNok'] as const;
export const INITIAL_STATE_FIELDS = ['waiting', 'inService'] as const;

/** The parameters of each distribution, in the order they are written. */
export const DISTRIBUTION_PARAMS = {
  exponential: ['mean'],
  lognormal: ['mean', 'sd'],
  gamma: ['mean', 'sd'],
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  empirical: ['values'],
} as const;

export const DISTRIBUTION_KINDS = Object.keys(DISTRIBUTION_PARAMS) as (keyof typeof DISTRIBUTION_PARAMS)[];

/** Every field any distribution may have. */
export const DISTRIBUTION_FIELDS = ['dist', 'mean', 'sd', 'value', 'min', 'mode', 'max', 'values'] as const;

/** What sits at a path pattern (`*` standing for a group or service id, or a map key). */
export type Shape = readonly string[] | 'map' | 'distribution' | 'list';

/** The shape of every object path in a scenario; `*.notes` maps are handled by the caller. */
export const SCENARIO_SHAPES: Readonly<Record<string, Shape>> = {
  '': TOP_FIELDS,
  referrals: REFERRALS_FIELDS,
  'referrals.seasonality': 'list',
  'referrals.population': POPULATION_FIELDS,
  'referrals.population.ratesPer1000': 'map',
  'referrals.population.rows': 'list',
  'referrals.population.rows.*': POPULATION_ROW_FIELDS,
  groups: 'list',
  'groups.*': GROUP_FIELDS,
  'groups.*.entry': 'map',
  'groups.*.assessmentDelayDays': 'distribution',
  'groups.*.stayDays': 'map',
  'groups.*.stayDays.*': 'distribution',
  assessment: ASSESSMENT_FIELDS,
  'assessment.delayDays': 'distribution',
  waitingList: WAITING_LIST_FIELDS,
  services: 'list',
  'services.*': SERVICE_FIELDS,
  'services.*.stayDays': 'distribution',
  'services.*.next': 'map',
  aftercare: AFTERCARE_FIELDS,
  'aftercare.durationDays': 'distribution',
  'aftercare.needShare': NEED_SHARE_FIELDS,
  relapse: RELAPSE_FIELDS,
  'relapse.probability': RELAPSE_PROBABILITY_FIELDS,
  'relapse.timeToRelapseDays': 'distribution',
  costs: COSTS_FIELDS,
  initialState: INITIAL_STATE_FIELDS,
  'initialState.waiting': 'map',
  'initialState.inService': 'map',
};
