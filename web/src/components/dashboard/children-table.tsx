/**
 * The units one level down with the key figures of the year, sortable by any column; each name opens that
 * unit's dashboard (drill-down province → commune → village), and the table downloads as CSV or XLSX.
 */
import { Fragment, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { pivotUrl, type DashboardResult, type PivotCell } from '../../api/analytics.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { cellNumber, formatCellValue, indexCells } from '../../lib/dashboard-format.ts';

type Children = NonNullable<DashboardResult['children']>;
interface Sort {
  /** 'name' or an indicator code. */
  key: string;
  isDescending: boolean;
}

interface ChildrenTableProps {
  children: Children;
  parent: string;
  year: number;
  at: string;
  pathFor(code: string): string;
}

/** The table. */
export function ChildrenTable({ children, parent, year, at, pathFor }: ChildrenTableProps) {
  const { t, lang, formatNumber } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: 'code', isDescending: false });
  const cells = useMemo(() => indexCells(children.cells), [children.cells]);
  const cellOf = (unit: string, indicator: string): PivotCell | undefined =>
    cells.get(`${unit}|${indicator}|${year}`) ?? children.cells.find((c) => c.unit === unit && c.indicator === indicator);
  const words = { yes: t.dashYes, no: t.dashNo, none: t.dashNone };

  const rows = useMemo(() => {
    const compare = (a: Children['units'][number], b: Children['units'][number]): number => {
      if (sort.key === 'code') return a.code.localeCompare(b.code);
      if (sort.key === 'name') return a.name.localeCompare(b.name, 'vi');
      const x = cellNumber(cells.get(`${a.code}|${sort.key}|${year}`));
      const y = cellNumber(cells.get(`${b.code}|${sort.key}|${year}`));
      // Units without a figure go last in both directions.
      if (x === null || y === null) return x === null ? (y === null ? 0 : Infinity) : -Infinity;
      return x - y;
    };
    const sorted = [...children.units].sort((a, b) => {
      const c = compare(a, b);
      return Number.isFinite(c) ? (sort.isDescending ? -c : c) : c;
    });
    return sorted;
  }, [children.units, cells, sort, year]);

  const query = {
    indicators: children.indicators.map((i) => i.code),
    level: children.level,
    parent,
    periods: [String(year - 1), String(year)],
    at,
    series: 'both' as const,
    compare: true,
  };
  const header = (key: string, label: string, isNumeric: boolean) => {
    const isActive = sort.key === key;
    return (
      <th scope="col" className={isNumeric ? 'num' : undefined} aria-sort={isActive ? (sort.isDescending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          title={t.dashSortBy(label)}
          data-sort={key}
          onClick={() => setSort((s) => ({ key, isDescending: s.key === key ? !s.isDescending : isNumeric }))}
        >
          {label}
          <span aria-hidden="true">{isActive ? (sort.isDescending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="panel" aria-labelledby="dash-children-heading" data-testid="children">
      <div className="panel-head">
        <h2 id="dash-children-heading">
          {t.dashChildren(children.level)} <span className="count">{formatNumber(children.units.length)}</span>
        </h2>
        {children.indicators.length > 0 && children.units.length > 0 ? (
          <p className="dash-downloads" title={t.dashDownloadHint}>
            {t.dashDownload}:{' '}
            <a href={pivotUrl(query, 'csv')} download data-testid="download-csv">
              CSV
            </a>{' '}
            ·{' '}
            <a href={pivotUrl(query, 'xlsx')} download data-testid="download-xlsx">
              XLSX
            </a>
          </p>
        ) : null}
      </div>
      {children.units.length === 0 ? (
        <p className="empty-note">{t.dashNoChildren}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table stack-on-phone dash-children-table" data-testid="children-table">
            <thead>
              <tr>
                {header('name', t.dashColUnit, false)}
                {children.indicators.map((indicator) => (
                  <Fragment key={indicator.code}>
                    {header(indicator.code, lang === 'vi' ? indicator.shortVi || indicator.name.vi : indicator.name.en, true)}
                  </Fragment>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((unit) => (
                <tr key={unit.code} data-code={unit.code}>
                  <th scope="row">
                    <Link to={pathFor(unit.code)} title={t.dashOpenDashboard(unit.fullName)} data-testid="child-link">
                      {unit.fullName}
                    </Link>{' '}
                    <span className="unit-code">({unit.code})</span>
                  </th>
                  {children.indicators.map((indicator) => {
                    const cell = cellOf(unit.code, indicator.code);
                    const label = lang === 'vi' ? indicator.shortVi || indicator.name.vi : indicator.name.en;
                    return (
                      <td
                        key={indicator.code}
                        className="num"
                        data-label={label}
                        data-indicator={indicator.code}
                        title={cell ? t.dashSource(cell.source) : undefined}
                      >
                        {formatCellValue(cell?.value, indicator, lang, words)}
                        {cell?.derived ? (
                          <sup className="dash-derived-mark" title={t.dashDerived}>
                            *
                          </sup>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
