import { Scheduler } from '../engine/scheduler';
import { chance, pick } from '../random/draw';
import { createStreams, type Rng, type Streams } from '../random/streams';
import type { ReplicationResult } from '../run/types';
import type { Scenario } from '../scenario/types';
import { compileScenario, type CompiledModel } from './compile';
import { FifoQueue } from './fifo-queue';
import { Integrals } from './integrals';
import { computeMetrics, weeklySeries, type SeriesBuffer } from './metrics';
import { Observations, READMISSION_DAYS } from './observations';
import { P, Patients, PatientState } from './patients';
import { WaitingList } from './waiting-list';
import { log, pow } from '../math/portable';

// Event kinds. `a` is a patient index unless said otherwise; `b` a token.
const EV_END = 0;
const EV_REFERRAL = 1; // a new referral from outside (a: unused)
const EV_ASSESSED = 2;
const EV_RENEGE = 3;
const EV_SERVICE_END = 4;
const EV_AFTERCARE_TIMEOUT = 5;
const EV_AFTERCARE_RELEASE = 6; // an aftercare place falls free (a: unused)
const EV_REREFERRAL = 7;
const EV_WEEK = 8; // a week boundary (a: week number)
const EV_WARMUP = 9;

/** How a patient leaves treatment, for the relapse probability. */
const OUTCOME_WITH_AFTERCARE = 0;
const OUTCOME_WITHOUT_AFTERCARE = 1;
const OUTCOME_DROPPED_OUT = 2;

/** Counts of patients by where they are, for conservation checks. */
export interface Census {
  time: number;
  created: number;
  inAssessment: number;
  waiting: number;
  inService: number;
  waitingForAftercare: number;
  awaitingReReferral: number;
  left: number;
}

export interface SimulateOptions {
  /** Called at every week boundary with the patient census (tests and the trace player). */
  onWeek?: (census: Census, check: ConsistencyCheck) => void;
}

/** What the model's own running totals say, to compare with a census rebuilt from patients. */
export interface ConsistencyCheck {
  waitingPerService: number[];
  inUsePerService: number[];
  capacity: number[];
  aftercareInUse: number;
  aftercarePlaces: number;
  delayedInBed: number;
  /** A census counted by scanning every patient record, independent of the running counts. */
  rebuilt: Census;
}

/**
 * Runs replication `replication` of a validated scenario and returns its metrics, weekly series
 * and wait histogram. Replication i's random streams derive from (seed, i) alone, so the result
 * does not depend on which worker runs it or in which order.
 */
export function simulateReplication(scenario: Scenario, replication: number, options: SimulateOptions = {}): ReplicationResult {
  const run = new ReplicationRun(compileScenario(scenario), createStreams(scenario.seed, replication), options);
  run.run();
  const model = run.model;
  return {
    replication,
    metrics: computeMetrics(model, run.obs, run.integrals, run.windowArea, scenario),
    series: weeklySeries(model, run.series),
    waitHistogram: Array.from(run.obs.waitHistogram),
    events: run.sched.processed,
    patients: run.patients.created,
  };
}

class ReplicationRun {
  readonly sched = new Scheduler(4096);
  readonly patients = new Patients(1024);
  readonly obs: Observations;
  readonly integrals: Integrals;
  /** Integral values at the end of warm-up, subtracted at the end to give the window's. */
  readonly windowArea: Float64Array;
  readonly series: SeriesBuffer;
  private readonly lists: WaitingList[];
  private readonly aftercareQueue = new FifoQueue();
  private readonly inUse: Int32Array;
  private readonly waiting: Int32Array;
  private aftercareInUse = 0;
  private delayedInBed = 0;
  /** Patients with an assessment pending, waiting outside for aftercare, awaiting re-referral (census). */
  private assessing = 0;
  private aftercareOutside = 0;
  private awaitingReReferral = 0;
  private readonly lambdaMax: number;
  private readonly vAftercare: number;
  private readonly vDelayed: number;
  private lastWeekEnd = 0;
  private readonly weekArea: Float64Array;

