import { useId, type ReactNode } from 'react';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** One quiet line under the label. */
  hint?: ReactNode;
  /** The sentence saying what is wrong, shown under the hint. */
  problem?: string;
  name?: string;
  disabled?: boolean;
}

/** A checkbox with its label and an optional hint announced with it. */
export function CheckboxField(props: CheckboxFieldProps) {
  const { label, checked, onChange, hint, problem, name, disabled } = props;
  const id = useId();
  return (
    <div className="checkbox-field">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-invalid={problem !== undefined}
        aria-describedby={
          [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined
        }
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {problem !== undefined && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
