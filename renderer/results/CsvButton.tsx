import { useState } from 'react';
import { saveTextFile } from '../desktop/files';
import { exportFileName } from '../export/file-names';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  /** Which table, for the button's accessible name. */
  table: string;
  scenarioName: string;
  fileWhat: string;
  /** Builds the CSV text when clicked. */
  csv(): string;
}

/** Exports a table as RFC 4180 CSV ('.' decimal point), named after the scenario. */
export function CsvButton({ table, scenarioName, fileWhat, csv }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await saveTextFile('csv', exportFileName(scenarioName, fileWhat, 'csv'), csv());
    } catch (err) {
      setError(t('results.export.failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <span className="no-print">
      <button type="button" className="small" onClick={() => void save()} aria-label={t('results.export.csvLabel', { table })}>
        {t('results.export.csv')}
      </button>
      {error && <span className="error-text" role="alert"> {error}</span>}
    </span>
  );
}
