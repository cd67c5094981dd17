/** The unit's ancestors as links to their dashboards (same year and date), ending with the unit itself. */
import { Link } from 'react-router';
import type { AnalyticsUnit } from '../../api/analytics.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The breadcrumb trail. */
export function DashboardBreadcrumbs({
  ancestors,
  unit,
  pathFor,
}: {
  ancestors: readonly AnalyticsUnit[];
  unit: AnalyticsUnit;
  pathFor(code: string): string;
}) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumbs dash-breadcrumbs" aria-label={t.dashBreadcrumb} data-testid="dashboard-breadcrumbs">
      <ol>
        {ancestors.map((a) => (
          <li key={a.code}>
            <Link to={pathFor(a.code)} data-code={a.code}>
              {a.fullName}
            </Link>
          </li>
        ))}
        <li aria-current="page">{unit.fullName}</li>
      </ol>
    </nav>
  );
}
