/**
 * The administrative-document fields of the report (NĐ 30/2020/NĐ-CP, Phụ lục I): the date and number,
 * the issuing agency's overrides (collapsed: by default the server picks the agency by the date), the
 * signatory, the recipients one a line, and a further year to compare with.
 */
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { TextField } from '../text-field.tsx';
import { draftDate, reportYears, type FieldProblems, type ReportDraft } from './report-draft.ts';
import { FieldProblem } from './report-scope-fields.tsx';

/** From this day the provincial Sở Thông tin và Truyền thông is part of the Sở Khoa học và Công nghệ (NĐ 45/2025/NĐ-CP). */
const DEPARTMENT_MERGER = '2025-03-01';

/** The agency's and the signer's fields, in the order they are printed; their messages are named after them. */
const AGENCY_FIELDS = ['superior', 'name', 'symbol'] as const;
const SIGNER_FIELDS = ['authority', 'position', 'name'] as const;
const CAPITAL = { superior: 'Superior', name: 'Name', symbol: 'Symbol', authority: 'Authority', position: 'Position' } as const;

interface DocumentFieldsProps {
  draft: ReportDraft;
  today: string;
  problems: FieldProblems;
  onChange(patch: Partial<ReportDraft>): void;
}

/** The fields, in the order they appear on the paper. */
export function DocumentFields({ draft, today, problems, onChange }: DocumentFieldsProps) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const date = draftDate(draft) || today;
  const agencyProblem = problems['agency.superior'] ?? problems['agency.name'] ?? problems['agency.symbol'];
  const setAgency = (patch: Partial<ReportDraft['agency']>) => onChange({ agency: { ...draft.agency, ...patch } });
  const setSigner = (patch: Partial<ReportDraft['signer']>) => onChange({ signer: { ...draft.signer, ...patch } });

  return (
    <div className="report-document-fields">
      <div className="form-grid">
        <TextField
          label={t.reportDateLabel}
          hint={t.reportDateHint(formatDate(today))}
          problem={problems.date}
          value={draft.date}
          onChange={(v) => onChange({ date: v })}
          testId="report-date"
          autoComplete="off"
          maxLength={10}
        />
        <TextField
          label={t.reportNumberLabel}
          hint={t.reportNumberHint}
          problem={problems.number}
          value={draft.number}
          onChange={(v) => onChange({ number: v })}
          testId="report-number"
          autoComplete="off"
          maxLength={20}
        />
        <div className="field">
          <label htmlFor={`${id}-compare`} className="field-label">
            {t.reportCompareYearLabel}
          </label>
          <select
            id={`${id}-compare`}
            className="input"
            data-testid="report-compare-year"
            value={draft.compareYear}
            aria-invalid={problems.compareYear ? true : undefined}
            aria-describedby={`${id}-compare-hint${problems.compareYear ? ` ${id}-compare-problem` : ''}`}
            onChange={(e) => onChange({ compareYear: e.target.value })}
          >
            <option value="">{t.reportCompareYearNone}</option>
            {reportYears(today)
              .filter((y) => y < draft.year - 1)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
          <p id={`${id}-compare-hint`} className="hint">
            {t.reportCompareYearHint}
          </p>
          <FieldProblem id={`${id}-compare-problem`} text={problems.compareYear} />
        </div>
      </div>

      {/* Opened by a problem in one of its fields, so that the problem is seen. */}
      <details className="disclosure report-agency-fields" open={agencyProblem ? true : undefined} data-testid="report-agency">
        <summary>{t.reportAgencySummary}</summary>
        <p className="hint">{t.reportAgencyNote}</p>
        <p className="hint" data-testid="report-agency-default">
          {t.reportAgencyForDate(formatDate(date), date < DEPARTMENT_MERGER ? t.reportAgencyIct : t.reportAgencyScience)}
        </p>
        <div className="form-grid">
          {AGENCY_FIELDS.map((key) => (
            <TextField
              key={key}
              label={t[`reportAgency${CAPITAL[key]}Label`]}
              hint={t[`reportAgency${CAPITAL[key]}Hint`]}
              problem={problems[`agency.${key}`]}
              value={draft.agency[key]}
              onChange={(v) => setAgency({ [key]: v })}
              testId={`report-agency-${key}`}
              autoComplete="off"
              maxLength={key === 'symbol' ? 20 : 200}
            />
          ))}
        </div>
      </details>

      <fieldset className="report-signer-fields">
        <legend className="field-label">{t.reportSignerLegend}</legend>
        <div className="form-grid">
          {SIGNER_FIELDS.map((key) => (
            <TextField
              key={key}
              label={t[`reportSigner${CAPITAL[key]}Label`]}
              hint={t[`reportSigner${CAPITAL[key]}Hint`]}
              problem={problems[`signer.${key}`]}
              value={draft.signer[key]}
              onChange={(v) => setSigner({ [key]: v })}
              testId={`report-signer-${key}`}
              autoComplete="off"
              maxLength={100}
            />
          ))}
        </div>
      </fieldset>

      <TextField
        label={t.reportRecipientsLabel}
        hint={t.reportRecipientsHint}
        problem={problems.recipients}
        value={draft.recipients}
        onChange={(v) => onChange({ recipients: v })}
        testId="report-recipients"
        multiline
      />
    </div>
  );
}
