import { exp } from '../math/portable';
import { Scheduler } from '../engine/scheduler';
import { chance, pick } from '../random/draw';
import { createStreams, type Rng, type Streams } from '../random/streams';
import type { ReplicationResult } from '../run/types';
import type { Scenario } from '../scenario/types';
import { compiledScenario, type CompiledModel } from './compile';
import { FifoQueue } from './fifo-queue';
import { Integrals } from './integrals';
import { computeMetrics, weeklySeries, type SeriesBuffer } from './metrics';
import { Observations, READMISSION_DAYS } from './observations';
import { Flag, P, Patients, PatientState } from './patients';
import { WaitingList } from './waiting-list';
import { LeaveReason, TraceKind } from '../trace/kinds';
import type { TraceSink } from '../trace/sink';

// Event kinds. `a` is a patient index unless said otherwise; `b` a token.
// (Const enums here and below: esbuild writes their values in as literals. Plain module
// constants would be a context-slot load at every use in V8.)
const enum Ev {
  End = 0,
  Referral = 1, // a new referral from outside (a: unused)
  Assessed = 2,
  Renege = 3,
  ServiceEnd = 4,
  AftercareTimeout = 5,
  AftercareRelease = 6, // an aftercare place falls free (a: unused)
  ReReferral = 7,
  Week = 8, // a week boundary (a: week number)
  Warmup = 9,
}

/** How a patient leaves treatment, for the relapse probability. */
const enum Outcome {
  WithAftercare = 0,
  WithoutAftercare = 1,
  DroppedOut = 2,
}

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
  /**
   * Records this replication's event trace (sim/trace) for the timeline player. Only for one
   * chosen replication: bulk runs pass none, and then each hook costs one null check.
   * Recording changes no number the replication produces.
   */
  trace?: TraceSink;
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
  const run = new ReplicationRun(compiledScenario(scenario), createStreams(scenario.seed, replication), options);
  run.run();
  const model = run.model;
  const metrics = computeMetrics(model, run.obs, run.integrals, run.windowArea, scenario);
  run.obs.release();
  const events = run.sched.processed;
  const patients = run.patients.created;
  run.sched.recycle();
  run.patients.recycle();
  return {
    replication,
    metrics,
    series: weeklySeries(model, run.series),
    waitHistogram: Array.from(run.obs.waitHistogram),
    events,
    patients,
  };
}

