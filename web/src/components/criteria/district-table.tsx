/** "x/y xã đạt" per district (before 01/07/2025, when the province still had districts). */
import type { CriteriaSummary } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { pick } from '../../lib/criteria-format.ts';

/** The by-district table; nothing when the summary has no districts. */
export function DistrictTable({ summary, onDistrict }: { summary: CriteriaSummary; onDistrict(code: string): void }) {
  const { t, lang, formatNumber } = useI18n();
  if (summary.byDistrict.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="crit-districts-heading" data-testid="criteria-districts">
      <h2 id="crit-districts-heading">
        {t.critDistrictsHeading} <span className="count">{summary.byDistrict.length}</span>
      </h2>
      <div className="table-scroll">
        <table className="data-table stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t.critColDistrict}</th>
              <th scope="col">{t.critColResult}</th>
              <th scope="col" className="num">
                {t.critOutcome('pass')}
              </th>
              <th scope="col" className="num">
                {t.critOutcome('fail')}
              </th>
              <th scope="col" className="num">
                {t.critOutcome('missing')}
              </th>
              <th scope="col" className="num">
                {t.critColOutOfScope}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.byDistrict.map((d) => (
              <tr key={d.code} data-district={d.code}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onDistrict(d.code)} title={t.critFilterToDistrict(d.name)}>
                    {d.name}
                  </button>{' '}
                  <span className="unit-code">({d.code})</span>
                </th>
                <td data-label={t.critColResult}>{pick(d.text, lang)}</td>
                <td className="num" data-label={t.critOutcome('pass')}>
                  {formatNumber(d.counts.passed)}
                </td>
                <td className="num" data-label={t.critOutcome('fail')}>
                  {formatNumber(d.counts.failed)}
                </td>
                <td className="num" data-label={t.critOutcome('missing')}>
                  {formatNumber(d.counts.missing)}
                </td>
                <td className="num" data-label={t.critColOutOfScope}>
                  {formatNumber(d.counts.wards + d.counts.towns)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
