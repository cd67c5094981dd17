/** The marks a figure can carry: "số liệu quy đổi" (re-based onto a unit that did not exist yet) and "không so sánh được". */
import type { PivotCell } from '../../api/analytics.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The badges of a figure; nothing for a plain reported one. */
export function FigureBadges({ cell }: { cell: Pick<PivotCell, 'derived' | 'comparable'> }) {
  const { t } = useI18n();
  if (!cell.derived && cell.comparable) return null;
  return (
    <span className="dash-badges">
      {cell.derived ? (
        <span className="badge badge-derived" title={t.dashDerivedHint} data-testid="badge-derived">
          {t.dashDerived}
        </span>
      ) : null}
      {!cell.comparable ? (
        <span className="badge badge-not-comparable" title={t.dashNotComparableHint} data-testid="badge-not-comparable">
          {t.dashNotComparable}
        </span>
      ) : null}
    </span>
  );
}

/** "Nguồn: cộng từ cấp dưới · 12/14 đơn vị báo cáo" for a figure. */
export function useSourceText(): (cell: Pick<PivotCell, 'source' | 'reporting' | 'from'>) => string {
  const { t, formatNumber } = useI18n();
  return (cell) => {
    const parts = [`${t.dashSourceLabel}: ${t.dashSource(cell.source)}`];
    if (cell.reporting && cell.reporting.expected !== null)
      parts.push(t.dashReporting(formatNumber(cell.reporting.units), formatNumber(cell.reporting.expected)));
    if (cell.from && cell.from.length > 0) parts.push(t.dashFromPeriods(cell.from.join(', ')));
    return parts.join(' · ');
  };
}
