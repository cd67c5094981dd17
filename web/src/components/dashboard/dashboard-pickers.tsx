/** The dashboard's choices: the unit (search), the year, and the date that says which unit a code means. */
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { dashboardYears, yearEndDate } from '../../lib/dashboard-params.ts';
import { UnitPicker } from '../unit-picker.tsx';

interface DashboardPickersProps {
  code: string | undefined;
  year: number;
  /** The `at` parameter (undefined: the year's last day). */
  at: string | undefined;
  today: string;
  onUnit(code: string): void;
  onYear(year: number): void;
  onAt(at: string | undefined): void;
}

/** The pickers, in one panel. */
export function DashboardPickers({ code, year, at, today, onUnit, onYear, onAt }: DashboardPickersProps) {
  const { t, formatDate } = useI18n();
  const id = useId();
  // Clearing the picked unit shows the search without leaving the current dashboard.
  const [isSearching, setIsSearching] = useState(false);
  const yearEnd = yearEndDate(year, today);
  const atChoice = at === undefined || at === yearEnd ? '' : at === today ? 'today' : at;
  return (
    <div className="panel dash-pickers" data-testid="dashboard-pickers">
      <div className="dash-picker-unit">
        <UnitPicker
          label={t.dashUnitLabel}
          hint={t.dashUnitHint}
          code={isSearching ? null : (code ?? null)}
          at={at ?? yearEnd}
          testId="dashboard-unit"
          onChange={(picked) => {
            setIsSearching(picked === null);
            if (picked !== null) onUnit(picked);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`} className="field-label">
          {t.dashYearLabel}
        </label>
        <select id={`${id}-year`} className="input" data-testid="dashboard-year" value={year} onChange={(e) => onYear(Number(e.target.value))}>
          {dashboardYears(today).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-at`} className="field-label">
          {t.dashAtLabel}
        </label>
        <select
          id={`${id}-at`}
          className="input"
          data-testid="dashboard-at"
          value={atChoice}
          onChange={(e) => onAt(e.target.value === '' ? undefined : e.target.value === 'today' ? today : e.target.value)}
        >
          <option value="">{t.dashAtYearEnd(formatDate(yearEnd))}</option>
          {yearEnd !== today ? <option value="today">{t.dashAtToday(formatDate(today))}</option> : null}
          {atChoice !== '' && atChoice !== 'today' ? <option value={atChoice}>{t.dashAtOther(formatDate(atChoice))}</option> : null}
        </select>
      </div>
      <p className="hint dash-pickers-note">{t.dashAtHint}</p>
    </div>
  );
}
