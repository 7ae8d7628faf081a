import { useMemo, useRef, useState } from 'react';
import { demandAt, demandCurve, parsePopulationCsv, referralsByYear, type CsvError, type PopulationRow, type PopulationTable } from '../../sim';
import { useDraftStore } from '../app/AppStore';
import { FieldIssues } from '../editor/fields/FieldIssues';
import { NumberInput } from '../editor/fields/NumberInput';
import { useEdit } from '../editor/fields/useEdit';
import { useField } from '../editor/fields/useField';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/en';
import './static.css';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A CSV problem in the planner's language: `rad 7, kolonne population: ventet et heltall ≥ 0, fikk -3`. */
export function csvErrorText(e: CsvError, t: Translate): string {
  const place =
    e.row !== null && e.column !== null
      ? t('static.csv.place.rowColumn', { row: e.row, column: e.column })
      : e.row !== null
        ? t('static.csv.place.row', { row: e.row })
        : e.column !== null
          ? t('static.csv.place.column', { column: e.column })
          : '';
  return place + t(`static.csv.${e.code}` as MessageKey, e.params);
}

/** A draft's table when it has the shape of one (the draft may be anything while being edited). */
function tableOf(value: unknown): PopulationTable | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Partial<PopulationTable>;
  if (!Array.isArray(v.rows) || v.ratesPer1000 === null || typeof v.ratesPer1000 !== 'object') return null;
  return v as PopulationTable;
}

/**
 * The optional population table of `referrals.population` in the editor (docs/population.md):
 * import from CSV (problems listed by row and column, nothing changed), the base year, a rate
 * per 1,000 for each age band, the populations by year and band, and the new referrals a year
 * it gives over the run.
 */
export function PopulationField() {
  const { t, fmt } = useI18n();
  const { draft, validation } = useDraftStore();
  const { set } = useEdit();
  const field = useField(['referrals', 'population'], true);
  const fileInput = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<{ file: string; errors: CsvError[]; rows?: number; years?: number; bands?: number; noRates?: boolean } | null>(null);
  const table = tableOf(field.value);
  const perYear = typeof (draft as { referrals?: { perYear?: unknown } }).referrals?.perYear === 'number' ? ((draft as { referrals: { perYear: number } }).referrals.perYear) : null;

  const importFile = async (file: File) => {
    const parsed = parsePopulationCsv(await file.text());
    if (parsed.errors.length > 0) {
      setReport({ file: file.name, errors: parsed.errors });
      return;
    }
    const bands = [...new Set(parsed.rows.map((r) => r.ageBand))];
    const years = [...new Set(parsed.rows.map((r) => r.year))].sort((a, b) => a - b);
    const old = table?.ratesPer1000 ?? {};
    const rates = parsed.ratesPer1000 ?? Object.fromEntries(bands.map((b) => [b, typeof old[b] === 'number' ? old[b] : 0]));
    const baseYear = table && typeof table.baseYear === 'number' && years.includes(table.baseYear) ? table.baseYear : years[0]!;
    set(['referrals', 'population'], { baseYear, ratesPer1000: rates, rows: parsed.rows });
    setReport({ file: file.name, errors: [], rows: parsed.rows.length, years: years.length, bands: bands.length, noRates: parsed.ratesPer1000 === null });
  };

  return (
    <fieldset className="field population-field" aria-describedby={field.describedBy} data-testid="population-field">
      <legend>{t('static.pop.heading')}</legend>
      <p className="hint">{t('static.pop.intro')}</p>
      <div className="population-actions">
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv,text/plain"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          aria-label={t('static.pop.import')}
          data-testid="population-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
        <button type="button" onClick={() => fileInput.current?.click()}>{t('static.pop.import')}</button>
        {table && (
          <button type="button" onClick={() => set(['referrals', 'population'], undefined)}>
            {t('static.pop.remove')}
          </button>
        )}
      </div>
      {report && report.errors.length > 0 && (
        <div className="population-errors" role="alert">
          <strong>{t('static.pop.errors', { file: report.file })}</strong>
          <ul>
            {report.errors.slice(0, 50).map((e, i) => (
              <li key={i} data-code={e.code}>{csvErrorText(e, t)}</li>
            ))}
          </ul>
        </div>
      )}
      {report && report.errors.length === 0 && (
        <p role="status" className="hint">
          {t('static.pop.imported', { rows: report.rows ?? 0, years: report.years ?? 0, bands: report.bands ?? 0, file: report.file })}
          {report.noRates && <> {t('static.pop.noRates')}</>}
        </p>
      )}
      {!table && <p className="muted">{t('static.pop.none')}</p>}
      {table && <TableView table={table} perYear={perYear} valid={validation.ok} horizonDays={validation.ok ? validation.value.horizonDays : null} fmt={fmt} t={t} onUseTable={(v) => set(['referrals', 'perYear'], v)} />}
      <FieldIssues id={field.id} issues={field.issues} />
    </fieldset>
  );
}

