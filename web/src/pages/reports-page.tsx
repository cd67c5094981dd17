/**
 * Screen `/bao-cao` (Báo cáo tổng kết, issue #7): an account that may build reports chooses a province
 * (or the whole country), a period, the parts and the document's details, previews the report drawn like
 * the paper document, and downloads it as DOCX, XLSX or PDF. Builds run as jobs on the server; the page
 * follows their progress.
 */
import { useReportJobs, useReportOptions } from '../api/reports.ts';
import { RequireAction } from '../components/auth/access-notice.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { ReportForm } from '../components/reports/report-form.tsx';
import { ReportPreview } from '../components/reports/report-preview.tsx';
import '../components/reports/reports.css';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The reports page. */
export function ReportsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.reportsTitle);
  return (
    <div className="reports-page">
      <h1 className="page-title">{t.reportsTitle}</h1>
      <RequireAction action="reports.build" what={t.needReports}>
        <ReportsWorkspace />
      </RequireAction>
    </div>
  );
}

function ReportsWorkspace() {
  const { t, formatDateTime } = useI18n();
  const { user } = useSession();
  const options = useReportOptions();
  const jobs = useReportJobs();
  // A provincial account starts on its own province; a national one on the whole country.
  const province = user?.scope?.level === 'province' ? user.scope.code : null;

  if (options.error) return <ErrorPanel error={options.error} onRetry={options.retry} />;
  if (!options.data) return <Loading />;
  return (
    <>
      <p className="muted page-intro">{t.reportsIntro}</p>
      <ReportForm options={options.data} jobs={jobs} province={province} />
      <section className="panel report-preview-panel" aria-labelledby="report-preview-heading" data-testid="report-preview-panel">
        <div className="panel-head">
          <h2 id="report-preview-heading">{t.reportPreviewHeading}</h2>
          {jobs.preview ? <span className="muted">{t.reportPreviewBuiltAt(formatDateTime(jobs.preview.builtAt))}</span> : null}
        </div>
        {jobs.preview ? (
          <div className={jobs.isBusy ? 'report-paper-frame is-stale' : 'report-paper-frame'}>
            <ReportPreview document={jobs.preview} />
          </div>
        ) : (
          <p className="muted empty-note" data-testid="report-preview-empty">
            {t.reportPreviewEmpty}
          </p>
        )}
      </section>
    </>
  );
}
