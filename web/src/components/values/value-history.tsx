/**
 * The history of one figure ("lịch sử", issue #6): every value it has had, newest first — the one in use and
 * each one a later file replaced — with when and by whom (and through which channel) it was recorded, the
 * file and row, its status and when it was replaced. Read from `/api/values/history`; all strings are text.
 */
import type { Catalogue } from '../../api/indicators.ts';
import { useValueHistory, type ValueHistoryKey } from '../../api/values.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { valueUnit } from '../../lib/value-text.ts';
import { ValueStatusBadge } from './value-status.tsx';

export function ValueHistoryPanel({ figure, label, catalogue }: { figure: ValueHistoryKey; label: string; catalogue: Catalogue | undefined }) {
  const { t, lang, formatNumber, formatDateTime } = useI18n();
  const history = useValueHistory(figure);
  const indicator = catalogue?.indicators.find((i) => i.code === figure.indicator);
  if (history.error) return <p className="error">{history.error.message}</p>;
  if (!history.data) return <p className="muted">{t.historyLoading}</p>;
  return (
    <section className="value-history" data-testid="value-history" aria-label={t.historyTitle(label)}>
      <h3 className="value-history-title">{t.historyTitle(label)}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num">
              {t.colValue}
            </th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.historyRecorded}</th>
            <th scope="col">{t.historyBy}</th>
            <th scope="col">{t.historyFile}</th>
            <th scope="col">{t.historyReplacedAt}</th>
          </tr>
        </thead>
        <tbody>
          {history.data.versions.map((v) => {
            const text =
              typeof v.value === 'number'
                ? formatNumber(v.value)
                : typeof v.value === 'boolean'
                  ? v.value
                    ? t.yes
                    : t.no
                  : v.value === null
                    ? '—'
                    : (indicator?.options?.find((o) => o.value === v.value)?.[lang] ?? v.value);
            const unit = v.value === null ? '' : valueUnit({ value: v.value }, text, indicator, lang);
            return (
              <tr key={`${v.batch.id}|${v.recordedAt}`} data-state={v.state}>
                <th scope="row">{v.state === 'current' ? t.historyCurrent : t.historyReplaced}</th>
                <td className="num">
                  {text}
                  {unit ? <span className="value-unit"> {unit}</span> : null}
                </td>
                <td>
                  <ValueStatusBadge status={v.status as 'submitted' | 'approved' | 'rejected'} />
                </td>
                <td className="nowrap">{formatDateTime(v.recordedAt)}</td>
                <td className="break">{v.recordedBy}</td>
                <td className="break">
                  {v.batch.kind === 'demo' ? t.historyDemo : v.batch.fileName}
                  {v.sourceRow !== null ? <span className="muted"> · {t.sourceRow(formatNumber(v.sourceRow))}</span> : null}
                  {v.batch.decision ? <span className="muted"> · {v.batch.decision}</span> : null}
                </td>
                <td className="nowrap">{v.replacedAt ? formatDateTime(v.replacedAt) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t.historyNote}</p>
    </section>
  );
}
