import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { parseFreeValue } from '../model/change-text';

/** Any other field by change path (e.g. `groups.youth.deadlineDays`) and its new value. */
export function OtherChange({ onAdd }: { onAdd(path: string, value: unknown): void }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [path, setPath] = useState('');
  const [value, setValue] = useState('');
  const ready = path.trim() !== '' && value.trim() !== '';
  return (
    <form
      className="other-change"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        onAdd(path.trim(), parseFreeValue(value, lang));
        setPath('');
        setValue('');
      }}
    >
      <label htmlFor={`${id}-path`}>{t('study.other.path')}</label>
      <input id={`${id}-path`} className="text-m" value={path} placeholder="groups.youth.deadlineDays" spellCheck={false} onChange={(e) => setPath(e.target.value)} />
      <label htmlFor={`${id}-value`}>{t('study.other.value')}</label>
      <input id={`${id}-value`} className="text-s" value={value} spellCheck={false} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="small" disabled={!ready}>{t('study.other.add')}</button>
    </form>
  );
}
