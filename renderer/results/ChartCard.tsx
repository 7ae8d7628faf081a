import { memo, type ReactElement, type ReactNode } from 'react';
import { useElementWidth } from '../charts/useElementWidth';
import { useIsClient } from '../charts/useIsClient';
import type { StampInfo } from '../export/stamp';
import { ChartExportButtons } from './ChartExportButtons';

interface Props {
  title: string;
  fileWhat: string;
  stamp: Omit<StampInfo, 'date' | 'version'>;
  height: number;
  /** Renders the chart at a width; memoise it so the chart's props stay stable. */
  render(width: number): ReactElement;
  note?: ReactNode;
}

/**
 * A titled chart that fills its column, with export buttons that export exactly what is shown.
 * Memoised: with stable props (a memoised `render`), changes elsewhere do not re-render it.
 */
export const ChartCard = memo(function ChartCard({ title, fileWhat, stamp, height, render, note }: Props) {
  const [ref, width, measured] = useElementWidth<HTMLDivElement>();
  const client = useIsClient();
  // In a live page the chart waits for its box's width (known before the first paint), so it is
  // drawn once instead of at a guessed width and again; a string rendering has no layout to wait for.
  const draw = measured || !client;
  return (
    <figure className="chart-card">
      <figcaption>
        <h4>{title}</h4>
        <ChartExportButtons title={title} fileWhat={fileWhat} stamp={stamp} width={width} height={height} chart={() => render(width)} />
      </figcaption>
      <div ref={ref} className="chart-box">
        {draw && render(width)}
      </div>
      {note && <p className="chart-note muted">{note}</p>}
    </figure>
  );
});
