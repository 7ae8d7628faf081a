import type { VerdictView } from '../../results/verdict';

/** Bar fill and outline by verdict; the verdict's symbol is drawn too, so colour is never the only cue. */
export const TONE_STYLE: Record<VerdictView['tone'], { fill: string; stroke: string }> = {
  better: { fill: '#b7dfc0', stroke: '#1a7f37' },
  worse: { fill: '#f3c1bd', stroke: '#b3261e' },
  unclear: { fill: '#e4e7eb', stroke: '#57606a' },
  neutral: { fill: '#c9d8ea', stroke: '#0b5cad' },
};

/** The two arms of a tornado row: light with a dashed outline (−X %), darker and solid (+X %). */
export const ARM_STYLE = {
  low: { fill: '#e4e7eb', stroke: '#57606a', dash: '4 2' },
  high: { fill: '#8fb1d6', stroke: '#0b5cad', dash: undefined },
} as const;
