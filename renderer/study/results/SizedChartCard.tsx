import type { ReactElement, ReactNode } from 'react';
import { useElementWidth } from '../../charts/useElementWidth';
import type { StampInfo } from '../../export/stamp';
import { ChartExportButtons } from '../../results/ChartExportButtons';

interface Props {
  title: string;
  fileWhat: string;
  stamp: Omit<StampInfo, 'date' | 'version'>;
  /** The chart at a width, and its height there (bar charts grow with their rows). */
  render(width: number): { chart: ReactElement; height: number };
  note?: ReactNode;
}

/** A titled chart that fills its column, with SVG/PNG export of exactly what is shown (like the results' ChartCard, for charts whose height follows their data). */
export function SizedChartCard({ title, fileWhat, stamp, render, note }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const { chart, height } = render(width);
  return (
    <figure className="chart-card">
      <figcaption>
        <h4>{title}</h4>
        <ChartExportButtons title={title} fileWhat={fileWhat} stamp={stamp} width={width} height={height} chart={() => render(width).chart} />
      </figcaption>
      <div ref={ref} className="chart-box">
        {chart}
      </div>
      {note && <p className="chart-note muted">{note}</p>}
    </figure>
  );
}
