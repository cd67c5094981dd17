/**
 * "Thôn, bản chưa được phủ sóng": a/b villages covered by mobile broadband, the trắng / lõm sóng counts,
 * the villages without broadband by public-utility fund area × grid electricity (regulations.md §5.1), and
 * the villages themselves.
 */
import { Link } from 'react-router';
import { useCoverage, type VillageCoverage } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { namedUnit, pick } from '../../lib/criteria-format.ts';
import { communePath } from '../../lib/criteria-params.ts';
import { periodName } from '../../lib/period-input.ts';
import { ErrorPanel, Loading } from '../feedback.tsx';

/** The section for a province on a date. */
export function CoverageSection({ province, date }: { province: string; date: string }) {
  const { t, lang, formatNumber } = useI18n();
  const coverage = useCoverage({ province, date });
  const data = coverage.data;
  return (
    <section className="panel" aria-labelledby="crit-coverage-heading" data-testid="coverage-section">
      <h2 id="crit-coverage-heading">{t.critCoverageHeading}</h2>
      {coverage.isLoading ? <Loading /> : null}
      {coverage.error ? <ErrorPanel error={coverage.error} onRetry={coverage.retry} compact /> : null}
      {data ? (
        <>
          <p className="crit-coverage-text" data-testid="coverage-text">
            {pick(data.text, lang)}
          </p>
          <ul className="crit-counts">
            <li className="crit-count crit-count-fail" data-testid="coverage-trang">
              <strong>{formatNumber(data.counts.trangSong)}</strong> {t.critTrangSong}
            </li>
            <li className="crit-count crit-count-fail" data-testid="coverage-lom">
              <strong>{formatNumber(data.counts.lomSong)}</strong> {t.critLomSong}
            </li>
            <li className="crit-count">
              <strong>{formatNumber(data.counts.withoutBroadband)}</strong> {t.critWithoutBroadband}
            </li>
            {data.counts.villages > data.counts.reported ? (
              <li className="crit-count crit-count-missing">
                <strong>{formatNumber(data.counts.villages - data.counts.reported)}</strong> {t.critNotReported}
              </li>
            ) : null}
          </ul>
          <p className="hint">{t.critCoverageDefinitions}</p>
          <FundGridTable by={data.counts.withoutBroadbandBy} />
          <h3>
            {t.critCoverageVillages} <span className="count">{formatNumber(data.villages.length)}</span>
          </h3>
          {data.villages.length === 0 ? <p className="muted">{t.critCoverageNone}</p> : <VillageTable villages={data.villages} date={date} />}
        </>
      ) : null}
    </section>
  );
}

function FundGridTable({ by }: { by: { usoWithGrid: number; usoWithoutGrid: number; otherWithGrid: number; otherWithoutGrid: number; unclassified: number } }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="coverage-breakdown">
        <caption className="crit-caption">{t.critBreakdownCaption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num">
              {t.critWithGrid}
            </th>
            <th scope="col" className="num">
              {t.critWithoutGrid}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.critUsoArea}</th>
            <td className="num">{formatNumber(by.usoWithGrid)}</td>
            <td className="num">{formatNumber(by.usoWithoutGrid)}</td>
          </tr>
          <tr>
            <th scope="row">{t.critOtherArea}</th>
            <td className="num">{formatNumber(by.otherWithGrid)}</td>
            <td className="num">{formatNumber(by.otherWithoutGrid)}</td>
          </tr>
          <tr>
            <th scope="row">{t.critUnclassified}</th>
            <td className="num" colSpan={2}>
              {formatNumber(by.unclassified)}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function VillageTable({ villages, date }: { villages: VillageCoverage[]; date: string }) {
  const { t, lang, formatNumber } = useI18n();
  const yesNo = (v: boolean | null) => (v === null ? '—' : v ? t.yes : t.no);
  return (
    <div className="table-scroll crit-scroll-box">
      <table className="data-table stack-on-phone" data-testid="coverage-villages">
        <thead>
          <tr>
            <th scope="col">{t.critColCommune}</th>
            <th scope="col">{t.critColVillage}</th>
            <th scope="col">{t.critColClass}</th>
            <th scope="col">{t.critColGrid}</th>
            <th scope="col">{t.critColUsoArea}</th>
            <th scope="col">{t.critColPeriod}</th>
          </tr>
        </thead>
        <tbody>
          {villages.map((v) => (
            <tr key={v.code} data-code={v.code} data-signal={v.signal ?? ''}>
              <td data-label={t.critColCommune}>
                <Link to={communePath(v.communeCode, date)}>{v.communeName}</Link>
              </td>
              <th scope="row">
                {namedUnit(v, lang)} <span className="unit-code">({v.code})</span>
              </th>
              <td data-label={t.critColClass}>
                <span className="crit-classes">
                  {v.signal === 'trang_song' ? <span className="tag crit-tag-bad">{t.critTrangSong}</span> : null}
                  {v.signal === 'lom_song' ? (
                    <span className="tag crit-tag-warn">
                      {t.critLomSong}
                      {v.clustersWithoutSignal !== null ? ` (${t.critClusters(formatNumber(v.clustersWithoutSignal))})` : ''}
                    </span>
                  ) : null}
                  {v.broadband === false ? <span className="tag crit-tag-bad">{t.critWithoutBroadband}</span> : null}
                  {v.broadband === null ? <span className="tag">{t.critNotReported}</span> : null}
                </span>
              </td>
              <td data-label={t.critColGrid}>{yesNo(v.grid)}</td>
              <td data-label={t.critColUsoArea}>{yesNo(v.usoArea)}</td>
              <td className="nowrap" data-label={t.critColPeriod}>
                {v.period ? periodName(v.period, lang) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
