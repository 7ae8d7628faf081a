/**
 * Demographic growth of referrals: population tables (year × age band, with referral rates
 * per 1,000) and their import from CSV. See docs/population.md.
 */
export { demandCurve, demandAt, demographicFactor, maxDemographicFactor, referralsByYear, type DemandCurve, type ReferralYear } from './table';
export {
  parsePopulationCsv, populationCsv, csvPlace, normaliseColumnName, CSV_COLUMN_NAMES, CSV_MESSAGES,
  type CsvColumn, type CsvError, type CsvErrorCode, type CsvImport,
} from './csv';
export { referralRate, meanReferralsPerYear, type ReferralRate } from '../model/referral-rate';
