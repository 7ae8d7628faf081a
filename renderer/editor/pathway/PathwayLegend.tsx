import { useI18n } from '../../i18n/I18nProvider';

const INK = '#1b1f24';

/** What the shapes and arrows mean, inside the SVG so an exported diagram explains itself. */
export function PathwayLegend({ idPrefix, y }: { idPrefix: string; y: number }) {
  const { t } = useI18n();
  return (
    <g transform={`translate(16,${y + 8})`} fill={INK} fontSize={11}>
      <circle cx={8} cy={8} r={8} fill={`url(#${idPrefix}-hatch)`} stroke={INK} />
      <text x={22} y={12}>{t('editor.pathway.legendInpatient')}</text>
      <rect x={210} y={0} width={16} height={16} rx={2} fill="#e8eaed" stroke={INK} />
      <text x={232} y={12}>{t('editor.pathway.legendOutpatient')}</text>
      <line x1={420} x2={450} y1={8} y2={8} stroke="#3d4650" strokeWidth={2} strokeDasharray="6 4" />
      <text x={456} y={12}>{t('editor.pathway.legendBack')}</text>
      <circle cx={8} cy={30} r={5} fill={INK} />
      <circle cx={8} cy={30} r={6.5} fill="none" stroke={INK} />
      <text x={22} y={34}>{t('editor.pathway.legendDischarge')}</text>
      <text x={0} y={54}>{t('editor.pathway.legendArea')}</text>
    </g>
  );
}
