/** The parts of the report as checkboxes (all by default), with "Chọn tất cả" and "Bỏ chọn". */
import { useId } from 'react';
import type { ReportOptions, ReportSectionId } from '../../api/reports.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FieldProblem } from './report-scope-fields.tsx';

interface SectionPickerProps {
  sections: ReportOptions['sections'];
  chosen: readonly ReportSectionId[];
  problem: string | undefined;
  onChange(sections: ReportSectionId[]): void;
}

/** The picker; the chosen ids keep the order of the options (the report's order). */
export function SectionPicker({ sections, chosen, problem, onChange }: SectionPickerProps) {
  const { t, lang, formatNumber } = useI18n();
  const id = useId();
  const toggle = (section: ReportSectionId, on: boolean) => onChange(sections.map((s) => s.id).filter((s) => (s === section ? on : chosen.includes(s))));

  return (
    <fieldset className="report-sections" data-testid="report-sections" aria-describedby={`${id}-count${problem ? ` ${id}-problem` : ''}`}>
      <legend className="field-label">{t.reportSectionsLegend}</legend>
      <div className="report-section-tools">
        <button
          type="button"
          className="button button-secondary button-small"
          data-testid="report-sections-all"
          disabled={chosen.length === sections.length}
          onClick={() => onChange(sections.map((s) => s.id))}
        >
          {t.reportSectionsAll}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          data-testid="report-sections-none"
          disabled={chosen.length === 0}
          onClick={() => onChange([])}
        >
          {t.reportSectionsNone}
        </button>
        <span id={`${id}-count`} className="muted" aria-live="polite">
          {t.reportSectionsCount(formatNumber(chosen.length), formatNumber(sections.length))}
        </span>
      </div>
      <ul className="plain-list report-section-list">
        {sections.map((s) => (
          <li key={s.id}>
            <label className="report-check">
              <input type="checkbox" data-testid={`report-section-${s.id}`} checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              <span>{s.name[lang]}</span>
            </label>
          </li>
        ))}
      </ul>
      <FieldProblem id={`${id}-problem`} text={problem} />
    </fieldset>
  );
}
