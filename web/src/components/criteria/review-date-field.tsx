/**
 * "Ngày đánh giá": a dd/mm/yyyy text field (native date inputs follow the browser's locale) with the last
 * year ends as quick choices, since NTM reviews are annual.
 */
import { useId } from 'react';
import { todayInVietnam } from '../../../../src/domain/units/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { recentYearEnds } from '../../lib/criteria-dates.ts';
import { useDateDraft } from '../../lib/use-date-draft.ts';

/** The field; `onChange` receives an ISO date. */
export function ReviewDateField({ value, onChange }: { value: string; onChange(iso: string): void }) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const { draft, setDraft, isInvalid, apply, onSubmit } = useDateDraft(value, onChange);

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
