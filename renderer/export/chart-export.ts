import type { ReactElement } from 'react';
import { exportBytes, saveTextFile } from '../desktop/files';
import { svgToPng } from './png';
import { frameSize } from './StandaloneSvg';
import type { FigureSpec } from './svg';

/** SVG, PNG at screen resolution, or PNG at 3× for print. */
export type ChartExportKind = 'svg' | 'png' | 'png3';

/**
 * Exports a chart as a captioned figure; `fileBase` is the file name without extension.
 * The string renderer (react-dom/server) loads on the first export, not with the app.
 */
export async function exportChart(kind: ChartExportKind, chart: ReactElement, spec: FigureSpec, fileBase: string): Promise<void> {
  const { figureSvg } = await import('./svg');
  if (kind === 'svg') {
    await saveTextFile('svg', `${fileBase}.svg`, figureSvg(chart, spec));
    return;
  }
  const scale = kind === 'png3' ? 3 : 1;
  const size = frameSize(spec.width, spec.height, spec.stamp);
  const png = await svgToPng(figureSvg(chart, spec, scale), size.width * scale, size.height * scale, 96 * scale);
  await exportBytes('png', `${fileBase}${scale === 1 ? '' : '@3x'}.png`, png);
}
