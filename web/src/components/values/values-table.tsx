/**
 * Stored values as a table: unit (linked), parent, indicator and period (when not filtered on), breakdown,
 * value (right-aligned, formatted for the language), status and source — the file and row, or the demo badge.
 */
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { periodEnd, tryParsePeriod } from '../../../../src/domain/periods/period.ts';
import { breakdownText, type Catalogue } from '../../api/indicators.ts';
import type { ValueRow } from '../../api/values.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { periodName } from '../../lib/period-input.ts';
import { dateWithinValidity } from '../../lib/unit-dates.ts';
import { valueText, valueUnit } from '../../lib/value-text.ts';
import { DemoBadge } from './demo-badge.tsx';
import { ValueHistoryPanel } from './value-history.tsx';
import { ValueStatusBadge } from './value-status.tsx';

interface ValuesTableProps {
  rows: ValueRow[];
  catalogue: Catalogue | undefined;
  showIndicator: boolean;
  showPeriod: boolean;
  /** Rows of this batch are highlighted. */
  batch?: number | undefined;
  isLoading: boolean;
  caption: string;
}

/** The table. */
export function ValuesTable({ rows, catalogue, showIndicator, showPeriod, batch, isLoading, caption }: ValuesTableProps) {
  const { t, lang, formatNumber, formatDateTime } = useI18n();
  const indicatorOf = (code: string) => catalogue?.indicators.find((i) => i.code === code);
  // The row whose history is open (one at a time).
  const [open, setOpen] = useState<string | null>(null);
  const columnCount = 6 + (showIndicator ? 1 : 0) + (showPeriod ? 1 : 0);

  return (
    <div className="table-scroll">
      <table className="data-table values-table stack-on-phone" data-testid="values-table" aria-busy={isLoading}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colUnit}</th>
            <th scope="col">{t.colParent}</th>
            {showIndicator ? <th scope="col">{t.colIndicator}</th> : null}
            {showPeriod ? <th scope="col">{t.colPeriod}</th> : null}
            <th scope="col">{t.colBreakdown}</th>
            <th scope="col" className="num">
              {t.colValue}
            </th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colSource}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const indicator = indicatorOf(row.indicatorCode);
            const text = valueText(row, indicator, lang);
            const unit = valueUnit(row, text, indicator, lang);
            const period = tryParsePeriod(row.period);
            const unitDate = period ? dateWithinValidity(row, periodEnd(period)) : null;
            const key = `${row.unitCode}|${row.indicatorCode}|${row.period}|${row.breakdown}|${row.series}`;
            const label = `${row.unitName} · ${indicator ? (lang === 'vi' ? indicator.nameVi : indicator.nameEn) : row.indicatorCode} · ${periodName(row.period, lang)}`;
            return (
              <Fragment key={key}>
                <tr
                  className={batch !== undefined && row.batchId === batch ? 'row-current' : undefined}
                  data-unit={row.unitCode}
                  data-indicator={row.indicatorCode}
                  data-kind={row.batchKind}
                >
                  <th scope="row">
                    <Link to={unitDate ? `/units/${encodeURIComponent(row.unitCode)}?at=${unitDate}` : `/units/${encodeURIComponent(row.unitCode)}`}>
                      {row.unitName}
                    </Link>{' '}
                    <span className="unit-code">({row.unitCode})</span>
                  </th>
                  <td data-label={t.colParent}>{row.parentName ?? '—'}</td>
                  {showIndicator ? (
                    <td data-label={t.colIndicator}>{indicator ? (lang === 'vi' ? indicator.nameVi : indicator.nameEn) : row.indicatorCode}</td>
                  ) : null}
                  {showPeriod ? (
                    <td className="nowrap" data-label={t.colPeriod}>
                      {periodName(row.period, lang)}
                    </td>
                  ) : null}
                  <td data-label={t.colBreakdown}>
                    {row.breakdown ? (breakdownText(catalogue, row.breakdown, lang) ?? row.breakdownLabel) : t.breakdownTotal}
                    {row.series === 'plan' ? <span className="tag tag-plan">{t.seriesName('plan')}</span> : null}
                  </td>
                  <td className="num value-cell" data-label={t.colValue} data-testid="value-cell">
                    {text}
                    {unit ? <span className="value-unit"> {unit}</span> : null}
                  </td>
                  <td data-label={t.colStatus}>
                    <ValueStatusBadge status={row.status} />
                  </td>
                  <td className="source-cell" data-label={t.colSource} title={t.recordedBy(formatDateTime(row.recordedAt), row.recordedBy)}>
                    {row.batchKind === 'demo' ? <DemoBadge /> : null}
                    {row.batchKind === 'file' ? <span className="break">{row.fileName}</span> : null}
                    {row.batchKind === 'file' && row.sourceRow !== null ? <span className="muted"> · {t.sourceRow(formatNumber(row.sourceRow))}</span> : null}
                    <span className="source-batch">
                      <Link to={`/values?batch=${row.batchId}`}>{t.batchLabel(String(row.batchId))}</Link>
                    </span>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={open === key}
                      data-testid="history-toggle"
                      onClick={() => setOpen(open === key ? null : key)}
                    >
                      {open === key ? t.historyHide : t.historyShow}
                    </button>
                  </td>
                </tr>
                {open === key ? (
                  <tr className="history-row">
                    <td colSpan={columnCount}>
                      <ValueHistoryPanel
                        figure={{
                          unit: row.unitCode,
                          indicator: row.indicatorCode,
                          period: row.period,
                          breakdown: row.breakdown,
                          series: row.series,
                          at: unitDate ?? undefined,
                        }}
                        label={label}
                        catalogue={catalogue}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
