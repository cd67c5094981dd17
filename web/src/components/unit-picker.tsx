/**
 * Picks one administrative unit for a form: the unit search (as in the browser) until a unit is chosen,
 * then the chosen unit's name with a button to clear it. The value is the unit's code.
 */
import { useEffect, useId, useRef } from 'react';
import type { UnitDetail } from '../../../src/services/units/unit-views.ts';
import { unitDetailUrl } from '../api/units.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { UnitSearch } from './unit-search.tsx';

interface UnitPickerProps {
  label: string;
  hint?: string;
  /** The chosen unit's code, or null. */
  code: string | null;
  onChange(code: string | null): void;
  /** The date units are searched and named on. */
  at: string;
  testId: string;
}

/** The picker. */
export function UnitPicker({ label, hint, code, onChange, at, testId }: UnitPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const detail = useApi<UnitDetail>(code ? unitDetailUrl(code, at) : null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'clear' | 'search' | null>(null);

  // Keep the keyboard where the user was: on the clear button after picking, in the search after clearing.
  useEffect(() => {
    if (focusNext.current === 'clear') clearRef.current?.focus();
    if (focusNext.current === 'search') searchRef.current?.querySelector('input')?.focus();
    focusNext.current = null;
  }, [code]);

  if (code === null) {
    return (
      <div ref={searchRef} className="unit-picker">
        <UnitSearch
          label={label}
          placeholder={t.unitSearchPlaceholder}
          at={at}
          testId={testId}
          onSelect={(hit) => {
            focusNext.current = 'clear';
            onChange(hit.code);
          }}
        />
        {hint ? <p className="hint picker-hint">{hint}</p> : null}
      </div>
    );
  }

  const unit = detail.data?.unit;
  return (
    <div className="unit-picker field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      <div className="picked-unit" data-testid={`${testId}-chosen`} data-code={code}>
        <span className="picked-name" aria-live="polite">
          {unit ? unit.fullName : detail.isLoading ? t.loading : code} <span className="unit-code">({code})</span>
        </span>
        <button
          ref={clearRef}
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            focusNext.current = 'search';
            onChange(null);
          }}
        >
          {t.unitClear}
        </button>
      </div>
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}
