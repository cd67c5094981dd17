/**
 * Screen `/values` (Số liệu): stored indicator values with filters kept in the address, a page at a
 * time. Demo values carry a badge, and a banner says so whenever the page shows any.
 */
import { useCatalogue } from '../api/indicators.ts';
import { useValues } from '../api/values.ts';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { DemoBanner } from '../components/values/demo-badge.tsx';
import { Pagination } from '../components/values/pagination.tsx';
import { ValueFilters } from '../components/values/value-filters.tsx';
import { ValuesTable } from '../components/values/values-table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { periodName } from '../lib/period-input.ts';
import { useAtDate } from '../lib/use-at-date.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useValueFilters } from '../lib/use-value-filters.ts';

const PAGE_SIZE = 50;

/** The values page. */
export function ValuesPage() {
  const { t, lang, formatNumber } = useI18n();
  useDocumentTitle(t.valuesTitle);
  const catalogue = useCatalogue();
  const filterState = useValueFilters();
  const { filters, setPage } = filterState;
  const { page, ...query } = filters;
  const { at } = useAtDate();
  const values = useValues({ ...query, ...(query.area && !query.period ? { at } : {}), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const data = values.data;
  const rows = data?.rows ?? [];
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const first = (page - 1) * PAGE_SIZE + 1;
  const shown = data && rows.length > 0 ? t.valuesShown(formatNumber(first), formatNumber(first + rows.length - 1), formatNumber(data.total)) : '';
  const isLatest = !filters.period;
  const indicator = catalogue.data?.indicators.find((i) => i.code === filters.indicator);
  const heading = [
    indicator ? (lang === 'vi' ? indicator.nameVi : indicator.nameEn) : filters.indicator ? filters.indicator : t.indicatorAll,
    filters.period ? periodName(filters.period, lang) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="values-page">
      <h1 className="page-title">{t.valuesTitle}</h1>
      {catalogue.error ? <ErrorPanel error={catalogue.error} onRetry={catalogue.retry} compact /> : null}
      <ValueFilters state={filterState} catalogue={catalogue.data} />
      <section className="panel" aria-labelledby="values-heading" data-testid="values-panel">
        <div className="panel-head">
          <h2 id="values-heading" data-testid="values-heading">
            {heading}
          </h2>
          <span className="muted" role="status" aria-live="polite" data-testid="values-count">
            {values.isLoading ? t.valuesLoading : shown}
          </span>
        </div>
        {isLatest ? <p className="hint">{t.latestNote}</p> : null}
        {rows.some((r) => r.batchKind === 'demo') ? <DemoBanner /> : null}
        {values.error ? <ErrorPanel error={values.error} onRetry={values.retry} /> : null}
        {!data && values.isLoading ? <Loading label={t.valuesLoading} /> : null}
        {data && rows.length === 0 && !values.isLoading ? <p className="muted empty-note">{t.valuesNone}</p> : null}
        {rows.length > 0 ? (
          <ValuesTable
            rows={rows}
            catalogue={catalogue.data}
            showIndicator={!filters.indicator}
            showPeriod={!filters.period}
            batch={filters.batch}
            isLoading={values.isLoading}
            caption={shown}
          />
        ) : null}
        <Pagination page={page} pages={pages} onPage={setPage} />
      </section>
    </div>
  );
}
