/** Loading and error states shared by the screens. */
import type { ApiError } from '../api/http.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** A polite "Đang tải…" line. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.loading}
    </p>
  );
}

/** The error the server gave (or "cannot reach the server"), with a retry button. */
export function ErrorPanel({ error, onRetry, compact = false, title }: { error: ApiError; onRetry?: () => void; compact?: boolean; title?: string }) {
  const { t, lang } = useI18n();
  const detail = error.code === 'network' ? t.errorNetwork : lang === 'vi' ? (error.messageVi ?? error.message) : error.message;
  return (
    <div className={compact ? 'error-panel compact' : 'error-panel'} role="alert" data-testid="error-panel">
      <div>
        <strong>{title ?? t.errorTitle}</strong>
        {detail ? <span className="error-detail">{detail}</span> : null}
        <span className="error-code">
          {error.status > 0 ? `HTTP ${error.status} · ` : ''}
          {error.code}
        </span>
      </div>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}