  constructor(
    readonly model: CompiledModel,
    private readonly rng: Streams,
    private readonly options: SimulateOptions,
  ) {
    const n = model.nServices;
    this.obs = new Observations(n, model.nGroups);
    // Variables: in use per service [0, n), waiting per service [n, 2n), aftercare, delayed.
    this.vAftercare = 2 * n;
    this.vDelayed = 2 * n + 1;
    this.integrals = new Integrals(2 * n + 2);
    this.windowArea = new Float64Array(2 * n + 2);
    this.weekArea = new Float64Array(2 * n + 2);
    const weeks = Math.ceil(model.horizon / 7);
    this.series = { weeks, values: Array.from({ length: 2 * n + 2 }, () => new Float64Array(weeks)) };
    this.lists = Array.from({ length: n }, () => new WaitingList(!model.earliestDeadline));
    this.inUse = new Int32Array(n);
    this.waiting = new Int32Array(n);
    let peakSeason = 1;
    if (model.seasonality) peakSeason = Math.max(...model.seasonality);
    const peakGrowth = Math.max(1, pow(1 + model.growth, model.horizon / 365));
    this.lambdaMax = model.referralsPerDay * peakSeason * peakGrowth;
  }

  run(): void {
    const m = this.model;
    const s = this.sched;
    // The end is scheduled first, so it comes before anything else at the horizon itself.
    s.schedule(m.horizon, EV_END);
    if (m.warmup > 0) s.schedule(m.warmup, EV_WARMUP);
    if (7 < m.horizon) s.schedule(7, EV_WEEK, 1);
    this.placeInitialState();
    this.scheduleNextReferral(0);
    while (s.pop()) {
      const a = s.a;
      switch (s.kind) {
        case EV_REFERRAL:
          this.newReferral();
          break;
        case EV_ASSESSED:
          this.assessing--;
          this.assessed(a);
          break;
        case EV_SERVICE_END:
          this.serviceEnd(a);
          break;
        case EV_RENEGE:
          this.renege(a, s.b);
          break;
        case EV_AFTERCARE_RELEASE:
          this.aftercareRelease();
          break;
        case EV_AFTERCARE_TIMEOUT:
          this.aftercareTimeout(a, s.b);
          break;
        case EV_REREFERRAL:
          this.reReferral(a);
          break;
        case EV_WEEK:
          this.weekBoundary(a);
          break;
        case EV_WARMUP:
          this.integrals.flush(s.now);
          this.integrals.copyAreas(this.windowArea);
          break;
        case EV_END:
          this.weekBoundary(this.series.weeks);
          return;
      }
    }
  }

  private inWindow(t: number): boolean {
    return t >= this.model.warmup;
  }

  // ── Referrals and assessment ─────────────────────────────────────────────

  /** Schedules the next new referral after t: a Poisson process, thinned for seasonality and growth. */
  private scheduleNextReferral(t: number): void {
    const m = this.model;
    if (this.lambdaMax <= 0) return;
    const rng = this.rng.arrivals;
    const thinned = m.seasonality !== null || m.growth !== 0;
    for (;;) {
      t += -log(rng.next()) / this.lambdaMax;
      if (t >= m.horizon) return;
      if (!thinned || rng.next() * this.lambdaMax <= this.rateAt(t)) break;
    }
    this.sched.scheduleArrival(t, EV_REFERRAL);
  }

  /** Referral rate per day at time t (MODEL.md, "Referral rate"). */
  private rateAt(t: number): number {
    const m = this.model;
    let rate = m.referralsPerDay;
    if (m.seasonality) rate *= m.seasonality[Math.floor((12 * (t % 365)) / 365)];
    if (m.growth !== 0) rate *= pow(1 + m.growth, t / 365);
    return rate;
  }

  private newReferral(): void {
    const t = this.sched.now;
    const group = pick(this.rng.arrivals, this.model.groupShares);
    const p = this.patients.alloc(group, PatientState.InAssessment);
    this.startEpisode(p, t);
    this.scheduleNextReferral(t);
  }

