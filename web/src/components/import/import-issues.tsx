/** The problems of a checked file: warnings, and for a refused file every listed error, the count by kind and the report. */
import type { ValueImportResult, ValueIssue } from '../../../../src/services/values-import/import-types.ts';
import { importReportUrl } from '../../api/imports.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Warnings: things to know that do not refuse the file. */
export function ImportWarnings({ warnings }: { warnings: ValueIssue[] }) {
  const { t, lang, formatNumber } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div className="warnings" data-testid="import-warnings">
      <h3>
        {t.warningsHeading} <span className="count">{formatNumber(warnings.length)}</span>
      </h3>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            {w.row !== undefined ? <span className="issue-where">{`${t.colRow} ${formatNumber(w.row)}${w.field ? ` · ${w.field}` : ''}: `}</span> : null}
            {w.row === undefined && w.field ? <span className="issue-where">{`${w.field}: `}</span> : null}
            {lang === 'vi' ? w.messageVi : w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The link to the error report workbook of a refused file, in the UI language. */
export function ErrorReportLink({ jobId }: { jobId: string | number }) {
  const { t, lang } = useI18n();
  return (
    <a className="button" href={importReportUrl(jobId, lang)} download data-testid="error-report-link" aria-describedby="error-report-hint">
      {t.downloadReport}
    </a>
  );
}

/** The errors by kind and the error table (row, column, cell, reason, suggestion). */
export function ImportErrors({ result }: { result: ValueImportResult }) {
  const { t, lang, formatNumber } = useI18n();
  const byCode = Object.entries(result.errorsByCode).sort(([, a], [, b]) => b - a);
  return (
    <div className="import-errors" data-testid="import-errors">
      {byCode.length > 0 ? (
        <>
          <h3>{t.errorsByCodeHeading}</h3>
          <table className="data-table compact-table" data-testid="errors-by-code">
            <thead>
              <tr>
                <th scope="col">{t.colErrorKind}</th>
                <th scope="col" className="num">
                  {t.colCount}
                </th>
              </tr>
            </thead>
            <tbody>
              {byCode.map(([code, count]) => (
                <tr key={code} data-code={code}>
                  <th scope="row">
                    {t.errorCodeName(code)} <span className="unit-code">{code}</span>
                  </th>
                  <td className="num">{formatNumber(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      <h3>
        {t.errorsHeading} <span className="count">{formatNumber(result.errorCount)}</span>
      </h3>
      {result.errorCount > result.errors.length ? (
        <p className="muted">{t.errorsListed(formatNumber(result.errors.length), formatNumber(result.errorCount))}</p>
      ) : null}
      <div className="table-scroll errors-scroll">
        <table className="data-table stack-on-phone" data-testid="error-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t.colRow}
              </th>
              <th scope="col">{t.colColumn}</th>
              <th scope="col">{t.colCell}</th>
              <th scope="col">{t.colReason}</th>
              <th scope="col">{t.colSuggestion}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e, i) => (
              <tr key={i} data-code={e.code} data-row={e.row ?? ''}>
                <td className="num" data-label={t.colRow}>
                  {e.row !== undefined ? formatNumber(e.row) : t.wholeFile}
                </td>
                <td data-label={t.colColumn}>{e.field ?? '—'}</td>
                <td data-label={t.colCell}>{e.value !== undefined && e.value !== '' ? <code className="cell-value">{e.value}</code> : '—'}</td>
                <td data-label={t.colReason}>{lang === 'vi' ? e.messageVi : e.message}</td>
                <td data-label={t.colSuggestion}>{e.suggestion ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
