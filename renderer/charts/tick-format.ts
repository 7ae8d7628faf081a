import type { Formatter } from '../i18n/format';

/** The fewest decimals (up to 6) that show every value exactly. */
export function decimalsFor(values: readonly number[]): number {
  for (let d = 0; d < 6; d++) {
    const f = 10 ** d;
    if (values.every((v) => Math.abs(Math.round(v * f) - v * f) < 1e-6)) return d;
  }
  return 6;
}

/**
 * A tick formatter in the UI locale (decimal comma in Norwegian) with just enough decimals
 * for the ticks given. `scale` multiplies values first (100 for shares shown as %).
 */
export function tickFormatter(tickValues: readonly number[], fmt: Formatter, scale = 1): (v: number) => string {
  const digits = decimalsFor(tickValues.map((v) => v * scale));
  return (v) => fmt.number(v * scale, digits);
}
