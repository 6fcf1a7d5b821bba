import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The sentence saying what is wrong, shown under the field. */
  problem?: string;
  /** A quiet hint under the field when nothing is wrong. */
  hint?: ReactNode;
  /** Shown beside the input, e.g. a copy button. */
  addon?: ReactNode;
  monospace?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text input whose problem or hint is announced with it. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, problem, hint, addon, monospace, id, className, ref, ...input } =
    props;
  const generated = useId();
  const inputId = id ?? generated;
  const noteId = `${inputId}-note`;
  const note = problem ?? hint;

  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <div className="field-control">
        <input
          {...input}
          ref={ref}
          id={inputId}
          className={monospace ? 'mono' : undefined}
          value={value}
          aria-invalid={problem !== undefined}
          aria-describedby={note === undefined ? undefined : noteId}
          onChange={(event) => onChange(event.target.value)}
        />
        {addon}
      </div>
      {note !== undefined && (
        <p id={noteId} className={problem === undefined ? 'field-hint' : 'field-problem'}>
          {note}
        </p>
      )}
    </div>
  );
}
