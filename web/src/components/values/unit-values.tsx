/** The "Số liệu chỉ tiêu" panel of a unit page: its latest values (and those of the units under it), and a link to them all. */
import { Link } from 'react-router';
import { useCatalogue } from '../../api/indicators.ts';
import { useValues } from '../../api/values.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorPanel, Loading } from '../feedback.tsx';
import { DemoBanner } from './demo-badge.tsx';
import { ValuesTable } from './values-table.tsx';

const PREVIEW_ROWS = 5;

/** The panel; `at` is a day the unit is in force, on which the units under it are read. */
export function UnitValues({ code, at }: { code: string; at: string }) {
  const { t, formatNumber } = useI18n();
  const catalogue = useCatalogue();
  const values = useValues({ area: code, at, limit: PREVIEW_ROWS });
  const rows = values.data?.rows ?? [];
  const total = values.data?.total ?? 0;
  return (
    <section className="panel" data-testid="unit-values" aria-labelledby="unit-values-heading">
      <div className="panel-head">
        <h2 id="unit-values-heading">
          {t.unitValuesHeading} {values.data ? <span className="count">{formatNumber(total)}</span> : null}
        </h2>
        <Link to={`/values?area=${encodeURIComponent(code)}&at=${at}`} data-testid="unit-values-link">
          {t.unitValuesLink} →
        </Link>
      </div>
      {values.isLoading && !values.data ? <Loading /> : null}
      {values.error ? <ErrorPanel error={values.error} onRetry={values.retry} compact /> : null}
      {values.data && rows.length === 0 ? <p className="muted">{t.unitValuesNone}</p> : null}
      {rows.length > 0 ? (
        <>
          {rows.some((r) => r.batchKind === 'demo') ? <DemoBanner /> : null}
          <p className="muted">{t.unitValuesLatest(formatNumber(rows.length), formatNumber(total))}</p>
          <ValuesTable rows={rows} catalogue={catalogue.data} showIndicator showPeriod isLoading={false} caption={t.unitValuesHeading} />
        </>
      ) : null}
    </section>
  );
}
