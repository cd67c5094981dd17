/** The latest imports (files and demo loads): when, who, what changed, each linked to its values. */
import { Link } from 'react-router';
import type { ApiState } from '../../api/use-api.ts';
import type { ValueBatch } from '../../api/values.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorPanel, Loading } from '../feedback.tsx';
import { DemoBadge } from '../values/demo-badge.tsx';

/** The recent-batches panel. */
export function RecentBatches({ batches }: { batches: ApiState<{ rows: ValueBatch[] }> }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const rows = batches.data?.rows ?? [];
  return (
    <section className="panel" aria-labelledby="batches-heading" data-testid="recent-batches">
      <h2 id="batches-heading">{t.batchesHeading}</h2>
      {batches.isLoading && !batches.data ? <Loading /> : null}
      {batches.error ? <ErrorPanel error={batches.error} onRetry={batches.retry} compact /> : null}
      {batches.data && rows.length === 0 ? <p className="muted">{t.batchesNone}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t.colBatch}</th>
                <th scope="col">{t.sumFile}</th>
                <th scope="col">{t.colImportedAt}</th>
                <th scope="col">{t.colActor}</th>
                <th scope="col" className="num">
                  {t.colChanges}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.id} data-batch={b.id}>
                  <th scope="row">
                    <Link to={`/values?batch=${b.id}`}>{t.batchLabel(String(b.id))}</Link>
                  </th>
                  <td className="break" data-label={t.sumFile}>
                    {b.kind === 'demo' ? <DemoBadge /> : null} {b.fileName}
                  </td>
                  <td className="nowrap" data-label={t.colImportedAt}>
                    {formatDateTime(b.importedAt)}
                  </td>
                  <td data-label={t.colActor}>{b.actor}</td>
                  <td className="num nowrap" data-label={t.colChanges}>
                    {formatNumber(b.valuesInserted)} / {formatNumber(b.valuesUpdated)} / {formatNumber(b.valuesUnchanged)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
