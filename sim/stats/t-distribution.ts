/**
 * Student's t distribution: quantile (for confidence intervals) and upper tail.
 *
 * The quantile starts from Hill's approximation (ACM Algorithm 396, 1970) and is refined by
 * Taylor/Newton steps on an accurate tail probability (Hill 1981), computed from the
 * regularized incomplete beta function by its continued fraction (modified Lentz). df = 1
 * (Cauchy) and df = 2 use their exact closed forms; very large df uses the Cornish–Fisher
 * expansion about the normal, whose truncation error is far below double precision there.
 * Non-integer df (Welch–Satterthwaite) is supported. Pure arithmetic: runs anywhere.
 */
import { normalQuantile } from '../random/normal';

/** From this df on, the Cornish–Fisher expansion below is exact to about 1e-13 even at p = 1e-300. */
const LARGE_DF = 1e5;
const CF_EPS = 1e-16;
const FPMIN = 1e-300;

/**
 * ln Γ(a + ½) − ln Γ(a) for a > 0, without the cancellation of subtracting two large log-gammas:
 * upward recurrence to a ≥ 10, then the asymptotic series
 * ½ ln a + Σ (2^{1−k} − 2) B_k / (k (k−1) a^{k−1}) over even k.
 */
function logGammaHalfRatio(a: number): number {
  let shift = 0;
  while (a < 10) {
    shift += Math.log1p(1 / (2 * a));
    a += 1;
  }
  const r = 1 / a;
  const r2 = r * r;
  const series =
    r * (-1 / 8 + r2 * (1 / 192 + r2 * (-1 / 640 + r2 * (17 / 14336 + r2 * (-31 / 18432 + r2 * (691 / 180224))))));
  return 0.5 * Math.log(a) + series - shift;
}

/** Continued fraction of the regularized incomplete beta I_x(a, b) (without its prefactor). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  const maxIterations = 200 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < CF_EPS) return h;
  }
  return h;
}

/**
 * The t distribution at t > 0, in the form that stays accurate on each side of the point
 * where the continued fraction changes argument (t² = 3·df / (df + 2)):
 * far side: ln P(T > t) and the fraction's value F, for which d ln P(T > t) / d ln t = −df / F;
 * near side: the central mass P(0 < T < t). Logs keep it finite out to t near 1e308.
 */
type TailParts = { far: true; logUpper: number; fraction: number } | { far: false; centre: number };

function tailParts(t: number, df: number): TailParts {
  const a = df / 2;
  // ln x and ln y with x = df / (df + t²), y = t² / (df + t²), without cancellation or overflow.
  const ratio = t / Math.sqrt(df); // t² / df = ratio²
  let logX: number;
  let logY: number;
  if (ratio > 1e100) {
    const inv = 1 / ratio;
    logY = -Math.log1p(inv * inv);
    logX = -2 * Math.log(ratio) + logY;
  } else {
    logX = -Math.log1p(ratio * ratio);
    logY = Math.log((ratio * ratio) / (1 + ratio * ratio));
  }
  const logBeta = 0.5 * Math.log(Math.PI) - logGammaHalfRatio(a);
  if (t * t * (df + 2) > 3 * df) {
    // x < (a + 1) / (a + b + 2): the fraction for I_x(a, ½) converges fast; P(T > t) = ½ I_x(a, ½).
    const fraction = betaContinuedFraction(Math.exp(logX), a, 0.5);
    const logUpper = -Math.LN2 + a * logX + 0.5 * logY - logBeta + Math.log(fraction) - Math.log(a);
    return { far: true, logUpper, fraction };
  }
  // Otherwise the symmetry I_x(a, ½) = 1 − I_y(½, a): P(0 < T < t) = ½ I_y(½, a).
  const front = Math.exp(0.5 * logY + a * logX - logBeta);
  return { far: false, centre: front * betaContinuedFraction(Math.exp(logY), 0.5, a) };
}

