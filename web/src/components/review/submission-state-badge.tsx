/** The state of a submission (or of a due report) as a badge: Chưa nhập, Đang nhập, Chờ duyệt, Đã phê duyệt, Bị trả lại. */
import { useI18n } from '../../i18n/i18n.tsx';

const classes: Record<string, string> = {
  missing: 'badge badge-ended',
  draft: 'badge badge-neutral',
  submitted: 'badge badge-future',
  approved: 'badge badge-ok',
  returned: 'badge badge-ended',
};

/** A state badge. */
export function SubmissionStateBadge({ state }: { state: string }) {
  const { t } = useI18n();
  return (
    <span className={classes[state] ?? 'badge badge-neutral'} data-testid="state-badge" data-state={state}>
      {t.submissionStateName(state)}
    </span>
  );
}
