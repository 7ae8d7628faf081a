/**
 * Quantiles of sorted data, as MODEL.md requires: linear interpolation between order
 * statistics (R type 7, Excel PERCENTILE.INC, numpy's default "linear").
 */
import { quickselect as ssQuickselect, quantileSorted as ssQuantileSorted } from 'simple-statistics';

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

/**
 * The same type-7 quantile of unsorted values, found by selection in O(n) instead of a sort.
 * Reorders `values` in place (pass a copy you do not need in order).
 */
export function quantileUnsorted(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 0) throw new RangeError('quantileUnsorted: no values');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileUnsorted: p must lie in [0, 1], got ${p}`);
  const h = (n - 1) * p;
  const k = Math.floor(h);
  ssQuickselect(values as unknown as number[], k);
  const lower = values[k];
  if (h === k) return lower;
  // After selection every value right of k is ≥ values[k]: the next order statistic is their minimum.
  let upper = Infinity;
  for (let i = k + 1; i < n; i++) if (values[i] < upper) upper = values[i];
  return lower + (h - k) * (upper - lower);
}