/**
 * Upper tail P(T > t) of Student's t with df degrees of freedom, for any real t and finite
 * df > 0 (NaN otherwise). Accurate to close to double precision, also far out in the tail;
 * the cost grows like sqrt(df), so keep df below about 1e7.
 */
export function tUpperTail(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0 && df < Infinity)) return NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  if (t < 0) return 1 - tUpperTail(-t, df);
  if (t === 0) return 0.5;
  const parts = tailParts(t, df);
  return parts.far ? Math.exp(parts.logUpper) : 0.5 - parts.centre;
}

/** Density of Student's t at t (only used where t² < 3, so no overflow care is needed). */
function tDensity(t: number, df: number): number {
  const a = df / 2;
  return Math.exp(logGammaHalfRatio(a) - 0.5 * Math.log(df * Math.PI) - (a + 0.5) * Math.log1p((t * t) / df));
}

/** Hill's (1970) starting value for the upper quantile q > 0 with two-sided tail P = 2·P(T > q). */
function hillStart(P: number, df: number): number {
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  const logY = (2 / df) * (Math.log(d) + Math.log(P));
  let y = Math.exp(logY);
  if ((df < 2.1 && P > 0.5) || y > 0.05 + a) {
    // Asymptotic inverse expansion about the normal.
    const x = normalQuantile(0.5 * P);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
    return Math.sqrt(df * y);
  }
  if (y < 1e-280) {
    // Far tail where y underflows: q ≈ sqrt(df / y).
    return Math.exp(0.5 * Math.log(df) - 0.5 * logY);
  }
  y =
    ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) *
      ((df + 1) / (df + 2)) +
    1 / y;
  return Math.sqrt(df * y);
}

/** Cornish–Fisher expansion of the t quantile about the normal quantile z, to order 1/df⁴. */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * The p-quantile of Student's t with df degrees of freedom (df ≥ 1, non-integer allowed,
 * Infinity = normal): the t with P(T ≤ t) = p. Relative error below 1e-12 in practice.
 * p = 0 and p = 1 give ∓Infinity; p outside [0, 1] or df < 1 throws a RangeError.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`tQuantile: p must lie in [0, 1], got ${p}`);
  if (!(df >= 1)) throw new RangeError(`tQuantile: df must be at least 1, got ${df}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const sign = p < 0.5 ? -1 : 1;
  const tail = p < 0.5 ? p : 1 - p; // exact for p ≥ 0.5
  const P = 2 * tail; // two-sided tail probability
  if (df === Infinity) return sign * -normalQuantile(tail);
  if (df === 1) {
    // tan(π(p − ½)), written so that neither side near p = ½ nor the tails lose digits.
    return tail > 0.25 ? Math.tan(Math.PI * (p - 0.5)) : sign / Math.tan(Math.PI * tail);
  }
  if (df === 2) return sign * (1 - P) * Math.sqrt(2 / (P * (2 - P)));
  if (df >= LARGE_DF) return sign * cornishFisher(-normalQuantile(tail), df);

  // Refine Hill's start: Newton on ln P(T > q) against ln q on the far side (the tail is close
  // to a power law there, and logs never underflow), and Hill's (1981) two-term Taylor step on
  // the central mass near 0, where targets are compared without cancellation.
  const logTail = Math.log(tail);
  const centre = 0.5 - tail; // exact for p ≥ 0.25
  let q = hillStart(P, df);
  for (let i = 0; i < 60 && q > 0 && q < Infinity; i++) {
    const parts = tailParts(q, df);
    let next: number;
    if (parts.far) {
      next = q * Math.exp(((parts.logUpper - logTail) * parts.fraction) / df);
    } else {
      const x = (centre - parts.centre) / tDensity(q, df);
      next = q + x * (1 + (x * q * (df + 1)) / (2 * (q * q + df)));
      if (!(next > 0)) next = q / 2; // stay on the positive side
    }
    const done = Math.abs(next - q) <= 1e-15 * q;
    q = next;
    if (done) break;
  }
  return sign * q;
}
