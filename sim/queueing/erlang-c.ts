/**
 * Exact steady-state results for the M/M/c queue (Poisson arrivals at rate λ, c servers,
 * exponential service at rate μ per server, first-come first-served, unlimited waiting room).
 * The tests use them to check the simulation model against queueing theory.
 *
 * Erlang B is computed by its recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), which
 * stays in [0, 1] at every step and so is stable for any c (no factorials or powers that
 * overflow at c = 1000); Erlang C follows from B as C = B / (1 − ρ(1 − B)), ρ = a / c.
 */

function checkServers(c: number): void {
  if (!Number.isInteger(c) || c < 1) throw new RangeError(`servers must be a positive integer, got ${c}`);
}

function checkRate(name: string, x: number): void {
  if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError(`${name} must be finite and ≥ 0, got ${x}`);
}

/** Erlang B: the blocking probability of M/M/c/c with offered load a = λ/μ (erlangs). */
export function erlangB(c: number, offeredLoad: number): number {
  checkServers(c);
  checkRate('offered load', offeredLoad);
  let b = 1;
  for (let k = 1; k <= c; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/**
 * Erlang C: the probability that an arrival must wait in M/M/c with offered load a = λ/μ.
 * Returns 1 when a ≥ c (no steady state: the queue grows without bound, everyone waits).
 */
export function erlangC(c: number, offeredLoad: number): number {
  const b = erlangB(c, offeredLoad);
  const rho = offeredLoad / c;
  if (rho >= 1) return 1;
  return b / (1 - rho * (1 - b));
}

/** Server utilisation ρ = λ / (cμ). */
export function mmcUtilization(lambda: number, mu: number, c: number): number {
  checkServers(c);
  checkRate('lambda', lambda);
  if (!(mu > 0) || !Number.isFinite(mu)) throw new RangeError(`mu must be finite and > 0, got ${mu}`);
  return lambda / (c * mu);
}

/** Mean wait in queue Wq = C / (cμ − λ); Infinity when ρ ≥ 1. */
export function mmcMeanWaitInQueue(lambda: number, mu: number, c: number): number {
  if (mmcUtilization(lambda, mu, c) >= 1) return Infinity;
  return erlangC(c, lambda / mu) / (c * mu - lambda);
}

/** Mean number waiting (not in service) Lq = λ·Wq = C·ρ / (1 − ρ); Infinity when ρ ≥ 1. */
export function mmcMeanQueueLength(lambda: number, mu: number, c: number): number {
  const rho = mmcUtilization(lambda, mu, c);
  if (rho >= 1) return Infinity;
  return (erlangC(c, lambda / mu) * rho) / (1 - rho);
}

/** Mean number in the system L = Lq + λ/μ. */
export function mmcMeanNumberInSystem(lambda: number, mu: number, c: number): number {
  return mmcMeanQueueLength(lambda, mu, c) + lambda / mu;
}

/**
 * P(Wq > t) = C · e^{−(cμ − λ) t} for t ≥ 0 (the wait of an arriving customer under FIFO);
 * 1 for t < 0. Equals 1 for every t when ρ ≥ 1.
 */
export function mmcWaitProbabilityExceeds(t: number, lambda: number, mu: number, c: number): number {
  if (t < 0) return 1;
  if (mmcUtilization(lambda, mu, c) >= 1) return 1;
  return erlangC(c, lambda / mu) * Math.exp(-(c * mu - lambda) * t);
}

/**
 * The p-quantile of the wait in queue: the smallest t with P(Wq ≤ t) ≥ p. The wait has an
 * atom of 1 − C at zero, so the quantile is 0 when p ≤ 1 − C, else ln(C / (1 − p)) / (cμ − λ).
 */
export function mmcWaitQuantile(p: number, lambda: number, mu: number, c: number): number {
  if (!(p >= 0 && p < 1)) throw new RangeError(`p must be in [0, 1), got ${p}`);
  if (mmcUtilization(lambda, mu, c) >= 1) return Infinity;
  const C = erlangC(c, lambda / mu);
  if (p <= 1 - C) return 0;
  return Math.log(C / (1 - p)) / (c * mu - lambda);
}
