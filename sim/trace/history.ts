/**
 * One patient's history from the trace, as the player lists it: referral, waits, starts,
 * stays, dropout, delayed discharge, aftercare, relapses and re-referrals, episode by episode.
 */
import { LeaveReason, TraceKind, TraceOutcome } from './kinds';
import type { Trace } from './trace';

export interface HistoryEntry {
  /** Event index in the trace. */
  event: number;
  time: number;
  kind: TraceKind;
  /** Service of the event (−1: none). */
  service: number;
  /** Episode: 1 for the first referral, +1 at each re-referral. */
  episode: number;
  /** Wait and Start: the service the patient completed just before (−1: came from assessment or none). */
  fromService: number;
  /** Start: days on the list (0: started at once). Discharge, DelayedDischarge, AftercareWaitOutside: days since the start (the stay). A Discharge after a delayed discharge: days held in bed waiting. */
  days: number | null;
  /** Discharge and AftercareWaitEnd: how the patient left treatment. */
  outcome: TraceOutcome | null;
  /** Leave: why. */
  reason: LeaveReason | null;
  /** AftercareStart: until when the place is held. Relapse: when the re-referral comes. */
  until: number | null;
}

/** Patient p's history, in time order. */
export function patientHistory(trace: Trace, p: number): HistoryEntry[] {
  const d = trace.data;
  const events = trace.eventsOf(p);
  const out: HistoryEntry[] = [];
  let episode = 0;
  let waitSince = NaN;
  let startedAt = NaN;
  let delayedSince = NaN;
  let current = -1; // service the patient is at (waiting, in service or in bed)
  let inService = false;
  for (let j = 0; j < events.length; j++) {
    const i = events[j];
    const kind = d.kind[i] as TraceKind;
    const t = d.time[i];
    const s = d.service[i];
    const e: HistoryEntry = { event: i, time: t, kind, service: s, episode, fromService: -1, days: null, outcome: null, reason: null, until: null };
    switch (kind) {
      case TraceKind.Initial:
      case TraceKind.Referral:
        e.episode = episode = 1;
        break;
      case TraceKind.ReReferral:
        e.episode = ++episode;
        current = -1;
        inService = false;
        break;
      case TraceKind.Wait:
        e.fromService = inService ? current : -1;
        waitSince = t;
        current = s;
        inService = false;
        break;
      case TraceKind.Start:
        if (inService) {
          // Straight on from another service (its next), with room at once.
          e.fromService = current;
          e.days = 0;
        } else e.days = current === s && Number.isFinite(waitSince) ? t - waitSince : 0;
        startedAt = t;
        current = s;
        inService = true;
        waitSince = NaN;
        break;
      case TraceKind.DelayedDischarge:
        e.days = t - startedAt;
        delayedSince = t;
        break;
      case TraceKind.AftercareWaitOutside:
        e.days = t - startedAt;
        inService = false;
        break;
      case TraceKind.Discharge:
        e.outcome = d.arg[i] as TraceOutcome;
        e.days = Number.isFinite(delayedSince) ? t - delayedSince : t - startedAt;
        delayedSince = NaN;
        inService = false;
        break;
      case TraceKind.AftercareWaitEnd:
        e.outcome = d.arg[i] as TraceOutcome;
        break;
      case TraceKind.AftercareStart:
        e.until = trace.aftercareUntil(i);
        break;
      case TraceKind.Relapse: {
        const next = j + 1 < events.length ? events[j + 1] : -1;
        e.until = next >= 0 && d.kind[next] === TraceKind.ReReferral ? d.time[next] : null;
        break;
      }
      case TraceKind.Leave:
        e.reason = d.arg[i] as LeaveReason;
        if (e.reason === LeaveReason.Reneged) e.days = t - waitSince;
        break;
      default:
        break;
    }
    out.push(e);
  }
  return out;
}