  /** A referral or re-referral: a new episode goes through assessment. */
  private startEpisode(p: number, t: number): void {
    const pts = this.patients;
    pts.set(p, P.ReferralTime, t);
    pts.set(p, P.FirstStartPending, 1);
    if (this.inWindow(t)) this.obs.referrals++;
    const delay = this.model.assessment[pts.get(p, P.Group)](this.rng.assessment);
    if (delay > 0) {
      if (pts.state(p) !== PatientState.InAssessment) pts.setState(p, PatientState.InAssessment);
      this.assessing++;
      this.sched.schedule(t + delay, EV_ASSESSED, p);
    } else this.assessed(p);
  }

  private assessed(p: number): void {
    const target = pick(this.rng.routing, this.model.entry[this.patients.get(p, P.Group)]);
    this.joinList(p, target);
  }

  // ── Waiting lists ────────────────────────────────────────────────────────

  /** The patient arrives at service s's list: starts at once if there is room, else waits. */
  private joinList(p: number, s: number): void {
    const t = this.sched.now;
    const m = this.model;
    const pts = this.patients;
    if (this.inWindow(t)) this.obs.listEntries++;
    pts.set(p, P.ListEntryTime, t);
    pts.set(p, P.Service, s);
    if (this.inUse[s] < m.capacity[s]) {
      this.startService(p, s, t);
      return;
    }
    pts.setState(p, PatientState.Waiting);
    const token = pts.nextToken(p);
    const key = m.earliestDeadline ? pts.get(p, P.ReferralTime) + m.deadline[pts.get(p, P.Group)] : t;
    this.lists[s].push(key, p, token);
    this.waiting[s]++;
    this.integrals.add(m.nServices + s, 1, t);
    if (m.meanPatience !== Infinity) {
      const patience = -m.meanPatience * log(this.rng.patience.next());
      this.sched.schedule(t + patience, EV_RENEGE, p, token);
    }
  }

  private renege(p: number, token: number): void {
    const pts = this.patients;
    if (pts.state(p) !== PatientState.Waiting || pts.get(p, P.Token) !== token) return; // started meanwhile
    const t = this.sched.now;
    const s = pts.get(p, P.Service);
    pts.nextToken(p); // its heap entry is now stale
    this.waiting[s]--;
    this.integrals.add(this.model.nServices + s, -1, t);
    if (this.inWindow(t)) this.obs.reneges++;
    pts.release(p);
  }

  /** Starts the first valid patient on service s's list, if any. */
  private startNextWaiting(s: number, t: number): void {
    const list = this.lists[s];
    const pts = this.patients;
    while (list.size > 0) {
      const p = list.topPatient();
      const token = list.topToken();
      list.pop();
      if (pts.state(p) === PatientState.Waiting && pts.get(p, P.Token) === token && pts.get(p, P.Service) === s) {
        pts.nextToken(p); // cancels its renege
        this.waiting[s]--;
        this.integrals.add(this.model.nServices + s, -1, t);
        this.startService(p, s, t);
        return;
      }
    }
  }

  // ── Service ──────────────────────────────────────────────────────────────

  private startService(p: number, s: number, t: number): void {
    const m = this.model;
    const pts = this.patients;
    const obs = this.obs;
    const listWait = t - pts.get(p, P.ListEntryTime);
    const inWindow = this.inWindow(t);
    if (inWindow) {
      obs.starts++;
      obs.serviceStarts[s]++;
      obs.serviceListWaitSum[s] += listWait;
      if (m.inpatient[s]) {
        obs.inpatientStarts++;
        obs.inpatientListWaitSum += listWait;
      } else {
        obs.outpatientStarts++;
        obs.outpatientListWaitSum += listWait;
      }
    }
    if (pts.get(p, P.FirstStartPending)) {
      pts.set(p, P.FirstStartPending, 0);
      if (inWindow) {
        const group = pts.get(p, P.Group);
        const wait = t - pts.get(p, P.ReferralTime);
        obs.addFirstWait(wait, wait > m.deadline[group], group);
        if (!m.inpatient[s]) obs.firstStartsOutpatient++;
        else if (m.deadline[group] > 1) {
          obs.plannedInpatientFirstStarts++;
          obs.plannedInpatientFirstWaitSum += wait;
        }
      }
    }
    const stay = this.drawStay(p, s, this.rng.stays, this.rng.dropout);
    if (inWindow && pts.get(p, P.Dropout)) obs.dropouts++;
    pts.setState(p, PatientState.InService);
    this.inUse[s]++;
    this.integrals.add(s, 1, t);
    this.sched.schedule(t + stay, EV_SERVICE_END, p);
  }

