import type { ReactNode } from 'react';
import { FONT_FAMILY, MUTED, TEXT } from '../charts/theme';

export const TITLE_HEIGHT = 30;
export const STAMP_HEIGHT = 22;

export interface StandaloneSvgProps {
  /** Size of the chart inside, in CSS pixels. */
  width: number;
  height: number;
  title: string;
  /** The caption stamp: scenario, seed, replications, app version and date. */
  stamp: string;
  /** Pixel density of the image (1 for screen, 3 for print); the drawing scales by its viewBox. */
  scale?: number;
  children: ReactNode;
}

/** Total size of an exported figure around a chart of width × height. */
export function frameSize(width: number, height: number): { width: number; height: number } {
  return { width, height: height + TITLE_HEIGHT + STAMP_HEIGHT };
}

/**
 * A self-contained figure for reports: white background, the chart's title above it and the
 * caption stamp below it, all styling in attributes and the font family set on the root.
 */
export function StandaloneSvg({ width, height, title, stamp, scale = 1, children }: StandaloneSvgProps) {
  const size = frameSize(width, height);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      version="1.1"
      width={size.width * scale}
      height={size.height * scale}
      viewBox={`0 0 ${size.width} ${size.height}`}
      fontFamily={FONT_FAMILY}
    >
      <rect x={0} y={0} width={size.width} height={size.height} fill="#ffffff" />
      <text x={8} y={20} fontSize={15} fontWeight={600} fill={TEXT}>
        {title}
      </text>
      <g transform={`translate(0,${TITLE_HEIGHT})`}>{children}</g>
      <text className="stamp" x={8} y={size.height - 7} fontSize={10} fill={MUTED}>
        {stamp}
      </text>
    </svg>
  );
}
