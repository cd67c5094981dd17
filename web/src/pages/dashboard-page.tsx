/**
 * Screen `/dashboard/:code?year=&at=&layer=&classes=` (Tổng quan): a unit's key figures for a year with
 * plan and previous year, the trends over the years, plan against actual, coverage and the criterion-8
 * status, the map of the units below and their table; names open the next level down (province →
 * commune → village), breadcrumbs go back up. `/dashboard` opens the first province with data.
 */
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDashboard } from '../api/analytics.ts';
import { useDefaultProvince, useProvenance } from '../api/criteria.ts';
import { CriteriaDemoBanner } from '../components/criteria/criteria-demo-banner.tsx';
import { ChildrenTable } from '../components/dashboard/children-table.tsx';
import { DashboardBreadcrumbs } from '../components/dashboard/dashboard-breadcrumbs.tsx';
import { DashboardMap } from '../components/dashboard/dashboard-map.tsx';
import { DashboardPickers } from '../components/dashboard/dashboard-pickers.tsx';
import { KeyFigureCards } from '../components/dashboard/key-figure-cards.tsx';
import { PlanActualChart } from '../components/dashboard/plan-actual-chart.tsx';
import { CoveragePanel, CriteriaPanel } from '../components/dashboard/status-panels.tsx';
import { TrendCharts } from '../components/dashboard/trend-charts.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { dashboardPath, useDashboardParams } from '../lib/dashboard-params.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The dashboard page. */
export function DashboardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const params = useDashboardParams();
  const { code, year, at, unitsDate, update, pathFor } = params;
  const fallback = useDefaultProvince(code ? null : unitsDate);

  // Without a unit in the address, open the first province with data (no history entry for the detour).
  useEffect(() => {
    if (!code && fallback.code) navigate(dashboardPath(fallback.code, year, at), { replace: true });
  }, [code, fallback.code, year, at, navigate]);

  const dashboard = useDashboard(code ? { unit: code, year, at } : null);
  // While the next year or unit loads the previous dashboard stays, dimmed, so the page does not jump.
  const data = dashboard.data;
  const isStale = dashboard.isLoading && data !== undefined;
  const provenance = useProvenance(code ?? null, data?.at ?? unitsDate);
  useDocumentTitle(data ? `${t.navDashboard} · ${data.unit.name} · ${data.year}` : t.dashTitle);

  return (
    <div className="dashboard-page">
      <h1 className="page-title">{t.dashTitle}</h1>
      <p className="page-intro muted">{t.dashIntro}</p>
      <DashboardPickers
        code={code}
        year={year}
        at={at}
        today={params.today}
        onUnit={(unit) => navigate(pathFor(unit))}
        onYear={(y) => update({ year: String(y) })}
        onAt={(date) => update({ at: date })}
      />

      {!code && !fallback.error ? <Loading label={t.dashFindingProvince} /> : null}
      {fallback.error ? <ErrorPanel error={fallback.error} /> : null}
      {dashboard.error ? <ErrorPanel error={dashboard.error} onRetry={dashboard.retry} /> : null}
      {dashboard.isLoading ? <Loading label={t.dashLoading} /> : null}

      {data && !dashboard.error ? (
        <div
          className={isStale ? 'dash-body dash-stale' : 'dash-body'}
          aria-busy={isStale}
          data-testid="dashboard"
          data-unit={data.unit.code}
          data-year={data.year}
        >
          {data.ancestors.length > 0 ? <DashboardBreadcrumbs ancestors={data.ancestors} unit={data.unit} pathFor={pathFor} /> : null}
          <div className="dash-heading">
            <h2 className="dash-unit-title" data-testid="dashboard-title">
              {t.dashUnitHeading(data.unit.fullName, data.year)} <span className="unit-code">({data.unit.code})</span>
            </h2>
            <Link to={`/units/${encodeURIComponent(data.unit.code)}?at=${data.at}`} className="dash-unit-link">
              {t.dashUnitPageLink}
            </Link>
          </div>
          {provenance.hasDemo ? <CriteriaDemoBanner /> : null}
          <KeyFigureCards figures={data.keyFigures} />
          <div className="dash-row">
            <CoveragePanel coverage={data.coverage} />
            {data.unit.level !== 'village' ? <CriteriaPanel dashboard={data} /> : null}
            <PlanActualChart figures={data.keyFigures} />
          </div>
          <TrendCharts trends={data.trends} />
          <DashboardMap
            dashboard={data}
            layer={params.layer}
            classes={params.classes}
            pathFor={pathFor}
            onLayer={(layer) => update({ layer }, true)}
            onClasses={(method) => update({ classes: method === 'quantile' ? undefined : method }, true)}
          />
          {data.children ? <ChildrenTable children={data.children} parent={data.unit.code} year={data.year} at={data.at} pathFor={pathFor} /> : null}
        </div>
      ) : null}
    </div>
  );
}