function TableView({
  table,
  perYear,
  valid,
  horizonDays,
  fmt,
  t,
  onUseTable,
}: {
  table: PopulationTable;
  perYear: number | null;
  valid: boolean;
  horizonDays: number | null;
  fmt: ReturnType<typeof useI18n>['fmt'];
  t: Translate;
  onUseTable(value: number): void;
}) {
  const rows = table.rows.filter((r): r is PopulationRow => r !== null && typeof r === 'object');
  const bands = [...new Set(rows.map((r) => r.ageBand))];
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const cell = new Map(rows.map((r) => [`${r.year}\u0000${r.ageBand}`, r.population]));
  const baseDemand = useMemo(() => (valid ? demandAt(demandCurve(table), table.baseYear) : null), [valid, table]);
  const projection = useMemo(() => (valid && perYear !== null && horizonDays !== null ? referralsByYear(table, perYear, Math.ceil(horizonDays / 365)) : []), [valid, table, perYear, horizonDays]);
  return (
    <div className="population-table">
      <div className="field-grid">
        <label className="field">
          <span>{t('static.pop.baseYear')}</span>
          <NumberInput path={['referrals', 'population', 'baseYear']} size="s" />
        </label>
      </div>
      {baseDemand !== null && perYear !== null && (
        <p className="hint">
          {t('static.pop.tableBase', { value: fmt.number(baseDemand, 0), year: table.baseYear, perYear: fmt.number(perYear, 0) })}{' '}
          {Math.round(baseDemand) !== perYear && (
            <button type="button" className="small" onClick={() => onUseTable(Math.round(baseDemand))}>
              {t('static.pop.useTable', { value: fmt.number(Math.round(baseDemand), 0) })}
            </button>
          )}
        </p>
      )}
      <div className="table-scroll">
        <table className="results-table population-matrix">
          <caption>{t('static.pop.population')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('static.pop.col.band')}</th>
              <th scope="col" className="num">{t('static.pop.col.rate')}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">{t('static.pop.col.year', { year: y })}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bands.map((b) => (
              <tr key={b}>
                <th scope="row">{b}</th>
                <td className="num">
                  <NumberInput path={['referrals', 'population', 'ratesPer1000', b]} size="xs" ariaLabel={`${t('static.pop.rates')}: ${b}`} />
                </td>
                {years.map((y) => (
                  <td key={y} className="num">{fmt.number(cell.get(`${y}\u0000${b}`), 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {projection.length > 0 && (
        <div className="table-scroll">
          <table className="results-table population-projection">
            <caption>{t('static.pop.projection')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('static.pop.col.calendarYear')}</th>
                <th scope="col" className="num">{t('static.pop.col.factor')}</th>
                <th scope="col" className="num">{t('static.pop.col.referrals')}</th>
                <th scope="col" className="num">{t('static.pop.col.tableReferrals')}</th>
              </tr>
            </thead>
            <tbody>
              {projection.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className="num">{t('results.unit.share', { value: fmt.number(p.factor * 100, 1) })}</td>
                  <td className="num">{fmt.number(p.referrals, 0)}</td>
                  <td className="num">{fmt.number(p.tableReferrals, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