  /** Planned stay = min(draw, max stay); a dropout ends it at U × planned. Sets the dropout flag. */
  private drawStay(p: number, s: number, stays: Rng, dropout: Rng): number {
    const m = this.model;
    const pts = this.patients;
    let stay = m.stay[pts.get(p, P.Group) * m.nServices + s](stays);
    if (stay > m.maxStay[s]) stay = m.maxStay[s];
    if (chance(dropout, m.dropoutShare[s])) {
      pts.set(p, P.Dropout, 1);
      stay *= dropout.next();
    } else pts.set(p, P.Dropout, 0);
    return stay;
  }

  /** Frees one bed or slot of service s and starts the next waiting patient there. */
  private freeCapacity(s: number, t: number): void {
    this.inUse[s]--;
    this.integrals.add(s, -1, t);
    if (this.waiting[s] > 0) this.startNextWaiting(s, t);
  }

  private serviceEnd(p: number): void {
    const t = this.sched.now;
    const m = this.model;
    const pts = this.patients;
    const s = pts.get(p, P.Service);
    if (pts.get(p, P.Dropout)) {
      this.freeCapacity(s, t);
      this.discharge(p, t, OUTCOME_DROPPED_OUT);
      return;
    }
    const next = pick(this.rng.routing, m.next[s]);
    if (next >= 0) {
      this.freeCapacity(s, t);
      this.joinList(p, next);
      return;
    }
    // The last service is complete: aftercare?
    const need = m.inpatient[s] ? m.needInpatient : m.needOutpatient;
    if (!chance(this.rng.aftercare, need)) {
      this.freeCapacity(s, t);
      this.discharge(p, t, OUTCOME_WITHOUT_AFTERCARE);
      return;
    }
    if (this.aftercareInUse < m.aftercarePlaces) {
      this.takeAftercarePlace(t);
      this.freeCapacity(s, t);
      this.countAftercareOutcome(t, true);
      this.discharge(p, t, OUTCOME_WITH_AFTERCARE);
      return;
    }
    if (!m.waitInBed || m.maxAftercareWait <= 0) {
      this.freeCapacity(s, t);
      this.countAftercareOutcome(t, false);
      this.discharge(p, t, OUTCOME_WITHOUT_AFTERCARE);
      return;
    }
    // Wait for a place: inpatients keep the bed (delayed discharge), outpatients wait outside.
    const token = pts.nextToken(p);
    this.aftercareQueue.push(p, token);
    this.sched.schedule(t + m.maxAftercareWait, EV_AFTERCARE_TIMEOUT, p, token);
    if (m.inpatient[s]) {
      pts.setState(p, PatientState.AftercareWaitInBed);
      this.delayedInBed++;
      this.integrals.add(this.vDelayed, 1, t);
    } else {
      pts.setState(p, PatientState.AftercareWaitOutside);
      this.aftercareOutside++;
      this.freeCapacity(s, t);
      this.recordDischarge(p, t);
    }
  }

  // ── Aftercare ────────────────────────────────────────────────────────────

  private takeAftercarePlace(t: number): void {
    this.aftercareInUse++;
    this.integrals.add(this.vAftercare, 1, t);
    // A place is held for its full duration, whatever happens to the patient.
    this.sched.schedule(t + this.model.aftercareDuration(this.rng.aftercare), EV_AFTERCARE_RELEASE);
  }

  private countAftercareOutcome(dischargeTime: number, withAftercare: boolean): void {
    if (!this.inWindow(dischargeTime)) return;
    this.obs.aftercareNeeded++;
    if (!withAftercare) this.obs.aftercareWithout++;
  }

  private aftercareRelease(): void {
    const t = this.sched.now;
    this.aftercareInUse--;
    this.integrals.add(this.vAftercare, -1, t);
    const q = this.aftercareQueue;
    const pts = this.patients;
    while (q.size > 0) {
      const p = q.frontPatient();
      const token = q.frontToken();
      q.shift();
      const st = pts.state(p);
      if ((st === PatientState.AftercareWaitInBed || st === PatientState.AftercareWaitOutside) && pts.get(p, P.Token) === token) {
        pts.nextToken(p); // cancels its time-out
        this.takeAftercarePlace(t);
        this.endAftercareWait(p, t, true);
        return;
      }
    }
  }

