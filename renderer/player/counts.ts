/**
 * What the player shows at a moment, read off a trace state: per service, patients waiting,
 * in treatment and in bed waiting for aftercare (delayed discharge); in assessment; aftercare
 * places in use and patients waiting outside for one; the discharged who will relapse and
 * return; and the referrals and relapses returning of the last 30 days.
 */
import { NONE, type Trace, type TraceState } from '../../sim';

export interface NetworkCounts {
  time: number;
  waiting: number[];
  inService: number[];
  delayed: number[];
  assessment: number;
  waitOutside: number;
  returning: number;
  aftercare: number;
  referrals30: number;
  returning30: number;
}

/** The window (days) of the "last 30 days" figures. */
export const RECENT_DAYS = 30;

export function networkCounts(trace: Trace, st: TraceState): NetworkCounts {
  const b = trace.b;
  const n = b.nServices;
  const c = st.counts;
  const per = (f: (s: number) => number) => Array.from({ length: n }, (_, s) => c[f(s)]!);
  return {
    time: st.time,
    waiting: per(b.waiting),
    inService: per(b.inService),
    delayed: per(b.delayed),
    assessment: c[b.assessment]!,
    waitOutside: c[b.waitOutside]!,
    returning: c[b.returning]!,
    aftercare: c[b.aftercare]!,
    referrals30: trace.referralsWithin(st.time, RECENT_DAYS),
    returning30: trace.reReferralsWithin(st.time, RECENT_DAYS),
  };
}

/** The largest count each bucket reaches over the whole trace (for the scale of the waiting bars). */
export function bucketMaxima(trace: Trace): Int32Array {
  const counts = new Int32Array(trace.b.count);
  const max = new Int32Array(trace.b.count);
  for (let i = 0; i < trace.events; i++) {
    const f = trace.from[i]!;
    const t = trace.to[i]!;
    if (f !== NONE) counts[f]--;
    if (t !== NONE && ++counts[t]! > max[t]!) max[t] = counts[t]!;
  }
  return max;
}

/** Total waiting, in treatment and in bed waiting for aftercare. */
export function totals(c: NetworkCounts): { waiting: number; inService: number; delayed: number } {
  const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  return { waiting: sum(c.waiting), inService: sum(c.inService), delayed: sum(c.delayed) };
}
