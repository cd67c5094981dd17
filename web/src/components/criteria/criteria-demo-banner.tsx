/** "Dữ liệu minh họa" above a board or an evaluation computed from demo values (as the values pages mark theirs). */
import { useI18n } from '../../i18n/i18n.tsx';

/** The banner, with the same badge as demo values. */
export function CriteriaDemoBanner() {
  const { t } = useI18n();
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      <span className="badge badge-demo" title={t.demoBadgeTitle}>
        {t.demoBadge}
      </span>{' '}
      {t.critDemoBanner}
    </p>
  );
}
