import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StandaloneSvg } from './StandaloneSvg';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export interface FigureSpec {
  width: number;
  height: number;
  title: string;
  stamp: string;
}

/** A chart element rendered to a standalone SVG document (the same React output as on screen). */
export function figureSvg(chart: ReactElement, spec: FigureSpec, scale = 1): string {
  return XML_DECLARATION + renderToStaticMarkup(<StandaloneSvg {...spec} scale={scale}>{chart}</StandaloneSvg>) + '\n';
}
