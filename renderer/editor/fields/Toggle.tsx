import { useId } from 'react';

/** A labelled checkbox that switches a field between "none" (null/absent) and a value. */
export function Toggle({ label, checked, onChange, id }: { label: string; checked: boolean; onChange: (checked: boolean) => void; id?: string }) {
  const auto = useId();
  return (
    <span className="toggle">
      <input type="checkbox" id={id ?? auto} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id ?? auto}>{label}</label>
    </span>
  );
}