/**
 * One replication's state and event handlers.
 *
 * Speed: the hot handlers read and write patient records directly, `rec[r + P.Field]` with
 * r = p × P.Size, not through Patients.get and set: V8 counts even a tiny inlined method against
 * its inlining budget per function, and that budget is better spent on the draws and the
 * scheduler (whatever it does not inline is a call that boxes every double it passes).
 */
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
  /** The trace recorder, or null (bulk runs): every hook is `if (tr !== null)` on this. */
  private readonly tr: TraceSink | null;
  /**
   * Whether now ≥ warm-up, so that events count in the metrics. Set by Ev.Warmup, which comes
   * before any other event at the warm-up time (it is scheduled first), so it equals
   * inWindow(now) and saves that comparison on every event. Times other than now still use
   * inWindow(t).
   */
  private counting: boolean;
  /** horizon − READMISSION_DAYS[k]: a discharge before it has its whole readmission horizon. */
  private readonly readmitCut: Float64Array;
  /** Discharges inside the window so far. */
  private windowDischarges = 0;
  /** Cut-offs not yet passed: k < cutsLeft (the cut-offs fall as k rises). */
  private cutsLeft: number;
  /** The next cut-off to pass, readmitCut[cutsLeft − 1], or Infinity. */
  private nextCut: number;

  constructor(
    readonly model: CompiledModel,
    private readonly rng: Streams,
    private readonly options: SimulateOptions,
  ) {
    const n = model.nServices;
    // Room for about as many first waits as new referrals in the window, so it rarely grows.
    this.obs = new Observations(n, model.nGroups, 1.1 * model.referralsPerDay * Math.max(0, model.horizon - model.warmup));
    // Variables: in use per service [0, n), waiting per service [n, 2n), aftercare, delayed.
    this.vAftercare = 2 * n;
    this.vDelayed = 2 * n + 1;
    this.integrals = new Integrals(2 * n + 2, this.sched);
    this.windowArea = new Float64Array(2 * n + 2);
    this.weekArea = new Float64Array(2 * n + 2);
    const weeks = Math.ceil(model.horizon / 7);
    this.series = { weeks, values: Array.from({ length: 2 * n + 2 }, () => new Float64Array(weeks)) };
    this.lists = Array.from({ length: n }, () => new WaitingList(!model.earliestDeadline));
    this.inUse = new Int32Array(n);
    this.waiting = new Int32Array(n);
    this.lambdaMax = model.referralRate.maxPerDay(model.horizon);
    this.counting = this.inWindow(0);
    this.readmitCut = Float64Array.from(READMISSION_DAYS, (days) => model.horizon - days);
    for (let k = 1; k < this.readmitCut.length; k++) {
      if (!(this.readmitCut[k] < this.readmitCut[k - 1])) throw new Error('READMISSION_DAYS must be increasing');
    }
    this.cutsLeft = this.readmitCut.length;
    this.nextCut = this.readmitCut[this.cutsLeft - 1];
    this.tr = options.trace ?? null;
    if (this.tr !== null) this.tr.begin(this.sched, n);
  }

  run(): void {
    const m = this.model;
    const s = this.sched;
    // The end is scheduled first, so it comes before anything else at the horizon itself.
    s.schedule(m.horizon, Ev.End);
    if (m.warmup > 0) s.schedule(m.warmup, Ev.Warmup);
    if (7 < m.horizon) s.schedule(7, Ev.Week, 1);
    this.placeInitialState();
    this.scheduleNextReferral();
    while (s.pop()) {
      const a = s.a;
      switch (s.kind) {
        case Ev.Referral:
          this.newReferral();
          // Called from here rather than from newReferral, so that V8 compiles it on its own
          // instead of as part of newReferral, where it would not be inlined.
          this.scheduleNextReferral();
          break;
        case Ev.Assessed:
          this.assessing--;
          this.assessed(a);
          break;
        case Ev.ServiceEnd:
          this.serviceEnd(a);
          break;
        case Ev.Renege:
          this.renege(a, s.b);
          break;
        case Ev.AftercareRelease:
          this.aftercareRelease();
          break;
        case Ev.AftercareTimeout:
          this.aftercareTimeout(a, s.b);
          break;
        case Ev.ReReferral:
          this.reReferral(a);
          break;
        case Ev.Week:
          this.weekBoundary(a);
          break;
        case Ev.Warmup:
          this.counting = true;
          this.integrals.flush();
          this.integrals.copyAreas(this.windowArea);
          break;
        case Ev.End:
          this.weekBoundary(this.series.weeks);
          this.finishReadmitDenominators();
          this.obs.finish(this.model.inpatient);
          return;
      }
    }
  }

  private inWindow(t: number): boolean {
    return t >= this.model.warmup;
  }

  // ── Referrals and assessment ─────────────────────────────────────────────

  /** Schedules the next new referral after now: a Poisson process, thinned for seasonality and growth. */
  private scheduleNextReferral(): void {
    const m = this.model;
    const lambdaMax = this.lambdaMax;
    if (lambdaMax <= 0) return;
    const rng = this.rng.arrivals;
    const thinned = !m.referralRate.constant;
    let t = this.sched.now;
    for (;;) {
      t += rng.nextExp() / lambdaMax;
      if (t >= m.horizon) return;
      if (!thinned || rng.next() * lambdaMax <= this.rateAt(t)) break;
    }
    this.sched.scheduleArrival(t, Ev.Referral);
  }

  /** Referral rate per day at time t (MODEL.md, "Referral rate"). */
  private rateAt(t: number): number {
    return this.model.referralRate.perDay(t);
  }


  private newReferral(): void {
    const group = pick(this.rng.arrivals, this.model.groupShares);
    const p = this.patients.alloc(group, PatientState.InAssessment);
    if (this.tr !== null) this.tr.event(TraceKind.Referral, p, -1, group);
    this.startEpisode(p);
  }

  /** A referral or re-referral now: a new episode goes through assessment. */
  private startEpisode(p: number): void {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const t = this.sched.now;
    rec[r + P.ReferralTime] = t;
    rec[r + P.Flags] |= Flag.FirstStartPending;
    if (this.counting) this.obs.referrals++;
    const group = rec[r + P.Group];
    const fixed = this.model.assessmentFixed[group];
    const delay = fixed === fixed ? fixed : this.model.assessment[group](this.rng.assessment);
    if (delay > 0) {
      if (rec[r + P.State] !== PatientState.InAssessment) rec[r + P.State] = PatientState.InAssessment;
      this.assessing++;
      this.sched.schedule(t + delay, Ev.Assessed, p);
    } else this.assessed(p);
  }

  private assessed(p: number): void {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const target = pick(this.rng.routing, this.model.entry[rec[r + P.Group]]);
    this.joinList(p, target);
  }

  // ── Waiting lists ────────────────────────────────────────────────────────

  /** The patient arrives at service s's list: starts at once if there is room, else waits. */
  private joinList(p: number, s: number): void {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const t = this.sched.now;
    const m = this.model;
    const pts = this.patients;
    if (this.counting) this.obs.listEntries++;
    rec[r + P.ListEntryTime] = t;
    rec[r + P.Service] = s;
    if (this.inUse[s] < m.capacity[s]) {
      this.startService(p, s);
      return;
    }
    rec[r + P.State] = PatientState.Waiting;
    if (this.tr !== null) this.tr.event(TraceKind.Wait, p, s, 0);
    const token = pts.nextToken(p);
    const key = m.earliestDeadline ? rec[r + P.ReferralTime] + m.deadline[rec[r + P.Group]] : t;
    this.lists[s].push(key, p, token);
    this.waiting[s]++;
    // integrals.add(m.nServices + s, 1), written out (see Integrals.data)
    {
      const d = this.integrals.data;
      const k = 4 * (m.nServices + s);
      d[k + 1] += d[k] * (t - d[k + 2]);
      d[k + 2] = t;
      d[k] += 1;
    }
    if (m.meanPatience !== Infinity) {
      const patience = m.meanPatience * this.rng.patience.nextExp();
      const slot = this.sched.schedule(t + patience, Ev.Renege, p, token);
      // Kept so that a start cancels it: most waiting patients start before their patience
      // runs out, and an event dropped in its day bucket costs no sift, pop or record read.
      rec[r + P.Flags] = (rec[r + P.Flags] & Flag.Bits) | ((slot + 1) * Flag.RenegeUnit);
    }
  }

  private renege(p: number, token: number): void {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const pts = this.patients;
    if (rec[r + P.State] !== PatientState.Waiting || rec[r + P.Token] !== token) return; // started meanwhile
    const t = this.sched.now;
    const s = rec[r + P.Service];
    pts.nextToken(p); // its list entry is now stale
    rec[r + P.Flags] &= Flag.Bits; // its renege slot is free once this event is done
    this.waiting[s]--;
    this.integrals.add(this.model.nServices + s, -1);
    // renegedShare = reneges / entries inside the window: a renege counts only when its
    // entry did (one who joined during the warm-up and gives up after it counts in neither).
    if (rec[r + P.ListEntryTime] >= this.model.warmup) this.obs.reneges++;
    if (this.tr !== null) this.tr.event(TraceKind.Leave, p, s, LeaveReason.Reneged);
    pts.release(p);
  }

  /** Starts the first valid patient on service s's list now, if any. */
  private startNextWaiting(s: number): void {
    const list = this.lists[s];
    const pts = this.patients;
    const rec = pts.rec;
    while (list.size > 0) {
      const p = list.topPatient();
      const r = p * P.Size;
      const token = list.topToken();
      list.pop();
      if (rec[r + P.State] === PatientState.Waiting && rec[r + P.Token] === token && rec[r + P.Service] === s) {
        pts.nextToken(p);
        const flags = rec[r + P.Flags];
        if (flags >= Flag.RenegeUnit) {
          this.sched.cancel((flags >>> 2) - 1);
          rec[r + P.Flags] = flags & Flag.Bits;
        }
        this.waiting[s]--;
        const t = this.sched.now;
        // integrals.add(this.model.nServices + s, -1), written out (see Integrals.data)
        {
          const d = this.integrals.data;
          const k = 4 * (this.model.nServices + s);
          d[k + 1] += d[k] * (t - d[k + 2]);
          d[k + 2] = t;
          d[k] += -1;
        }
        this.startService(p, s);
        return;
      }
    }
  }

  // ── Service ──────────────────────────────────────────────────────────────

  /** Patient p starts at service s now. */
  private startService(p: number, s: number): void {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const t = this.sched.now;
    const m = this.model;
    const obs = this.obs;
    const listWait = t - rec[r + P.ListEntryTime];
    const inWindow = this.counting;
    if (inWindow) {
      obs.serviceStarts[s]++;
      obs.serviceListWaitSum[s] += listWait;
      if (m.inpatient[s]) obs.inpatientListWaitSum += listWait;
      else obs.outpatientListWaitSum += listWait;
    }
    const flags = rec[r + P.Flags];
    if (flags & Flag.FirstStartPending) {
      rec[r + P.Flags] = flags & ~Flag.FirstStartPending;
      if (inWindow) {
        const group = rec[r + P.Group];
        const wait = t - rec[r + P.ReferralTime];
        // A first wait (see Observations.growFirstWaits for why it is added here).
        obs.groupFirstStarts[group]++;
        obs.groupWaitSum[group] += wait;
        if (wait > m.deadline[group]) obs.groupBreaches[group]++;
        if (obs.firstWaitCount === obs.firstWaits.length) obs.growFirstWaits();
        obs.firstWaits[obs.firstWaitCount++] = wait;
        // Wait histogram bins are [7k, 7k + 7) days; the last is open-ended.
        const hist = obs.waitHistogram;
        const bin = Math.floor(wait / 7);
        hist[bin < hist.length - 1 ? bin : hist.length - 1]++;
        obs.firstWaitSum += wait;
        if (!m.inpatient[s]) obs.firstStartsOutpatient++;
        else if (m.deadline[group] > 1) {
          obs.plannedInpatientFirstStarts++;
          obs.plannedInpatientFirstWaitSum += wait;
        }
      }
    }
    const stay = this.drawStay(p, s, this.rng.stays, this.rng.dropout);
    if (inWindow && rec[r + P.Flags] & Flag.Dropout) obs.dropouts++;
    rec[r + P.State] = PatientState.InService;
    if (this.tr !== null) this.tr.event(TraceKind.Start, p, s, 0);
    this.inUse[s]++;
    // integrals.add(s, 1), written out (see Integrals.data)
    {
      const d = this.integrals.data;
      const k = 4 * (s);
      d[k + 1] += d[k] * (t - d[k + 2]);
      d[k + 2] = t;
      d[k] += 1;
    }
    this.sched.schedule(t + stay, Ev.ServiceEnd, p);
  }

  /** Planned stay = min(draw, max stay); a dropout ends it at U × planned. Sets the dropout flag. */
  private drawStay(p: number, s: number, stays: Rng, dropout: Rng): number {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const m = this.model;
    const k = rec[r + P.Group] * m.nServices + s;
    const mean = m.stayExpMean[k];
    let stay = mean === mean ? mean * stays.nextExp() : this.drawOtherStay(k, stays);
    if (stay > m.maxStay[s]) stay = m.maxStay[s];
    if (chance(dropout, m.dropoutShare[s])) {
      rec[r + P.Flags] |= Flag.Dropout;
      stay *= dropout.next();
    } else rec[r + P.Flags] &= ~Flag.Dropout;
    return stay;
  }

  /**
   * A stay that is not exponential: lognormal ones (the usual case) from the stream's batch of
   * normals, the rest by their sampler. Apart from drawStay, so that the exponential path that
   * drawStay inlines stays small.
   */
  private drawOtherStay(k: number, stays: Rng): number {
    const m = this.model;
    const sigma = m.stayLnSigma[k];
    return sigma === sigma ? exp(m.stayLnMu[k] + sigma * stays.nextNormal()) : m.stay[k](stays);
  }

  /** Frees one bed or slot of service s now and starts the next waiting patient there. */
  private freeCapacity(s: number): void {
    this.inUse[s]--;
    const t = this.sched.now;
    // integrals.add(s, -1), written out (see Integrals.data)
    {
      const d = this.integrals.data;
      const k = 4 * (s);
      d[k + 1] += d[k] * (t - d[k + 2]);
      d[k + 2] = t;
      d[k] += -1;
    }
    if (this.waiting[s] > 0) this.startNextWaiting(s);
  }

  private serviceEnd(p: number): void {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const m = this.model;
    const s = rec[r + P.Service];
    if (rec[r + P.Flags] & Flag.Dropout) {
      this.freeCapacity(s);
      this.discharge(p, Outcome.DroppedOut);
      return;
    }
    const next = pick(this.rng.routing, m.next[s]);
    if (next >= 0) {
      this.freeCapacity(s);
      this.joinList(p, next);
      return;
    }
    // The last service is complete: aftercare?
    const need = m.inpatient[s] ? m.needInpatient : m.needOutpatient;
    if (!chance(this.rng.aftercare, need)) {
      this.freeCapacity(s);
      this.discharge(p, Outcome.WithoutAftercare);
      return;
    }
    this.awaitAftercarePlace(p, s);
  }

  /**
   * A patient who completed the last service and needs aftercare: a place now, none, or a wait
   * for one. Kept apart from serviceEnd so that the common end (discharge or transfer) stays
   * small enough for V8 to inline what it calls.
   */
  private awaitAftercarePlace(p: number, s: number): void {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const t = this.sched.now;
    const m = this.model;
    const pts = this.patients;
    if (this.aftercareInUse < m.aftercarePlaces) {
      this.takeAftercarePlace(t, p);
      this.freeCapacity(s);
      this.countAftercareOutcome(t, true);
      this.discharge(p, Outcome.WithAftercare);
      return;
    }
    if (!m.waitInBed || m.maxAftercareWait <= 0) {
      this.freeCapacity(s);
      this.countAftercareOutcome(t, false);
      this.discharge(p, Outcome.WithoutAftercare);
      return;
    }
    // Wait for a place: inpatients keep the bed (delayed discharge), outpatients wait outside.
    const token = pts.nextToken(p);
    this.aftercareQueue.push(p, token);
    this.sched.schedule(t + m.maxAftercareWait, Ev.AftercareTimeout, p, token);
    if (m.inpatient[s]) {
      rec[r + P.State] = PatientState.AftercareWaitInBed;
      if (this.tr !== null) this.tr.event(TraceKind.DelayedDischarge, p, s, 0);
      this.delayedInBed++;
      this.integrals.add(this.vDelayed, 1);
    } else {
      rec[r + P.State] = PatientState.AftercareWaitOutside;
      if (this.tr !== null) this.tr.event(TraceKind.AftercareWaitOutside, p, s, 0);
      this.aftercareOutside++;
      this.freeCapacity(s);
      this.recordDischarge(p);
    }
  }

  // ── Aftercare ────────────────────────────────────────────────────────────

  /** Patient p takes an aftercare place at t (now). */
  private takeAftercarePlace(t: number, p: number): void {
    this.aftercareInUse++;
    this.integrals.add(this.vAftercare, 1);
    // A place is held for its full duration, whatever happens to the patient.
    const until = t + this.model.aftercareDuration(this.rng.aftercare);
    this.sched.schedule(until, Ev.AftercareRelease);
    if (this.tr !== null) this.tr.aftercare(p, until);
  }

  private countAftercareOutcome(dischargeTime: number, withAftercare: boolean): void {
    if (!this.inWindow(dischargeTime)) return;
    this.obs.aftercareNeeded++;
    if (!withAftercare) this.obs.aftercareWithout++;
  }

  private aftercareRelease(): void {
    const t = this.sched.now;
    this.aftercareInUse--;
    this.integrals.add(this.vAftercare, -1);
    if (this.tr !== null) this.tr.event(TraceKind.AftercareEnd, -1, -1, 0);
    const q = this.aftercareQueue;
    const pts = this.patients;
    while (q.size > 0) {
      const p = q.frontPatient();
      const token = q.frontToken();
      q.shift();
      const st = pts.state(p);
      if ((st === PatientState.AftercareWaitInBed || st === PatientState.AftercareWaitOutside) && pts.get(p, P.Token) === token) {
        pts.nextToken(p); // cancels its time-out
        this.takeAftercarePlace(t, p);
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
    const outcome = withAftercare ? Outcome.WithAftercare : Outcome.WithoutAftercare;
    if (pts.state(p) === PatientState.AftercareWaitInBed) {
      this.delayedInBed--;
      this.integrals.add(this.vDelayed, -1);
      this.freeCapacity(pts.get(p, P.Service));
      this.countAftercareOutcome(t, withAftercare);
      this.discharge(p, outcome);
    } else {
      // An outpatient was discharged when the slot was freed; the relapse clock runs from then,
      // and a relapse drawn inside the wait is moved to its end.
      this.aftercareOutside--;
      if (this.tr !== null) this.tr.event(TraceKind.AftercareWaitEnd, p, -1, outcome);
      const discharged = pts.get(p, P.DischargeTime);
      this.countAftercareOutcome(discharged, withAftercare);
      this.relapseOrLeave(p, outcome);
    }
  }

  // ── Discharge, relapse and re-referral ───────────────────────────────────

  /** Discharge now. */
  private discharge(p: number, outcome: Outcome): void {
    if (this.tr !== null) this.tr.event(TraceKind.Discharge, p, this.patients.rec[p * P.Size + P.Service], outcome);
    this.recordDischarge(p);
    this.relapseOrLeave(p, outcome);
  }

  /**
   * A discharge now: the denominators of the readmission shares, which count discharges in
   * the window before each cut-off. Discharges come in time order, so each denominator is the
   * running count when time passes its cut-off: one comparison per discharge.
   */
  private recordDischarge(p: number): void {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const t = this.sched.now;
    rec[r + P.DischargeTime] = t;
    if (!this.counting) return;
    if (t >= this.nextCut) this.passReadmitCuts(t);
    this.windowDischarges++;
  }

  private passReadmitCuts(t: number): void {
    const cut = this.readmitCut;
    while (this.cutsLeft > 0 && t >= cut[this.cutsLeft - 1]) {
      this.cutsLeft--;
      this.obs.readmitDenominator[this.cutsLeft] = this.windowDischarges;
    }
    this.nextCut = this.cutsLeft > 0 ? cut[this.cutsLeft - 1] : Infinity;
  }

  /** At the end: cut-offs not passed count every discharge in the observation window (see observations.ts). */
  private finishReadmitDenominators(): void {
    for (let k = 0; k < this.cutsLeft; k++) this.obs.readmitDenominator[k] = this.windowDischarges;
  }

  /**
   * Decides relapse and re-referral for a patient who left treatment at their discharge time;
   * the outcome is known now (later than the discharge for outpatients who waited for aftercare).
   */
  private relapseOrLeave(p: number, outcome: Outcome): void {
    const m = this.model;
    const rng = this.rng.relapse;
    const prob =
      outcome === Outcome.WithAftercare ? m.relapseWithAftercare : outcome === Outcome.WithoutAftercare ? m.relapseWithoutAftercare : m.relapseDroppedOut;
    if (chance(rng, prob) && this.relapse(p)) return;
    if (this.tr !== null) this.tr.event(TraceKind.Leave, p, -1, LeaveReason.Discharged);
    this.patients.release(p);
  }

  /** Patient p relapses: re-referred at the relapse time (true), or not at all (false). */
  private relapse(p: number): boolean {
    const rec = this.patients.rec;
    const r = p * P.Size;
    const m = this.model;
    const rng = this.rng.relapse;
    const at = Math.max(rec[r + P.DischargeTime] + this.timeToRelapse(rng), this.sched.now);
    if (!chance(rng, m.reReferralShare) || at >= m.horizon) return false;
    rec[r + P.State] = PatientState.AwaitingReReferral;
    if (this.tr !== null) this.tr.event(TraceKind.Relapse, p, -1, 0);
    this.awaitingReReferral++;
    this.sched.schedule(at, Ev.ReReferral, p);
    return true;
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
    const rec = this.patients.rec;
    const r = p * P.Size;
    const t = this.sched.now;
    const discharged = rec[r + P.DischargeTime];
    if (this.inWindow(discharged)) {
      const cut = this.readmitCut;
      for (let k = 0; k < cut.length; k++) {
        if (discharged < cut[k] && t - discharged <= READMISSION_DAYS[k]) this.obs.readmitNumerator[k]++;
      }
    }
    this.awaitingReReferral--;
    rec[r + P.State] = PatientState.InAssessment;
    if (this.tr !== null) this.tr.event(TraceKind.ReReferral, p, -1, 0);
    this.startEpisode(p);
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
        if (this.tr !== null) this.tr.event(TraceKind.Initial, p, -1, pts.get(p, P.Group));
        pts.set(p, P.ReferralTime, 0);
        pts.set(p, P.Service, s);
        // MODEL.md: a remaining stay of U × planned stay (planned = min(draw, max stay)).
        // Whether the stay ends in dropout is drawn as for any start; it does not shorten it again.
        const rec = pts.rec;
        const r = p * P.Size;
        let planned = m.stay[rec[r + P.Group] * m.nServices + s](rng);
        if (planned > m.maxStay[s]) planned = m.maxStay[s];
        if (chance(rng, m.dropoutShare[s])) rec[r + P.Flags] |= Flag.Dropout;
        const remaining = rng.next() * planned;
        if (this.tr !== null) this.tr.event(TraceKind.Start, p, s, 0);
        this.inUse[s]++;
        this.integrals.add(s, 1);
        this.sched.schedule(remaining, Ev.ServiceEnd, p);
      }
    }
    for (let s = 0; s < m.nServices; s++) {
      for (let k = 0; k < m.initialWaiting[s]; k++) {
        const p = pts.alloc(pick(rng, m.groupShares), PatientState.InAssessment);
        if (this.tr !== null) this.tr.event(TraceKind.Initial, p, -1, pts.get(p, P.Group));
        pts.set(p, P.ReferralTime, 0);
        pts.set(p, P.Flags, Flag.FirstStartPending);
        this.joinList(p, s);
      }
    }
  }

  private weekBoundary(week: number): void {
    const t = this.sched.now;
    const ints = this.integrals;
    ints.flush();
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
    if (week < this.series.weeks && nextBoundary < this.model.horizon) this.sched.schedule(nextBoundary, Ev.Week, week + 1);
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
