/**
 * What a distribution looks like: 20,000 draws from a fixed seeded stream (the same picture
 * every time), binned with d3 into a density histogram, with mean, median and p90.
 */
import { bin, randomLcg, scaleLinear } from 'd3';
import { createSampler, distributionMean, quantileSorted, rngFromUniforms, type Distribution } from '../../../sim';

export interface PreviewBin {
  x0: number;
  x1: number;
  /** Share of draws per day in this bin. */
  density: number;
}

export interface DistributionPreview {
  mean: number;
  median: number;
  p90: number;
  /** The x range shown, in days: 0 to about the 99.5th percentile. */
  domain: [number, number];
  bins: PreviewBin[];
  /** Share of draws beyond the right end of the domain (not drawn). */
  tailShare: number;
}

export const PREVIEW_DRAWS = 20_000;
const SEED = 20121;

export function previewDistribution(d: Distribution, draws = PREVIEW_DRAWS): DistributionPreview {
  const lcg = randomLcg(SEED);
  // Samplers take uniforms in (0, 1); the LCG can return 0.
  const rng = rngFromUniforms(() => lcg() || Number.MIN_VALUE);
  const sample = createSampler(d);
  const values = new Float64Array(draws);
  for (let i = 0; i < draws; i++) values[i] = sample(rng);
  values.sort();
  const median = quantileSorted(values, 0.5);
  const p90 = quantileSorted(values, 0.9);
  const lo = Math.min(0, values[0]);
  let hi = quantileSorted(values, 0.995);
  if (!(hi > lo)) hi = lo + Math.max(1, Math.abs(lo) * 0.1); // a fixed value: one spike
  const x = scaleLinear().domain([lo, hi]).nice(40);
  const [x0, x1] = x.domain() as [number, number];
  const shown = Array.from(values).filter((v) => v <= x1);
  // Thresholds strictly inside the domain, so that the last bin holds values equal to x1.
  const bins = bin().domain([x0, x1]).thresholds(x.ticks(40).filter((t) => t > x0 && t < x1))(shown);
  return {
    mean: distributionMean(d),
    median,
    p90,
    domain: [x0, x1],
    bins: bins.map((b) => ({ x0: b.x0 ?? x0, x1: b.x1 ?? x1, density: b.x1! > b.x0! ? b.length / draws / (b.x1! - b.x0!) : 0 })),
    tailShare: (draws - shown.length) / draws,
  };
}
