import { FieldIssues } from './FieldIssues';
import { NumberInput, type NumberInputProps } from './NumberInput';
import { useField } from './useField';

/** A number input in a table cell: aria-labelled, with its unit and messages below. */
export function NumberCell({ unit, ...input }: NumberInputProps & { ariaLabel: string; unit: string }) {
  const field = useField(input.path);
  return (
    <td className="num-cell">
      <span className="cell-control">
        <NumberInput {...input} />
        <span className="unit">{unit}</span>
      </span>
      <FieldIssues id={field.id} issues={field.issues} />
    </td>
  );
}
