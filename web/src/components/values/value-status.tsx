/** The review status of a value as a badge: Đang nhập / Chờ duyệt / Đã duyệt / Bị trả lại (issue #6). */
import { useI18n } from '../../i18n/i18n.tsx';

const classes: Record<string, string> = {
  draft: 'badge badge-neutral',
  submitted: 'badge badge-future',
  approved: 'badge badge-ok',
  returned: 'badge badge-ended',
  rejected: 'badge badge-ended',
};

/** A status badge; `status` is the value's (or its submission's) state as the server gives it. */
export function ValueStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={classes[status] ?? 'badge badge-neutral'} data-status={status}>
      {t.valueStatusName(status)}
    </span>
  );
}
