import type { RunResult } from '../../sim';
import { useI18n } from '../i18n/I18nProvider';
import { pairingText } from './pairing';

/** Which baseline the figures are compared with, and whether the comparison is paired (and if not, why). */
export function CompareNotice({ result, baseline }: { result: RunResult; baseline: RunResult }) {
  const i18n = useI18n();
  const { t } = i18n;
  const pairing = pairingText(result, baseline, i18n);
  return (
    <div className={`compare-notice ${pairing.paired ? 'paired' : 'unpaired'}`} role="note">
      <p>{t('results.compare.against', { name: baseline.scenario.name, seed: baseline.seed, replications: baseline.replications })}</p>
      <p className={pairing.paired ? undefined : 'warn-text'}>
        {!pairing.paired && <span aria-hidden="true">⚠ </span>}
        {pairing.text}
      </p>
    </div>
  );
}
