/** "Dữ liệu minh họa" / "Demo data": marks every value that came from a demo load, never from a report. */
import { useI18n } from '../../i18n/i18n.tsx';

/** The badge shown beside demo values. */
export function DemoBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-demo" data-testid="demo-badge" title={t.demoBadgeTitle}>
      {t.demoBadge}
    </span>
  );
}

/** The banner above a table that shows any demo value. */
export function DemoBanner() {
  const { t } = useI18n();
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      <span className="badge badge-demo" aria-hidden="true">
        {t.demoBadge}
      </span>{' '}
      {t.demoBanner}
    </p>
  );
}
