/**
 * Bounds that validation enforces beyond the model's own rules, so that any accepted
 * scenario runs in finite time and memory, and tolerances of the sum and mean rules.
 *
 * Seed: any whole number from 0 to 2^53 − 1 (Number.MAX_SAFE_INTEGER). Streams are seeded
 * by the seed's decimal text, so every safe integer is exact, survives a JSON round trip and
 * gives distinct streams; negative seeds are refused only to keep one spelling per seed.
 */
export const LIMITS = {
  /** Longest horizon, and the largest value of any day-valued parameter: 100 years. */
  maxDays: 36_500,
  maxReplications: 10_000,
  maxSeed: Number.MAX_SAFE_INTEGER,
  maxReferralsPerYear: 1_000_000,
  /** Beds, outpatient slots, aftercare places, and initial-state counts per service. */
  maxCapacity: 1_000_000,
  /** Yearly referral growth: more than −100 % and at most +100 % a year. */
  maxGrowth: 1,
  maxPatienceFactor: 100,
  maxCostNok: 1_000_000_000,
  maxEmpiricalValues: 100_000,
  /** Rows of a population table (e.g. 50 years × 20 age bands = 1,000). */
  maxPopulationRows: 10_000,
  /** Population of one age band in one year. */
  maxPopulation: 1_000_000_000,
  /** Calendar years a population table may name. */
  minYear: 1900,
  maxYear: 2200,
  /** Longest age-band name. */
  maxBandLength: 32,
  /** Most services, and most groups. */
  maxItems: 1_000,
  maxIdLength: 64,
  maxTextLength: 10_000,
  /**
   * Levels of lists and objects a study's change value may hold. The deepest value a scenario
   * field takes is 5 levels (a whole `groups` list: group, stayDays, distribution, values);
   * beyond this, a value could not be valid, and one thousands deep could not even be saved.
   */
  maxChangeDepth: 16,
  /** Group shares and entry probabilities must sum to 1 within this; next sums at most 1 + this. */
  sumTolerance: 1e-9,
  /** The 12 seasonality factors must have mean 1 within this. */
  seasonalityTolerance: 1e-6,
  /** Lognormal and gamma: the least mean (days), and the largest sd as a multiple of the mean (so sampling stays finite). */
  minSpreadMeanDays: 1e-6,
  maxSdPerMean: 100,
  /** A relapse time must fall inside the window at least this often (else draws never end). */
  minRelapseShareInWindow: 1e-6,
} as const;

/** Ids of groups and services: they appear in dotted paths (`services.long.beds`). */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Age-band names: letters, digits, "_", "+", "-" and "–" (e.g. `18-22`, `67+`); no dots, as they appear in paths. */
export const AGE_BAND_PATTERN = /^[\p{L}\p{N}_+\-–]+$/u;

/** Names that cannot be ids, since plain objects already have them (`__proto__`, `constructor` …). */
export const RESERVED_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);
