/**
 * Closing periods (issue #6, administrators): close a period for a province (or every province, for a
 * national administrator), list the closed periods with their exceptions and open one again, and let one
 * unit enter and submit in a closed period (a reason is required).
 */
import { useState, type FormEvent } from 'react';
import { todayInVietnam } from '../../../../src/domain/units/dates.ts';
import { toApiError, type ApiError } from '../../api/http.ts';
import { closePeriod, grantException, reopenPeriod, useClosures, type Closure } from '../../api/review.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { periodName, readPeriodInput } from '../../lib/period-input.ts';
import { ErrorPanel, Loading } from '../feedback.tsx';
import { PeriodField } from '../period-field.tsx';
import { TextField } from '../text-field.tsx';
import { UnitPicker } from '../unit-picker.tsx';

/** The panel. */
export function ClosuresPanel() {
  const { t, lang } = useI18n();
  const closures = useClosures(true);
  const [periodText, setPeriodText] = useState('');
  const [province, setProvince] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [exceptionReason, setExceptionReason] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const period = readPeriodInput(periodText);

  const act = async (work: () => Promise<string>) => {
    setIsBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await work());
      closures.retry();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setIsBusy(false);
    }
  };

  const close = (event: FormEvent) => {
    event.preventDefault();
    if (!period.canonical) return;
    const p = period.canonical;
    void act(async () => {
      await closePeriod({ period: p, province: province ?? undefined, reason });
      setReason('');
      return t.closed(periodName(p, lang));
    });
  };

  const except = (event: FormEvent) => {
    event.preventDefault();
    if (!period.canonical || !unit) return;
    const p = period.canonical;
    const u = unit;
    void act(async () => {
      await grantException({ period: p, province: province ?? undefined, unit: u, reason: exceptionReason });
      setExceptionReason('');
      return t.exceptionGranted(u, periodName(p, lang));
    });
  };

  const reopen = (c: Closure) =>
    void act(async () => {
      await reopenPeriod({ period: c.period, province: c.provinceCode ?? undefined });
      return t.reopened(periodName(c.period, lang));
    });

  return (
    <>
      <section className="panel" data-testid="close-period">
        <h2>{t.closeHeading}</h2>
        <form className="form-grid" onSubmit={close}>
          <PeriodField label={t.closePeriodLabel} hint={t.closePeriodHint} value={periodText} onChange={setPeriodText} testId="close-period-input" />
          <UnitPicker
            label={t.closeProvinceLabel}
            hint={t.closeProvinceHint}
            code={province}
            onChange={setProvince}
            at={todayInVietnam()}
            testId="close-province"
          />
          <TextField label={t.closeReasonLabel} value={reason} onChange={setReason} testId="close-reason" maxLength={2000} />
          <div className="actions">
            <button type="submit" className="button" disabled={isBusy || !period.canonical} data-testid="close-submit">
              {t.closeButton}
            </button>
          </div>
        </form>
        <h3>{t.exceptionHeading}</h3>
        <form className="form-grid" onSubmit={except}>
          <UnitPicker label={t.exceptionUnitLabel} code={unit} onChange={setUnit} at={todayInVietnam()} testId="exception-unit" />
          <TextField label={t.exceptionReasonLabel} value={exceptionReason} onChange={setExceptionReason} testId="exception-reason" maxLength={2000} />
          <div className="actions">
            <button
              type="submit"
              className="button button-secondary"
              disabled={isBusy || !period.canonical || !unit || exceptionReason.trim().length < 3}
              data-testid="exception-submit"
            >
              {t.exceptionButton}
            </button>
          </div>
        </form>
        {error ? <ErrorPanel error={error} compact /> : null}
        {done ? (
          <p className="outcome outcome-accepted" role="status" data-testid="closure-done">
            {done}
          </p>
        ) : null}
      </section>
      <section className="panel" data-testid="closures">
        <h2>{t.closuresHeading}</h2>
        {closures.error ? <ErrorPanel error={closures.error} onRetry={closures.retry} /> : null}
        {!closures.data && closures.isLoading ? <Loading /> : null}
        {closures.data && closures.data.length === 0 ? <p className="muted">{t.closuresNone}</p> : null}
        {closures.data && closures.data.length > 0 ? <ClosuresTable closures={closures.data} isBusy={isBusy} onReopen={reopen} /> : null}
      </section>
    </>
  );
}

function ClosuresTable({ closures, isBusy, onReopen }: { closures: Closure[]; isBusy: boolean; onReopen(c: Closure): void }) {
  const { t, lang, formatDateTime } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">{t.colClosedPeriod}</th>
            <th scope="col">{t.colClosedProvince}</th>
            <th scope="col">{t.colClosedAt}</th>
            <th scope="col">{t.colClosedReason}</th>
            <th scope="col">{t.colExceptions}</th>
            <th scope="col">
              <span className="visually-hidden">{t.colActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {closures.map((c) => (
            <tr key={c.id} data-testid="closure-row" data-period={c.period}>
              <th scope="row" className="nowrap">
                {periodName(c.period, lang)}
              </th>
              <td data-label={t.colClosedProvince}>{c.provinceName ?? t.closureAllProvinces}</td>
              <td className="small-text" data-label={t.colClosedAt}>
                {t.lastMove(formatDateTime(c.closedAt), c.closedBy)}
              </td>
              <td className="break" data-label={t.colClosedReason}>
                {c.reason ?? '—'}
              </td>
              <td data-label={t.colExceptions}>
                {c.exceptions.length === 0 ? (
                  '—'
                ) : (
                  <ul className="plain-list small-text">
                    {c.exceptions.map((e) => (
                      <li key={e.unitCode} className="break">
                        {t.exceptionText(`${e.unitName} (${e.unitCode})`, e.reason)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <button type="button" className="button button-secondary button-small" disabled={isBusy} onClick={() => onReopen(c)}>
                  {t.reopenPeriod}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
