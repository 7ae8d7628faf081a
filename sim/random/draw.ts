import type { Rng } from './streams';

/** A routing choice prepared for drawing: cumulative probabilities over target indices. */
export interface Choice {
  targets: Int32Array;
  cumulative: Float64Array;
  /** Sum of the probabilities; below 1 the rest means "none" (discharge). */
  total: number;
  /** What pick returns without a draw (a target, or −1 for none), or DRAW; see prepareChoice. */
  certain: number;
}

/** Choice.certain when the choice takes a draw. */
export const DRAW = -2;

/** A Choice from its targets and cumulative probabilities, with `certain` worked out once. */
export function prepareChoice(targets: Int32Array, cumulative: Float64Array): Choice {
  const n = targets.length;
  const total = n > 0 ? cumulative[n - 1] : 0;
  const certain = n === 0 ? -1 : n === 1 && total >= 1 ? targets[0] : DRAW;
  return { targets, cumulative, total, certain };
}

/**
 * True with probability p. Certain outcomes (p ≤ 0 or p ≥ 1) use no draw, so a scenario
 * that switches a branch off consumes nothing from the stream for it.
 */
export function chance(rng: Rng, p: number): boolean {
  if (p <= 0) return false;
  if (p >= 1) return true;
  return rng.next() < p;
}

/**
 * Picks a target of a routing choice, or -1 for "none" (the probabilities left over).
 * A single certain target uses no draw.
 */
export function pick(rng: Rng, c: Choice): number {
  // No target, or a single certain one: known without a draw (worked out in prepareChoice).
  if (c.certain !== DRAW) return c.certain;
  const n = c.targets.length;
  const u = rng.next();
  for (let i = 0; i < n; i++) if (u < c.cumulative[i]) return c.targets[i];
  // Rounding: shares that sum to 1 within 1e-9 may leave u just above the last cumulative.
  return c.total >= 1 - 1e-9 ? c.targets[n - 1] : -1;
}
