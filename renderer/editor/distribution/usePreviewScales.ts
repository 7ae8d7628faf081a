import { useMemo } from 'react';
import { max, scaleLinear } from 'd3';
import type { DistributionPreview } from '../model/preview';

export const PREVIEW_SIZE = { width: 440, height: 200, left: 14, right: 14, top: 26, bottom: 40 } as const;

/** Scales and ticks of the preview chart (d3 computes; the component only draws). */
export function usePreviewScales(preview: DistributionPreview) {
  return useMemo(() => {
    const { width, height, left, right, top, bottom } = PREVIEW_SIZE;
    const x = scaleLinear().domain(preview.domain).range([left, width - right]);
    const y = scaleLinear().domain([0, max(preview.bins, (b) => b.density) || 1]).range([height - bottom, top]);
    return { x, y, xTicks: x.ticks(6), baseline: height - bottom };
  }, [preview]);
}
