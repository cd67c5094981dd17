/** Badge for where a unit stands on the date: Đang hiệu lực / Đã hết hiệu lực từ … / Chưa có hiệu lực. */
import type { UnitStatus, UnitView } from '../../../src/services/units/unit-views.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { firstDayEnded } from '../lib/unit-dates.ts';

interface StatusBadgeProps {
  status: UnitStatus;
  unit: Pick<UnitView, 'validFrom' | 'validTo'>;
  /** Hide the "in force" badge (lists mark only the exceptions). */
  quietWhenInForce?: boolean;
}

/** A coloured badge; for an ended unit it names the first day no longer in force, with the last day in the tooltip. */
export function StatusBadge({ status, unit, quietWhenInForce = false }: StatusBadgeProps) {
  const { t, formatDate } = useI18n();
  if (status === 'in_force') {
    if (quietWhenInForce) return null;
    return (
      <span className="badge badge-ok" data-testid="status-badge" data-status={status}>
        {t.statusInForce}
      </span>
    );
  }
  if (status === 'ended') {
    const ended = firstDayEnded(unit);
    return (
      <span
        className="badge badge-ended"
        data-testid="status-badge"
        data-status={status}
        title={unit.validTo ? t.validUntilEndOf(formatDate(unit.validTo)) : undefined}
      >
        {ended ? t.statusEndedSince(formatDate(ended)) : t.statusInForce}
      </span>
    );
  }
  return (
    <span className="badge badge-future" data-testid="status-badge" data-status={status}>
      {unit.validFrom ? t.statusNotYetFrom(formatDate(unit.validFrom)) : t.statusNotYet}
    </span>
  );
}
