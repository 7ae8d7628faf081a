import type { ReactNode } from 'react';
import { FONT_FAMILY, MUTED, TEXT } from '../charts/theme';

export const TITLE_HEIGHT = 30;
/** Height of a one-line stamp; each further line adds STAMP_LINE. */
export const STAMP_HEIGHT = 22;
const STAMP_LINE = 13;
const STAMP_FONT_SIZE = 10;
/** A generous average glyph width for the stamp's sans-serif at 10 px (no text metrics in SVG). */
const STAMP_CHAR_WIDTH = 6;

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

/**
 * The stamp broken into lines that fit the figure's width, at its " · " separators (a long
 * scenario name would otherwise run off the image).
 */
export function stampLines(stamp: string, width: number): string[] {
  const max = Math.max(20, Math.floor((width - 16) / STAMP_CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const part of stamp.split(' · ')) {
    const next = line ? `${line} · ${part}` : part;
    if (next.length <= max || !line) line = next;
    else {
      lines.push(line);
      line = part;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Total size of an exported figure around a chart of width × height, with room for its stamp. */
export function frameSize(width: number, height: number, stamp = ''): { width: number; height: number } {
  const extra = Math.max(0, stampLines(stamp, width).length - 1) * STAMP_LINE;
  return { width, height: height + TITLE_HEIGHT + STAMP_HEIGHT + extra };
}

/**
 * A self-contained figure for reports: white background, the chart's title above it and the
 * caption stamp below it, all styling in attributes and the font family set on the root.
 */
export function StandaloneSvg({ width, height, title, stamp, scale = 1, children }: StandaloneSvgProps) {
  const size = frameSize(width, height, stamp);
  const lines = stampLines(stamp, width);
  const firstY = size.height - 7 - (lines.length - 1) * STAMP_LINE;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      version="1.1"
      width={size.width * scale}
      height={size.height * scale}
      viewBox={`0 0 ${size.width} ${size.height}`}
      fontFamily={FONT_FAMILY}
    >
      {/* The whole caption in one piece, for readers of the file and screen readers. */}
      <desc>{stamp}</desc>
      <rect x={0} y={0} width={size.width} height={size.height} fill="#ffffff" />
      <text x={8} y={20} fontSize={15} fontWeight={600} fill={TEXT}>
        {title}
      </text>
      <g transform={`translate(0,${TITLE_HEIGHT})`}>{children}</g>
      <text className="stamp" x={8} y={firstY} fontSize={STAMP_FONT_SIZE} fill={MUTED}>
        {lines.length === 1
          ? lines[0]
          : lines.map((l, i) => (
              <tspan key={i} x={8} dy={i === 0 ? 0 : STAMP_LINE}>
                {l}
              </tspan>
            ))}
      </text>
    </svg>
  );
}
