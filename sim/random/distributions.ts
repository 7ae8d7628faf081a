import type { Distribution } from '../scenario/types';
import { normalQuantile } from './normal';
import type { Rng } from './streams';
import { exp, log, pow } from '../math/portable';

/** Draws from one distribution; parameters are converted once, when the sampler is made. */
export type Sampler = (rng: Rng) => number;

/** Lognormal parameters (of the underlying normal) from the mean and sd of the variable itself. */
export function lognormalParams(mean: number, sd: number): { mu: number; sigma: number } {
  const sigma2 = log(1 + (sd * sd) / (mean * mean));
  return { mu: log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** Gamma shape k and scale θ from the mean and sd: k = mean²/sd², θ = sd²/mean. */
export function gammaParams(mean: number, sd: number): { shape: number; scale: number } {
  return { shape: (mean * mean) / (sd * sd), scale: (sd * sd) / mean };
}

/**
 * Marsaglia and Tsang's (2000) method for a standard gamma with shape ≥ 1; shape < 1 uses
 * the boost X·U^(1/k). Normals come by inversion (one uniform each).
 */
function standardGamma(shape: number, rng: Rng): number {
  if (shape < 1) return standardGamma(shape + 1, rng) * pow(rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalQuantile(rng.next());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v;
  }
}

/** Builds a sampler for a distribution that has already passed validation. */
export function createSampler(d: Distribution): Sampler {
  switch (d.dist) {
    case 'exponential': {
      const mean = d.mean;
      return (rng) => mean * rng.nextExp();
    }
    case 'lognormal': {
      if (d.sd === 0) return () => d.mean;
      const { mu, sigma } = lognormalParams(d.mean, d.sd);
      return (rng) => exp(mu + sigma * normalQuantile(rng.next()));
    }
    case 'gamma': {
      if (d.sd === 0) return () => d.mean;
      const { shape, scale } = gammaParams(d.mean, d.sd);
      return (rng) => scale * standardGamma(shape, rng);
    }
    case 'fixed': {
      const value = d.value;
      return () => value;
    }
    case 'uniform': {
      const { min, max } = d;
      return (rng) => min + (max - min) * rng.next();
    }
    case 'triangular': {
      const { min, mode, max } = d;
      const width = max - min;
      if (width === 0) return () => min;
      const cut = (mode - min) / width;
      return (rng) => {
        const u = rng.next();
        return u < cut ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
      };
    }
    case 'empirical': {
      // Resampling: each listed value is equally likely.
      const values = Float64Array.from(d.values);
      const n = values.length;
      return (rng) => values[Math.min(n - 1, Math.floor(rng.next() * n))];
    }
  }
}

/** The exact mean of a distribution. */
export function distributionMean(d: Distribution): number {
  switch (d.dist) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
      return d.mean;
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'empirical':
      return d.values.reduce((a, b) => a + b, 0) / d.values.length;
  }
}

/** The exact standard deviation of a distribution. */
export function distributionSd(d: Distribution): number {
  switch (d.dist) {
    case 'exponential':
      return d.mean;
    case 'lognormal':
    case 'gamma':
      return d.sd;
    case 'fixed':
      return 0;
    case 'uniform':
      return (d.max - d.min) / Math.sqrt(12);
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      return Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    }
    case 'empirical': {
      const m = distributionMean(d);
      return Math.sqrt(d.values.reduce((s, v) => s + (v - m) * (v - m), 0) / d.values.length);
    }
  }
}
