/**
 * Quantiles of sorted data, as MODEL.md requires: linear interpolation between order
 * statistics (R type 7, Excel PERCENTILE.INC, numpy's default "linear").
 */
import { quantileSorted as ssQuantileSorted } from 'simple-statistics';

/**
 * The p-quantile (0 ≤ p ≤ 1) of ascending-sorted values: with h = (n − 1)·p, the value
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). Accepts plain arrays and typed arrays (e.g. a
 * sorted Float64Array). Throws a RangeError for no values or p outside [0, 1].
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('quantileSorted: no values');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileSorted: p must lie in [0, 1], got ${p}`);
  // simple-statistics implements exactly type 7 and only reads `length` and indices, so a
  // typed array is safe to pass although its declaration asks for an array.
  return ssQuantileSorted(sorted as readonly number[], p);
}
