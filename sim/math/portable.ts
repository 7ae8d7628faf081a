/**
 * log, exp and pow that give the same bits on every JavaScript engine.
 *
 * Why: V8 versions differ in the last bit of Math.log, Math.exp, Math.pow and the other
 * transcendental functions (Node 20 and current Chromium disagree on about 7 % of Math.log
 * results). One differing bit changes a sampled stay, and so the run's digest. These are
 * ports of fdlibm 5.3's __ieee754_log and __ieee754_exp (Sun Microsystems, freely
 * distributable), which use only IEEE arithmetic (+, −, ×, ÷), exactly rounded everywhere;
 * they are accurate to within 1 ulp. Math.sqrt is exactly rounded by the standard and is
 * portable as it is.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Word order of a double in memory: little-endian machines keep the high word second.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/**
 * fdlibm's constants. A const enum, so that esbuild writes them into log and exp as literals:
 * plain module constants are context-slot loads in V8, about a fifth of log's time.
 */
const enum C {
  LN2_HI = 6.93147180369123816490e-1,
  LN2_LO = 1.90821492927058770002e-10,
  TWO54 = 1.8014398509481984e16,
  LG1 = 6.666666666666735130e-1,
  LG2 = 3.999999999940941908e-1,
  LG3 = 2.857142874366239149e-1,
  LG4 = 2.222219843214978396e-1,
  LG5 = 1.818357216161805012e-1,
  LG6 = 1.531383769920937332e-1,
  LG7 = 1.479819860511658591e-1,
  O_THRESHOLD = 7.09782712893383973096e2,
  U_THRESHOLD = -7.45133219101941108420e2,
  INV_LN2 = 1.44269504088896338700,
  P1 = 1.66666666666666019037e-1,
  P2 = -2.77777777770155933842e-3,
  P3 = 6.61375632143793436117e-5,
  P4 = -1.65339022054652515390e-6,
  P5 = 4.13813679705723846039e-8,
  TWOM1000 = 9.33263618503218878990e-302,
}

/** 2^e for e = −1100 … 1100, exact; index e + 1100. Built by repeated doubling and halving. */
const POW2 = (() => {
  const t = new Float64Array(2201);
  t[1100] = 1;
  for (let e = 1; e <= 1100; e++) {
    t[1100 + e] = t[1099 + e] * 2;
    t[1100 - e] = t[1101 - e] / 2;
  }
  return t;
})();

/**
 * Natural logarithm (fdlibm __ieee754_log). The one change: x is normalised by multiplying with
 * an exact power of two instead of rewriting its exponent bits, which gives the same double
 * and is several times faster in V8.
 *
 * Speed: the inputs fdlibm treats apart (zero, negative, subnormal, infinite, NaN, and
 * mantissas within 2^-20 of a power of two) go to logRare, the full routine; what is left is
 * small enough for V8 to inline into the samplers, which saves a call and a boxed double per
 * draw. Both paths run the same operations on the same values, so the bits are those of fdlibm.
 */
export function log(x: number): number {
  f64[0] = x;
  let hx = u32[HI] | 0;
  if (hx < 0x00100000 || hx >= 0x7ff00000 || ((2 + hx) & 0x000fffff) < 3) return logRare(x);
  const e = (hx >> 20) - 1023;
  let k = e;
  hx &= 0x000fffff;
  // Normalise x to [1, 2), or to [0.5, 1) (and k + 1) when its mantissa is above about √2.
  x *= POW2[1100 - e];
  if (hx >= 0x6a09c) {
    x *= 0.5;
    k += 1;
  }
  // The main case of fdlibm's log, |f| ≥ 2^-20; a copy of logKernel, written out here so that
  // no double crosses a call (V8 would box it).
  const f = x - 1.0;
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  const w = z * z;
  const j = (hx - 0x6147a) | (0x6b851 - hx);
  const t1 = w * (C.LG2 + w * (C.LG4 + w * C.LG6));
  const t2 = z * (C.LG1 + w * (C.LG3 + w * (C.LG5 + w * C.LG7)));
  const R = t2 + t1;
  // fdlibm has k = 0 cases here (f − (hfsq − s·(hfsq + R)) and f − s·(f − R)); with k = 0 the
  // general formulas below give the same bits (0·ln2 terms are +0, and 0 − (a − f) = f − a),
  // and leaving them out keeps log small enough for V8 to inline.
  if (j > 0) {
    const hfsq = 0.5 * f * f;
    return dk * C.LN2_HI - (hfsq - (s * (hfsq + R) + dk * C.LN2_LO) - f);
  }
  return dk * C.LN2_HI - (s * (f - R) - dk * C.LN2_LO - f);
}

/** fdlibm's log for every input, special cases included (log's slow path). */
function logRare(x: number): number {
  f64[0] = x;
  let hx = u32[HI] | 0;
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative or subnormal
    if (((hx & 0x7fffffff) | u32[LO]) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= C.TWO54;
    f64[0] = x;
    hx = u32[HI] | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  const e = (hx >> 20) - 1023;
  k += e;
  hx &= 0x000fffff;
  x *= POW2[1100 - e];
  if (hx >= 0x6a09c) {
    x *= 0.5;
    k += 1;
  }
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      return k * C.LN2_HI + k * C.LN2_LO;
    }
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - R;
    return k * C.LN2_HI - (R - k * C.LN2_LO - f);
  }
  return logKernel(f, k, hx);
}

/** log(1 + f) + k·ln 2 for |f| ≥ 2^-20 (the main case of fdlibm's log; log has its own copy); hx: x's top mantissa bits. */
function logKernel(f: number, k: number, hx: number): number {
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  const w = z * z;
  const j = (hx - 0x6147a) | (0x6b851 - hx);
  const t1 = w * (C.LG2 + w * (C.LG4 + w * C.LG6));
  const t2 = z * (C.LG1 + w * (C.LG3 + w * (C.LG5 + w * C.LG7)));
  const R = t2 + t1;
  if (j > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * C.LN2_HI - (hfsq - (s * (hfsq + R) + dk * C.LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * C.LN2_HI - (s * (f - R) - dk * C.LN2_LO - f);
}


/** e^x (fdlibm __ieee754_exp). */
export function exp(x: number): number {
  f64[0] = x;
  let hx = u32[HI];
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78…
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | u32[LO]) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0; // exp(±∞)
    }
    if (x > C.O_THRESHOLD) return Infinity;
    if (x < C.U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2: reduce
    if (hx < 0x3ff0a2b2) {
      hi = xsb === 0 ? x - C.LN2_HI : x + C.LN2_HI;
      lo = xsb === 0 ? C.LN2_LO : -C.LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = (C.INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0;
      hi = x - k * C.LN2_HI; // exact
      lo = k * C.LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (C.P1 + t * (C.P2 + t * (C.P3 + t * (C.P4 + t * C.P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  // y·2^k: exact (a power-of-two scaling) while the result is normal. For k near 1024 the
  // scaling goes in two steps, since 2^1024 itself overflows.
  if (k > 1020) return y * POW2[1100 + k - 2] * 4;
  if (k >= -1021) return y * POW2[1100 + k];
  return y * POW2[1100 + k + 1000] * C.TWOM1000;
}

/** a^b for a > 0, as exp(b·log a): not exactly rounded, but the same bits everywhere. */
export function pow(a: number, b: number): number {
  if (b === 0) return 1;
  if (a === 1) return 1;
  return exp(b * log(a));
}
