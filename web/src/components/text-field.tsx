/** A labelled text input with an optional hint and problem line, for the account and review forms. */
import { useId, type HTMLInputTypeAttribute } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  hint?: string | undefined;
  /** Shown under the field (and marks it invalid). */
  problem?: string | undefined;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Multi-line (a reason). */
  multiline?: boolean;
}

/** The field. */
export function TextField({
  label,
  value,
  onChange,
  testId,
  hint,
  problem,
  type = 'text',
  autoComplete,
  required,
  maxLength,
  min,
  max,
  multiline,
}: TextFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: `${id}-input`,
    className: 'input',
    value,
    required,
    maxLength,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    'data-testid': testId,
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-input`} className="field-label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          autoCapitalize={type === 'password' || autoComplete === 'username' ? 'none' : undefined}
          spellCheck={type === 'text' && autoComplete === undefined ? undefined : false}
          min={min}
          max={max}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
