/**
 * "Ngày hiệu lực": a dd/mm/yyyy text field (native date inputs follow the browser's locale, which may
 * be mm/dd/yyyy), a calendar button, and quick dates around the 01/07/2025 reform.
 */
import { useId, useRef } from 'react';
import { TWO_TIER_START } from '../../../src/domain/units/unit-types.ts';
import { addDays } from '../../../src/domain/units/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { useDateDraft } from '../lib/use-date-draft.ts';
import { CalendarIcon } from './icons.tsx';

const LAST_THREE_TIER_DAY = addDays(TWO_TIER_START, -1);

/** The date control in the header; changing it rewrites `?at=`. */
export function DatePicker() {
  const { t, formatDate } = useI18n();
  const { at, today, setAt } = useAtDate();
  const nativeRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const choose = (iso: string) => setAt(iso === today ? null : iso);
  const { draft, setDraft, isInvalid, apply, onSubmit } = useDateDraft(at, choose);

  const openCalendar = () => {
    const input = nativeRef.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      input.focus();
    }
  };

  const quick = [
    { iso: LAST_THREE_TIER_DAY, label: formatDate(LAST_THREE_TIER_DAY), title: t.dateLastThreeTier },
    { iso: TWO_TIER_START, label: formatDate(TWO_TIER_START), title: t.dateFirstTwoTier },
    { iso: today, label: t.dateToday, title: formatDate(today) },
  ];

  return (
    <form className="date-picker" onSubmit={onSubmit} noValidate>
      <label htmlFor={`${id}-input`} className="field-label">
        {t.dateLabel}
      </label>
      <div className="date-row">
        <div className="date-field">
          <input
            id={`${id}-input`}
            data-testid="date-input"
            className="input date-input"
            inputMode="numeric"
            autoComplete="off"
            placeholder="dd/mm/yyyy"
            value={draft}
            aria-invalid={isInvalid}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={apply}
          />
          <button type="button" className="icon-button" onClick={openCalendar} aria-label={t.dateCalendar} title={t.dateCalendar}>
            <CalendarIcon />
          </button>
          <input
            ref={nativeRef}
            type="date"
            className="native-date"
            tabIndex={-1}
            aria-hidden="true"
            value={at}
            onChange={(e) => {
              if (e.target.value) choose(e.target.value);
            }}
          />
        </div>
        <div className="quick-dates" role="group" aria-label={t.dateQuick}>
          {quick.map((q) => (
            <button key={q.title} type="button" className="chip" aria-pressed={at === q.iso} title={q.title} onClick={() => choose(q.iso)}>
              {q.label}
            </button>
          ))}
        </div>
      </div>
      <p id={`${id}-hint`} className={isInvalid ? 'field-error' : 'visually-hidden'} role={isInvalid ? 'alert' : undefined}>
        {isInvalid ? t.dateInvalid : t.dateHint}
      </p>
    </form>
  );
}
