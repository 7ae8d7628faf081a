import type { ReactNode } from 'react';
import { FieldIssues } from './FieldIssues';
import { NumberInput, type NumberInputProps } from './NumberInput';
import { useField } from './useField';

/** A labelled number input with its unit, an optional hint and its validation messages. */
export function NumberField({ label, unit, hint, extra, ...input }: NumberInputProps & { label: string; unit: string; hint?: ReactNode; extra?: ReactNode }) {
  const field = useField(input.path);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <div className="field-control">
        <NumberInput {...input} size={input.size ?? 'm'} />
        <span className="unit">{unit}</span>
        {extra}
      </div>
      {hint && <div className="hint">{hint}</div>}
      <FieldIssues id={field.id} issues={field.issues} />
    </div>
  );
}
