/** A progress bar with its phase in words and the figures behind it, announced politely to screen readers. */
import { useI18n } from '../../i18n/i18n.tsx';
import { formatBytes } from '../../lib/format-bytes.ts';

interface ImportProgressBarProps {
  /** 'uploading', or the server's phase: 'reading' | 'checking' | 'writing' | 'done'. */
  phase: string;
  done: number;
  total: number;
  rowsRead?: number;
}

/** The bar; indeterminate while the total is unknown. */
export function ImportProgressBar({ phase, done, total, rowsRead }: ImportProgressBarProps) {
  const { t, formatNumber } = useI18n();
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : undefined;
  const figures = [
    total > 0 ? t.progressBytes(formatBytes(done, formatNumber), formatBytes(total, formatNumber)) : null,
    rowsRead !== undefined && rowsRead > 0 ? t.progressRows(formatNumber(rowsRead)) : null,
  ].filter(Boolean);
  return (
    <div className="import-progress" data-testid="import-progress" data-phase={phase}>
      <div className="progress-head">
        {/* Only the phase is announced: the figures change too often to be read out. */}
        <span className="progress-phase" role="status" aria-live="polite">
          {t.phaseName(phase)}
          {percent !== undefined ? <span className="visually-hidden"> {percent}%</span> : null}
        </span>
        <span className="muted progress-figures">{figures.join(' · ')}</span>
      </div>
      <progress className="progress-bar" aria-label={`${t.progressLabel}: ${t.phaseName(phase)}`} max={100} value={percent} />
    </div>
  );
}
