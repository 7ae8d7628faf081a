import { useState, type ReactElement } from 'react';
import { exportChart, type ChartExportKind } from '../export/chart-export';
import { appVersion } from '../export/app-version';
import { exportFileName } from '../export/file-names';
import { stampText, type StampInfo } from '../export/stamp';
import { useI18n } from '../i18n/I18nProvider';

const KINDS: ChartExportKind[] = ['svg', 'png', 'png3'];

interface Props {
  title: string;
  /** Part of the file name after the scenario's, e.g. "waiting-list". */
  fileWhat: string;
  stamp: Omit<StampInfo, 'date' | 'version'>;
  width: number;
  height: number;
  /** The chart to export, rendered afresh at `width`. */
  chart(): ReactElement;
}

/** SVG, PNG and 3× PNG export of one chart, each with the caption stamp inside the image. */
export function ChartExportButtons({ title, fileWhat, stamp, width, height, chart }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: ChartExportKind) => {
    setError(null);
    try {
      const caption = stampText({ ...stamp, version: appVersion(), date: new Date() }, i18n);
      const base = exportFileName(stamp.scenario, fileWhat, 'x').slice(0, -2);
      await exportChart(kind, chart(), { width, height, title, stamp: caption }, base);
    } catch (err) {
      setError(t('results.export.failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <div className="export-buttons no-print" role="group" aria-label={t('results.export.label', { chart: title })}>
      {KINDS.map((kind) => (
        <button key={kind} type="button" className="small" onClick={() => void run(kind)} aria-label={`${t('results.export.label', { chart: title })}: ${t(`results.export.${kind}`)}`}>
          {t(`results.export.${kind}`)}
        </button>
      ))}
      {error && <span className="error-text" role="alert">{error}</span>}
    </div>
  );
}
