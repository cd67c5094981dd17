/** A period text field: accepts "2024", "2024Q4", "Quý IV/2024"…, says how it was read, or why it was not. */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { readPeriodInput } from '../lib/period-input.ts';
import { periodLabel } from '../../../src/domain/periods/period-text.ts';

interface PeriodFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange(text: string): void;
  testId: string;
}

/** The field; the parent reads the canonical period with readPeriodInput(value). */
export function PeriodField({ label, hint, value, onChange, testId }: PeriodFieldProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [isTouched, setIsTouched] = useState(false);
  const input = readPeriodInput(value);
  const showError = input.isInvalid && isTouched;

  return (
    <div className="field">
      <label htmlFor={`${id}-input`} className="field-label">
        {label}
      </label>
      <input
        id={`${id}-input`}
        data-testid={testId}
        className="input period-input"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={showError}
        aria-describedby={`${id}-hint ${id}-status`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setIsTouched(true)}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <p id={`${id}-status`} className={showError ? 'field-error' : 'field-ok'} role={showError ? 'alert' : undefined} data-testid={`${testId}-status`}>
        {showError ? t.periodInvalid : input.period && input.canonical ? t.periodRead(periodLabel(input.period, lang), input.canonical) : null}
      </p>
    </div>
  );
}
