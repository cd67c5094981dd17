/** A running build: "Bước 2/6: Đọc số liệu…" above a progress bar. */
import type { ReportProgress } from '../../api/reports.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The bar; without progress yet (the job just started) it is indeterminate. */
export function ReportProgressBar({ progress }: { progress: ReportProgress | null }) {
  const { t, lang, formatNumber } = useI18n();
  const text = progress ? t.reportProgressStep(formatNumber(progress.step), formatNumber(progress.steps), progress.label[lang]) : t.reportProgressStarting;
  return (
    <div className="import-progress report-progress" data-testid="report-progress">
      <div className="progress-head">
        <span className="progress-phase" role="status" aria-live="polite" data-testid="report-progress-step">
          {text}
        </span>
      </div>
      {progress ? (
        <progress className="progress-bar" aria-label={t.reportProgressLabel} max={progress.steps} value={progress.step} />
      ) : (
        <progress className="progress-bar" aria-label={t.reportProgressLabel} />
      )}
    </div>
  );
}