  private aftercareTimeout(p: number, token: number): void {
    const pts = this.patients;
    const st = pts.state(p);
    if ((st !== PatientState.AftercareWaitInBed && st !== PatientState.AftercareWaitOutside) || pts.get(p, P.Token) !== token) return;
    pts.nextToken(p); // its queue entry is now stale
    this.endAftercareWait(p, this.sched.now, false);
  }

  /** The wait for aftercare ends at t, with or without a place. */
  private endAftercareWait(p: number, t: number, withAftercare: boolean): void {
    const pts = this.patients;
    const outcome = withAftercare ? OUTCOME_WITH_AFTERCARE : OUTCOME_WITHOUT_AFTERCARE;
    if (pts.state(p) === PatientState.AftercareWaitInBed) {
      this.delayedInBed--;
      this.integrals.add(this.vDelayed, -1, t);
      this.freeCapacity(pts.get(p, P.Service), t);
      this.countAftercareOutcome(t, withAftercare);
      this.discharge(p, t, outcome);
    } else {
      // An outpatient was discharged when the slot was freed; the relapse clock runs from then,
      // and a relapse drawn inside the wait is moved to its end.
      this.aftercareOutside--;
      const discharged = pts.get(p, P.DischargeTime);
      this.countAftercareOutcome(discharged, withAftercare);
      this.relapseOrLeave(p, discharged, t, outcome);
    }
  }

  // ── Discharge, relapse and re-referral ───────────────────────────────────

  private discharge(p: number, t: number, outcome: number): void {
    this.recordDischarge(p, t);
    this.relapseOrLeave(p, t, t, outcome);
  }

  /** A discharge at t: the denominators of the readmission shares. */
  private recordDischarge(p: number, t: number): void {
    this.patients.set(p, P.DischargeTime, t);
    if (!this.inWindow(t)) return;
    const horizon = this.model.horizon;
    for (let k = 0; k < READMISSION_DAYS.length; k++) {
      if (t < horizon - READMISSION_DAYS[k]) this.obs.readmitDenominator[k]++;
    }
  }

  /**
   * Decides relapse and re-referral for a patient who left treatment at `from`; the outcome is
   * known at `notBefore` (later than `from` for outpatients who waited for aftercare).
   */
  private relapseOrLeave(p: number, from: number, notBefore: number, outcome: number): void {
    const m = this.model;
    const rng = this.rng.relapse;
    const prob =
      outcome === OUTCOME_WITH_AFTERCARE ? m.relapseWithAftercare : outcome === OUTCOME_WITHOUT_AFTERCARE ? m.relapseWithoutAftercare : m.relapseDroppedOut;
    if (chance(rng, prob)) {
      const at = Math.max(from + this.timeToRelapse(rng), notBefore);
      if (chance(rng, m.reReferralShare) && at < m.horizon) {
        this.patients.setState(p, PatientState.AwaitingReReferral);
        this.awaitingReReferral++;
        this.sched.schedule(at, EV_REREFERRAL, p);
        return;
      }
    }
    this.patients.release(p);
  }

  /** Time to relapse, conditioned on lying within the window: drawn again until it does. */
  private timeToRelapse(rng: Rng): number {
    const m = this.model;
    for (let attempt = 0; attempt < 100_000; attempt++) {
      const x = m.timeToRelapse(rng);
      if (x <= m.relapseWindow) return x;
    }
    // Validation refuses windows that a draw almost never reaches; this is a last guard.
    return m.relapseWindow * rng.next();
  }

  private reReferral(p: number): void {
    const t = this.sched.now;
    const pts = this.patients;
    const discharged = pts.get(p, P.DischargeTime);
    if (this.inWindow(discharged)) {
      const horizon = this.model.horizon;
      for (let k = 0; k < READMISSION_DAYS.length; k++) {
        const days = READMISSION_DAYS[k];
        if (discharged < horizon - days && t - discharged <= days) this.obs.readmitNumerator[k]++;
      }
    }
    this.awaitingReReferral--;
    pts.setState(p, PatientState.InAssessment);
    this.startEpisode(p, t);
  }

