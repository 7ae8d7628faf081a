/**
 * The scenario file contract (`kapasim/scenario@1`), as described in shared/MODEL.md.
 * Field names are fixed by the contract: add fields freely, never rename these.
 * Units: time in days, money in NOK, shares in [0, 1].
 */

export const SCENARIO_SCHEMA = 'kapasim/scenario@1';
export const STUDY_SCHEMA = 'kapasim/study@1';
export const RESULT_SCHEMA = 'kapasim/result@1';

/** A distribution written by its mean, as planners think. All values in days. */
export type Distribution =
  | { dist: 'exponential'; mean: number }
  | { dist: 'lognormal'; mean: number; sd: number }
  | { dist: 'gamma'; mean: number; sd: number }
  | { dist: 'fixed'; value: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'empirical'; values: number[] };

export type DistributionKind = Distribution['dist'];

/** Probabilities keyed by service id. */
export type RoutingTable = Record<string, number>;

export interface Group {
  id: string;
  label?: string;
  /** Share of referrals belonging to this group; all shares sum to 1. */
  share: number;
  /** Referral to first treatment start must not exceed this (days). */
  deadlineDays: number;
  /** Probabilities of the first service after assessment; sums to 1. */
  entry: RoutingTable;
  /**
   * Optional assessment delay for this group, overriding `assessment.delayDays` (an extension of
   * MODEL.md: acute patients are admitted without the ordinary assessment period).
   */
  assessmentDelayDays?: Distribution;
  /** Optional per-service stay override for this group. */
  stayDays?: Record<string, Distribution>;
  /** Free-text provenance notes, by field name. */
  notes?: Record<string, string>;
}

/** One row of a population table: the population of an age band on 1 January of a year. */
export interface PopulationRow {
  year: number;
  ageBand: string;
  population: number;
}

/**
 * A population table (docs/population.md): rows by year and age band, and referrals per 1,000
 * inhabitants a year for each age band. Referrals at simulation day t are `perYear` × D(baseYear
 * + t/365) / D(baseYear), D(y) = Σ population × rate / 1000, linear between table years.
 */
export interface PopulationTable {
  /** The calendar year at day 0 of the simulation; `perYear` is the referral rate then. */
  baseYear: number;
  /** Referrals a year per 1,000 inhabitants, by age band (every band of the rows). */
  ratesPer1000: Record<string, number>;
  rows: PopulationRow[];
}

export type ServiceKind = 'inpatient' | 'outpatient';

export interface Service {
  id: string;
  label?: string;
  kind: ServiceKind;
  /** Inpatient capacity (beds). */
  beds?: number;
  /** Outpatient capacity (concurrent caseload slots). */
  slots?: number;
  stayDays: Distribution;
  /** Planned stays are cut at this length (days); null or absent = no cut. */
  maxStayDays?: number | null;
  /** Probability that a started stay ends in dropout. */
  dropoutShare?: number;
  /** On completion, probabilities of going on to another service's list; the rest is discharge. */
  next?: RoutingTable;
  notes?: Record<string, string>;
}

export interface Scenario {
  schema: typeof SCENARIO_SCHEMA;
  name: string;
  description?: string;
  horizonDays: number;
  warmupDays: number;
  replications: number;
  seed: number;
  referrals: {
    perYear: number;
    /** 12 monthly factors with mean 1, or null. */
    seasonality?: number[] | null;
    /** Yearly growth rate, e.g. 0.02 for +2 % a year. */
    growth?: number;
    /**
     * Optional demographic growth (an extension of MODEL.md; docs/population.md): a population
     * table by year and age band with referral rates per 1,000, which scales `perYear` by the
     * table's expected referrals relative to its base year. Absent or null: no table.
     */
    population?: PopulationTable | null;
  };
  groups: Group[];
  assessment: { delayDays: Distribution };
  waitingList: {
    discipline: 'fifo' | 'earliestDeadline';
    /** Mean of exponential patience on a waiting list, or null for never reneging. */
    meanPatienceDays: number | null;
    pretreatmentPatienceFactor?: number;
  };
  services: Service[];
  aftercare: {
    places: number;
    durationDays: Distribution;
    needShare: { inpatient: number; outpatient: number };
    whenFull: 'waitInBed' | 'discharge';
    maxWaitInBedDays: number;
  };
  relapse: {
    windowDays: number;
    probability: {
      completedWithAftercare: number;
      completedWithoutAftercare: number;
      droppedOut: number;
    };
    timeToRelapseDays: Distribution;
    reReferralShare: number;
  };
  costs?: {
    bedDayNok?: number;
    outpatientSlotDayNok?: number;
    aftercarePlaceDayNok?: number;
  };
  /** Optional state at time 0: patients waiting and in service, per service id. */
  initialState?: {
    waiting?: Record<string, number>;
    inService?: Record<string, number>;
  } | null;
  /** Free-text provenance notes, by field path. */
  notes?: Record<string, string>;
}

/** The capacity of a service: beds for inpatient units, slots for outpatient services. */
export function capacityOf(s: Service): number {
  return (s.kind === 'inpatient' ? s.beds : s.slots) ?? 0;
}
