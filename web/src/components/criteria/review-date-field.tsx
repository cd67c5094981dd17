/**
 * "Ngày đánh giá": a dd/mm/yyyy text field (native date inputs follow the browser's locale) with the last
 * year ends as quick choices, since NTM reviews are annual.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { parseUserDate, todayInVietnam } from '../../../../src/domain/units/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { recentYearEnds } from '../../lib/criteria-dates.ts';

/** The field; `onChange` receives an ISO date. */
export function ReviewDateField({ value, onChange }: { value: string; onChange(iso: string): void }) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(() => formatDate(value));
  const [isInvalid, setIsInvalid] = useState(false);

  useEffect(() => {
    setDraft(formatDate(value));
    setIsInvalid(false);
  }, [value, formatDate]);

  const apply = () => {
    const iso = parseUserDate(draft);
    if (!iso) {
      setIsInvalid(true);
      return;
    }
    setIsInvalid(false);
    if (iso !== value) onChange(iso);
    else setDraft(formatDate(iso));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply();
  };

  return (
    <form className="field crit-date" onSubmit={onSubmit} noValidate>
      <label htmlFor={`${id}-date`} className="field-label">
        {t.critDateLabel}
      </label>
      <input
        id={`${id}-date`}
        className="input date-input"
        data-testid="criteria-date"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        value={draft}
        aria-invalid={isInvalid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
      />
      <div className="quick-dates" role="group" aria-label={t.critDateQuick}>
        {recentYearEnds(todayInVietnam()).map((iso) => (
          <button key={iso} type="button" className="chip" aria-pressed={value === iso} onClick={() => onChange(iso)}>
            {formatDate(iso)}
          </button>
        ))}
      </div>
      <p id={`${id}-hint`} className={isInvalid ? 'field-error' : 'hint'} role={isInvalid ? 'alert' : undefined}>
        {isInvalid ? t.dateInvalid : t.critDateHint}
      </p>
    </form>
  );
}