  // ── Initial state, week boundaries ───────────────────────────────────────

  /** Patients in service and waiting at time 0 (MODEL.md, "Initial state"). */
  private placeInitialState(): void {
    const m = this.model;
    const pts = this.patients;
    const rng = this.rng.initial;
    for (let s = 0; s < m.nServices; s++) {
      for (let k = 0; k < m.initialInService[s]; k++) {
        const p = pts.alloc(pick(rng, m.groupShares), PatientState.InService);
        pts.set(p, P.ReferralTime, 0);
        pts.set(p, P.FirstStartPending, 0);
        pts.set(p, P.Service, s);
        const remaining = rng.next() * this.drawStay(p, s, rng, rng);
        this.inUse[s]++;
        this.integrals.add(s, 1, 0);
        this.sched.schedule(remaining, EV_SERVICE_END, p);
      }
    }
    for (let s = 0; s < m.nServices; s++) {
      for (let k = 0; k < m.initialWaiting[s]; k++) {
        const p = pts.alloc(pick(rng, m.groupShares), PatientState.InAssessment);
        pts.set(p, P.ReferralTime, 0);
        pts.set(p, P.FirstStartPending, 1);
        this.joinList(p, s);
      }
    }
  }

  private weekBoundary(week: number): void {
    const t = this.sched.now;
    const ints = this.integrals;
    ints.flush(t);
    const length = t - this.lastWeekEnd;
    const w = week - 1;
    if (length > 0 && w >= 0 && w < this.series.weeks) {
      for (let v = 0; v < ints.size; v++) {
        const area = ints.areaOf(v);
        this.series.values[v][w] = (area - this.weekArea[v]) / length;
        this.weekArea[v] = area;
      }
    }
    this.lastWeekEnd = t;
    const nextBoundary = 7 * (week + 1);
    if (week < this.series.weeks && nextBoundary < this.model.horizon) this.sched.schedule(nextBoundary, EV_WEEK, week + 1);
    if (this.options.onWeek) this.options.onWeek(this.census(t), this.consistency(t));
  }

  /**
   * The census from the model's running totals (between events, so no patient is passing
   * through a state): in service = places in use less beds held by patients waiting for
   * aftercare; whoever is not present has left.
   */
  private census(t: number): Census {
    let waiting = 0;
    let inUse = 0;
    for (let s = 0; s < this.model.nServices; s++) {
      waiting += this.waiting[s];
      inUse += this.inUse[s];
    }
    const census: Census = {
      time: t,
      created: this.patients.created,
      inAssessment: this.assessing,
      waiting,
      inService: inUse - this.delayedInBed,
      waitingForAftercare: this.delayedInBed + this.aftercareOutside,
      awaitingReReferral: this.awaitingReReferral,
      left: 0,
    };
    census.left = census.created - (census.inAssessment + waiting + census.inService + census.waitingForAftercare + census.awaitingReReferral);
    return census;
  }

  private consistency(t: number): ConsistencyCheck {
    const pts = this.patients;
    const counts = new Array<number>(7).fill(0);
    for (let p = 0; p < pts.highWater; p++) counts[pts.state(p)]++;
    return {
      waitingPerService: Array.from(this.waiting),
      inUsePerService: Array.from(this.inUse),
      capacity: Array.from(this.model.capacity),
      aftercareInUse: this.aftercareInUse,
      aftercarePlaces: this.model.aftercarePlaces,
      delayedInBed: this.delayedInBed,
      rebuilt: {
        time: t,
        created: pts.created,
        inAssessment: counts[PatientState.InAssessment],
        waiting: counts[PatientState.Waiting],
        inService: counts[PatientState.InService],
        waitingForAftercare: counts[PatientState.AftercareWaitInBed] + counts[PatientState.AftercareWaitOutside],
        awaitingReReferral: counts[PatientState.AwaitingReReferral],
        // Reused indices hide how many left; what is not present anywhere has left.
        left: pts.created - (pts.highWater - counts[PatientState.Left]),
      },
    };
  }
}
