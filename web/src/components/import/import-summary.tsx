/** What the check read from a file: format, encoding, layout, columns, periods, indicators, counts, sample values. */
import type { ValueImportResult } from '../../../../src/services/values-import/import-types.ts';
import { breakdownText, type Catalogue } from '../../api/indicators.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatBytes } from '../../lib/format-bytes.ts';
import { periodName } from '../../lib/period-input.ts';

interface ImportSummaryProps {
  result: ValueImportResult;
  catalogue: Catalogue | undefined;
}

/** The summary list, the recognised columns and the sample values. */
export function ImportSummary({ result, catalogue }: ImportSummaryProps) {
  const { t, lang, formatNumber } = useI18n();
  const indicatorName = (code: string) => {
    const indicator = catalogue?.indicators.find((i) => i.code === code);
    return indicator ? (lang === 'vi' ? indicator.nameVi : indicator.nameEn) : code;
  };
  const n = (value: number) => formatNumber(value);

  return (
    <>
      <h3>{t.summaryHeading}</h3>
      <dl className="facts summary" data-testid="import-summary">
        <dt>{t.sumFile}</dt>
        <dd className="break">
          {result.fileName} <span className="muted">({formatBytes(result.fileBytes, formatNumber)})</span>
        </dd>
        <dt>{t.sumFormat}</dt>
        <dd>
          {result.format.toUpperCase()}
          {result.sheet && result.format === 'xlsx' ? ` · ${t.sumSheet}: ${result.sheet}` : ''}
        </dd>
        {result.textEncoding ? (
          <>
            <dt>{t.sumEncoding}</dt>
            <dd>{result.textEncoding}</dd>
          </>
        ) : null}
        {result.convertedColumns.length > 0 ? (
          <>
            <dt>{t.sumConverted}</dt>
            <dd>{result.convertedColumns.map((c) => `${c.column} (${c.encoding})`).join(', ')}</dd>
          </>
        ) : null}
        <dt>{t.sumLayout}</dt>
        <dd>{result.layout === 'wide' ? t.layoutWide : t.layoutLong}</dd>
        <dt>{t.sumHeaderRow}</dt>
        <dd>{n(result.headerRow)}</dd>
        <dt>{t.sumRows}</dt>
        <dd>{n(result.rowsRead)}</dd>
        <dt>{t.sumValues}</dt>
        <dd data-testid="sum-values">{n(result.values)}</dd>
        <dt>{t.sumPeriods}</dt>
        <dd>{result.periods.map((p) => periodName(p, lang)).join(', ') || '—'}</dd>
        <dt>{t.sumIndicators}</dt>
        <dd>
          {result.indicators.length > 0 ? (
            <ul className="plain-list">
              {result.indicators.map((code) => (
                <li key={code}>
                  {indicatorName(code)} <span className="unit-code">{code}</span>
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
        {result.outcome !== 'rejected' ? (
          <>
            <dt>{t.sumChanges}</dt>
            <dd data-testid="sum-changes">{t.changesText(n(result.inserted), n(result.updated), n(result.unchanged))}</dd>
          </>
        ) : null}
      </dl>

      {result.columns.length > 0 ? (
        <details className="disclosure">
          <summary>
            {t.columnsHeading} <span className="count">{n(result.columns.length)}</span>
          </summary>
          <div className="table-scroll">
            <table className="data-table stack-on-phone" data-testid="import-columns">
              <thead>
                <tr>
                  <th scope="col">{t.colFileColumn}</th>
                  <th scope="col">{t.colMeaning}</th>
                </tr>
              </thead>
              <tbody>
                {result.columns.map((c, i) => (
                  <tr key={`${i}-${c.label}`}>
                    <th scope="row">{c.label}</th>
                    <td data-label={t.colMeaning}>{c.meaning}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}

      {result.sample.length > 0 ? (
        <>
          <h3>{t.sampleHeading}</h3>
          <div className="table-scroll">
            <table className="data-table stack-on-phone" data-testid="import-sample">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t.colRow}
                  </th>
                  <th scope="col">{t.colUnit}</th>
                  <th scope="col">{t.colIndicator}</th>
                  <th scope="col">{t.colPeriod}</th>
                  <th scope="col">{t.colBreakdown}</th>
                  <th scope="col" className="num">
                    {t.colValue}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.sample.map((s, i) => (
                  <tr key={`${s.row}-${i}`}>
                    <td className="num" data-label={t.colRow}>
                      {n(s.row)}
                    </td>
                    <td data-label={t.colUnit}>
                      {s.unitName} <span className="unit-code">({s.unitCode})</span>
                    </td>
                    <td data-label={t.colIndicator}>{indicatorName(s.indicator)}</td>
                    <td data-label={t.colPeriod}>{periodName(s.period, lang)}</td>
                    <td data-label={t.colBreakdown}>{breakdownText(catalogue, s.breakdown, lang) ?? t.breakdownTotal}</td>
                    <td className="num" data-label={t.colValue}>
                      {s.value}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
