/**
 * The reports form: area and period, the parts of the report, the document fields, and the buttons that
 * start a preview or a file. Problems are shown beside the field they concern: those found before sending
 * (checked again as the user types, once a button was pressed) and those of the server's 400 answer.
 */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/http.ts';
import type { ReportJobFormat, ReportJobs, ReportOptions } from '../../api/reports.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorPanel } from '../feedback.tsx';
import { DocumentFields } from './document-fields.tsx';
import { ReportActions } from './report-actions.tsx';
import { buildJobInput, initialDraft, sortFieldProblems, type FieldProblems, type ReportDraft } from './report-draft.ts';
import { ReportScopeFields } from './report-scope-fields.tsx';
import { SectionPicker } from './section-picker.tsx';

interface ReportFormProps {
  options: ReportOptions;
  jobs: ReportJobs;
  /** The province chosen at first (the account's), or null for the whole country. */
  province: string | null;
}

/** The form. */
export function ReportForm({ options, jobs, province }: ReportFormProps) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<ReportDraft>(() => initialDraft(options, province));
  const [isAttempted, setIsAttempted] = useState(false);

  const server = sortFieldProblems(jobs.error, lang);
  const local = isAttempted ? (buildJobInput(draft, 'preview').problems ?? {}) : {};
  const problems: FieldProblems = { ...server.byField };
  for (const [key, message] of Object.entries(local)) problems[key as keyof FieldProblems] = t[message];
  const hasFieldProblems = Object.keys(problems).length > 0;

  const update = (patch: Partial<ReportDraft>) =>
    setDraft((d) => {
      const next = { ...d, ...patch };
      // A base year to compare with must come before the previous year, which is always compared.
      if (next.compareYear !== '' && Number(next.compareYear) >= next.year - 1) next.compareYear = '';
      return next;
    });

  const run = (format: ReportJobFormat) => {
    setIsAttempted(true);
    const built = buildJobInput(draft, format);
    if (built.input) jobs.start(built.input);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run('preview');
  };

  return (
    <form className="report-form" onSubmit={onSubmit} noValidate data-testid="report-form">
      <section className="panel" aria-labelledby="report-scope-heading">
        <h2 id="report-scope-heading">{t.reportScopeHeading}</h2>
        <ReportScopeFields draft={draft} today={options.today} problems={problems} onChange={update} />
        <SectionPicker sections={options.sections} chosen={draft.sections} problem={problems.sections} onChange={(sections) => update({ sections })} />
      </section>
      <section className="panel" aria-labelledby="report-document-heading">
        <h2 id="report-document-heading">{t.reportDocumentHeading}</h2>
        <DocumentFields draft={draft} today={options.today} problems={problems} onChange={update} />
      </section>
      <section className="panel report-run" aria-label={t.reportActionsLabel}>
        <ReportActions isBusy={jobs.isBusy} hasPdf={options.pdf} job={jobs.job} file={jobs.file} onRun={run} />
        {hasFieldProblems ? (
          <p className="field-error" role="alert" data-testid="report-fix-fields">
            {t.reportFixFields}
          </p>
        ) : null}
        <ReportErrors jobs={jobs} other={server.other} />
      </section>
    </form>
  );
}

/** Why the last build did not happen: the server's refusal, an expired job, or a failed build. */
function ReportErrors({ jobs, other }: { jobs: ReportJobs; other: string[] }) {
  const { t } = useI18n();
  const failed = jobs.job?.state === 'failed' ? jobs.job.error : null;
  if (jobs.isExpired) {
    return (
      <p className="notice" role="alert" data-testid="report-expired">
        {t.reportJobExpired}
      </p>
    );
  }
  if (jobs.error) {
    return (
      <div data-testid="report-error">
        <ErrorPanel error={jobs.error} title={t.reportFailed} compact />
        {other.length > 0 ? (
          <ul className="move-refusals">
            {other.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (failed) {
    const error = new ApiError(0, failed.code, failed.message, failed.messageVi);
    return (
      <div data-testid="report-error">
        <ErrorPanel error={error} title={t.reportFailed} compact />
      </div>
    );
  }
  return null;
}
