/** The report's area and period: a province (or the whole country), the year, and the part of the year. */
import { useId } from 'react';
import { useUnitList } from '../../api/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PERIOD_PARTS, provincesDate, reportYears, type FieldProblems, type PeriodPart, type ReportDraft } from './report-draft.ts';

interface ScopeFieldsProps {
  draft: ReportDraft;
  today: string;
  problems: FieldProblems;
  onChange(patch: Partial<ReportDraft>): void;
}

/** The three choices, side by side. */
export function ReportScopeFields({ draft, today, problems, onChange }: ScopeFieldsProps) {
  const { t } = useI18n();
  const id = useId();
  const at = provincesDate(draft, today);
  const provinces = useUnitList({ at, limit: 200 });
  const items = provinces.data?.items ?? [];
  // A province chosen for another period may not be in force on this one's last day: still show it.
  const isListed = draft.province === null || items.some((p) => p.code === draft.province);

  return (
    <div className="form-grid report-scope">
      <div className="field">
        <label htmlFor={`${id}-province`} className="field-label">
          {t.reportProvinceLabel}
        </label>
        <select
          id={`${id}-province`}
          className="input"
          data-testid="report-province"
          value={draft.province ?? ''}
          aria-invalid={problems.province ? true : undefined}
          aria-describedby={`${id}-province-hint${problems.province ? ` ${id}-province-problem` : ''}`}
          onChange={(e) => onChange({ province: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t.reportWholeCountry}</option>
          {items.map((p) => (
            <option key={p.code} value={p.code}>
              {p.fullName}
            </option>
          ))}
          {isListed ? null : <option value={draft.province ?? ''}>{draft.province}</option>}
        </select>
        <p id={`${id}-province-hint`} className="hint">
          {provinces.isLoading ? t.loading : t.reportProvinceHint}
        </p>
        <FieldProblem id={`${id}-province-problem`} text={problems.province} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`} className="field-label">
          {t.reportYearLabel}
        </label>
        <select
          id={`${id}-year`}
          className="input"
          data-testid="report-year"
          value={draft.year}
          aria-invalid={problems.period ? true : undefined}
          onChange={(e) => onChange({ year: Number(e.target.value) })}
        >
          {reportYears(today).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-part`} className="field-label">
          {t.reportPartLabel}
        </label>
        <select
          id={`${id}-part`}
          className="input"
          data-testid="report-period-part"
          value={draft.part}
          aria-invalid={problems.period ? true : undefined}
          aria-describedby={problems.period ? `${id}-period-problem` : undefined}
          onChange={(e) => onChange({ part: e.target.value as PeriodPart })}
        >
          {PERIOD_PARTS.map((part) => (
            <option key={part} value={part}>
              {t.reportPartName(part)}
            </option>
          ))}
        </select>
        <FieldProblem id={`${id}-period-problem`} text={problems.period} />
      </div>
    </div>
  );
}

/** The problem line under a field (nothing when there is none). */
export function FieldProblem({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {text}
    </p>
  );
}
