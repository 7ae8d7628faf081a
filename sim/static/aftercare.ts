/**
 * Municipal aftercare places as a queue, for the static estimate: who gets a place and how
 * long inpatients hold their bed waiting for one (delayed discharge).
 *
 * Patients needing aftercare arrive at rate λ (a day) at c places held for a mean D days
 * (μ = 1/D). With `whenFull: "waitInBed"` they wait up to T = maxWaitInBedDays for a place
 * and then go without; with `"discharge"` (or T = 0) they go without at once. This is the
 * M/M/c queue with deterministic patience T (M/M/c+D). Its virtual waiting time V (the wait
 * an arrival would have) has, by level crossing, an atom P(V = 0) = Σ_{k<c} p_k and density
 *
 *   f(v) = λ p_{c−1} e^{−(cμ − λ) v}            for 0 < v ≤ T,
 *   f(v) = f(T) e^{−cμ (v − T)}                 for v > T,
 *
 * (an arrival that would wait longer than T leaves and adds no work), with p_k ∝ a^k / k! for
 * k < c, a = λD. So the share who get a place is 1 − P(V > T) and the mean wait is
 * E[min(V, T)]. With T = 0 this is Erlang B. It is exact for exponential aftercare durations
 * and Poisson arrivals, and an approximation otherwise (the shipped default's durations are
 * lognormal).
 */

export interface AftercareQueue {
  /** Patients needing aftercare a year. */
  neededPerYear: number;
  places: number;
  meanDurationDays: number;
  /** Places that would be in use if everyone needing one got it: λ × D. */
  offeredLoad: number;
  /** Share of those needing aftercare who find no place free at once. */
  waitShare: number;
  /** Share of those needing aftercare who get a place (at once or within T). */
  share: number;
  /** Mean days waiting for a place, over everyone needing one (0 for those who get one at once), at most T. */
  meanWaitDays: number;
}

/** The aftercare queue's outcome for patients needing aftercare at `neededPerYear`. */
export function aftercareQueue(neededPerYear: number, places: number, meanDurationDays: number, maxWaitDays: number): AftercareQueue {
  const base = { neededPerYear, places, meanDurationDays };
  const lambda = neededPerYear / 365;
  const a = lambda * meanDurationDays;
  const T = Math.max(0, maxWaitDays);
  if (!(lambda > 0)) return { ...base, offeredLoad: 0, waitShare: 0, share: 1, meanWaitDays: 0 };
  if (places <= 0 || !(meanDurationDays > 0)) {
    if (places <= 0) return { ...base, offeredLoad: a, waitShare: 1, share: 0, meanWaitDays: T };
    return { ...base, offeredLoad: 0, waitShare: 0, share: 1, meanWaitDays: 0 };
  }
  const c = places;
  const mu = 1 / meanDurationDays;
  const beta = c * mu - lambda; // rate at which the virtual wait drifts down while below T
  // Everything below is divided by λ p_{c−1}, then normalised. w_k = p_k / p_{c−1}.
  let atom = 0;
  let w = 1;
  for (let k = c - 1; k >= 0; k--) {
    atom += w;
    if (!Number.isFinite(atom)) break;
    w *= k / a;
  }
  atom /= lambda; // Σ_{k<c} p_k / (λ p_{c−1})
  // ∫₀^T e^{−βv} dv, ∫₀^T v e^{−βv} dv and e^{−βT}, scaled by s = e^{−βT} when that overflows.
  const x = -beta * T;
  let body: number;
  let bodyMean: number;
  let tailAt: number;
  let scale = 1;
  if (x > 700) {
    // Heavy overload and a long T: divide everything by e^{−βT}, which would overflow.
    scale = Math.exp(-x);
    tailAt = 1;
    body = (1 - scale) / -beta;
    bodyMean = T / -beta - (1 - scale) / (beta * beta);
  } else if (Math.abs(beta * T) < 1e-8) {
    tailAt = Math.exp(x);
    body = T;
    bodyMean = (T * T) / 2;
  } else {
    tailAt = Math.exp(x);
    body = -Math.expm1(x) / beta;
    bodyMean = (1 - tailAt * (1 + beta * T)) / (beta * beta);
  }
  const tail = tailAt / (c * mu); // ∫_T^∞ f / (λ p_{c−1})
  const total = atom * scale + body + tail;
  if (!Number.isFinite(total) || total <= 0) return { ...base, offeredLoad: a, waitShare: 0, share: 1, meanWaitDays: 0 };
  const pLate = tail / total;
  const pWait = (body + tail) / total;
  const meanWait = (bodyMean + T * tail) / total;
  return { ...base, offeredLoad: a, waitShare: pWait, share: 1 - pLate, meanWaitDays: meanWait };
}
