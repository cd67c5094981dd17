/** The review status of a value as a badge: Chờ duyệt / Đã duyệt / Bị trả lại. */
import type { ValueStatus } from '../../../../src/domain/values/value-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const classes: Record<ValueStatus, string> = { submitted: 'badge badge-neutral', approved: 'badge badge-ok', rejected: 'badge badge-ended' };

/** A status badge. */
export function ValueStatusBadge({ status }: { status: ValueStatus }) {
  const { t } = useI18n();
  return (
    <span className={classes[status] ?? 'badge badge-neutral'} data-status={status}>
      {t.valueStatusName(status)}
    </span>
  );
}
