/**
 * Screen `/ky-bao-cao` (Kỳ báo cáo và hạn nộp, issue #6, administrators): close periods and grant
 * exceptions, and the reporting deadlines (set by a national administrator).
 */
import { RequireAction } from '../components/auth/access-notice.tsx';
import { ClosuresPanel } from '../components/review/closures-panel.tsx';
import { DeadlinesPanel } from '../components/review/deadlines-panel.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The page. */
export function PeriodsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.periodsTitle);
  return (
    <div className="periods-page">
      <h1 className="page-title">{t.periodsTitle}</h1>
      <p className="muted page-intro">{t.periodsIntro}</p>
      <RequireAction action="period.close" what={t.needPeriods}>
        <ClosuresPanel />
        <DeadlinesPanel />
      </RequireAction>
    </div>
  );
}
