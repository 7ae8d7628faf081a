/**
 * Mean stays as the simulation realises them (shared/MODEL.md, "Stays" and "Dropout"): the
 * planned stay is min(X, maxStayDays), and with probability dropoutShare the stay ends at
 * U × planned (U uniform on (0, 1)). So
 *
 *   mean realised stay = E[min(X, M)] × (1 − dropoutShare / 2).
 *
 * E[min(X, M)] = ∫₀^M P(X > x) dx is computed exactly for every distribution kind: in closed
 * form for fixed, uniform, triangular, exponential and empirical; through the normal CDF for
 * lognormal and the incomplete gamma function for gamma (both accurate to about 1e-12).
 */
import { gammaParams, lognormalParams } from '../random/distributions';
import type { Distribution } from '../scenario/types';
import { gammaP, normalCdf, normalPdf } from './special';

/** Above this gamma shape the gamma is normal to within its skewness 2/√k < 0.002. */
const GAMMA_NORMAL_SHAPE = 1e6;

/** E[min(X, max)] for X with distribution d; `max` = Infinity (or null) means no cut. */
export function meanCutAt(d: Distribution, max: number | null | undefined = Infinity): number {
  const m = max ?? Infinity;
  if (!(m > 0)) return 0;
  switch (d.dist) {
    case 'fixed':
      return Math.min(d.value, m);
    case 'exponential':
      return m === Infinity ? d.mean : d.mean * -Math.expm1(-m / d.mean);
    case 'uniform':
      return uniformCut(d.min, d.max, m);
    case 'triangular':
      return triangularCut(d.min, d.mode, d.max, m);
    case 'empirical':
      return d.values.reduce((s, v) => s + Math.min(v, m), 0) / d.values.length;
    case 'lognormal': {
      if (m === Infinity || d.sd === 0) return Math.min(d.mean, m);
      const { mu, sigma } = lognormalParams(d.mean, d.sd);
      const z = (Math.log(m) - mu) / sigma;
      // E[X; X < m] = mean × Φ(z − σ); E[m; X ≥ m] = m × (1 − Φ(z)).
      return d.mean * normalCdf(z - sigma) + m * normalCdf(-z);
    }
    case 'gamma': {
      if (m === Infinity || d.sd === 0) return Math.min(d.mean, m);
      const { shape, scale } = gammaParams(d.mean, d.sd);
      if (shape > GAMMA_NORMAL_SHAPE) return normalCut(d.mean, d.sd, m);
      const x = m / scale;
      // E[X; X < m] = mean × P(k + 1, m/θ); E[m; X ≥ m] = m × (1 − P(k, m/θ)).
      return d.mean * gammaP(shape + 1, x) + m * (1 - gammaP(shape, x));
    }
  }
}

/** E[min(X, m)] for X uniform on [a, b]. */
function uniformCut(a: number, b: number, m: number): number {
  if (m >= b) return (a + b) / 2;
  if (m <= a) return m;
  // ∫₀^m P(X > x) dx = a + ∫ₐ^m (b − x)/(b − a) dx.
  return a + ((b - a) ** 2 - (b - m) ** 2) / (2 * (b - a));
}

/** E[min(X, m)] for X triangular on [a, b] with mode c: m − ∫ₐ^m F(x) dx. */
function triangularCut(a: number, c: number, b: number, m: number): number {
  if (m >= b) return (a + c + b) / 3;
  if (m <= a) return m;
  let integral = 0; // ∫ₐ^m F(x) dx
  if (c > a) {
    const y = Math.min(m, c);
    integral += (y - a) ** 3 / (3 * (b - a) * (c - a));
  }
  if (m > c && b > c) {
    // On [c, b]: F(x) = 1 − (b − x)² / ((b − a)(b − c)).
    integral += m - c - ((b - c) ** 3 - (b - m) ** 3) / (3 * (b - a) * (b - c));
  }
  return m - integral;
}

/** E[min(X, m)] for X normal(μ, σ): μ − E[(X − m)⁺]. */
function normalCut(mu: number, sigma: number, m: number): number {
  const z = (m - mu) / sigma;
  return mu - (sigma * normalPdf(z) - (m - mu) * normalCdf(-z));
}

/** Mean realised stay: planned = min(X, max), ended at U × planned with probability dropoutShare. */
export function meanRealisedStay(d: Distribution, max: number | null | undefined, dropoutShare: number): number {
  return meanCutAt(d, max) * (1 - dropoutShare / 2);
}
