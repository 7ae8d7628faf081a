/** The example scenario of shared/MODEL.md, fresh on every call so tests can change it. */
export function exampleScenario(): any {
  return {
    schema: 'kapasim/scenario@1',
    name: 'Baseline',
    description: 'free text',
    horizonDays: 2555, warmupDays: 365, replications: 30, seed: 20121,
    referrals: { perYear: 1400, seasonality: null, growth: 0 },
    groups: [
      { id: 'acute', label: 'Acute', share: 0.2, deadlineDays: 1, entry: { detox: 1 } },
      { id: 'youth', label: 'Under 23', share: 0.12, deadlineDays: 28, entry: { outpatient: 0.7, short: 0.3 } },
      { id: 'adult', label: '23 and over', share: 0.68, deadlineDays: 42,
        entry: { outpatient: 0.8, detox: 0.08, short: 0.08, long: 0.04 } },
    ],
    assessment: { delayDays: { dist: 'uniform', min: 3, max: 14 } },
    waitingList: { discipline: 'earliestDeadline', meanPatienceDays: 240, pretreatmentPatienceFactor: 1 },
    services: [
      { id: 'detox', label: 'Detox', kind: 'inpatient', beds: 25,
        stayDays: { dist: 'lognormal', mean: 9, sd: 5 }, dropoutShare: 0.2,
        next: { short: 0.35, outpatient: 0.35 } },
      { id: 'short', label: 'Short-term (3 months)', kind: 'inpatient', beds: 55,
        stayDays: { dist: 'lognormal', mean: 80, sd: 30 }, maxStayDays: 92, dropoutShare: 0.25 },
      { id: 'long', label: 'Long-term (6–9 months)', kind: 'inpatient', beds: 90,
        stayDays: { dist: 'lognormal', mean: 200, sd: 60 }, maxStayDays: 274, dropoutShare: 0.25 },
      { id: 'outpatient', label: 'Outpatient', kind: 'outpatient', slots: 1500,
        stayDays: { dist: 'lognormal', mean: 240, sd: 150 }, dropoutShare: 0.4 },
    ],
    aftercare: { places: 250, durationDays: { dist: 'lognormal', mean: 180, sd: 90 },
      needShare: { inpatient: 0.7, outpatient: 0.3 }, whenFull: 'waitInBed', maxWaitInBedDays: 30 },
    relapse: { windowDays: 365,
      probability: { completedWithAftercare: 0.4, completedWithoutAftercare: 0.55, droppedOut: 0.7 },
      timeToRelapseDays: { dist: 'exponential', mean: 120 }, reReferralShare: 0.75 },
    costs: { bedDayNok: 7900, outpatientSlotDayNok: 200, aftercarePlaceDayNok: 900 },
  };
}
