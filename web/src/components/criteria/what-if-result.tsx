/** A what-if's answer, labelled "Tính thử — không lưu": national vs what-if counts, and the communes whose outcome changes. */
import { Link } from 'react-router';
import { asOutcome, type BoardQuery, type ParamValue, type ParameterDef, type WhatIfResult } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { paramValueText, pick } from '../../lib/criteria-format.ts';
import { communePath } from '../../lib/criteria-params.ts';
import { OutcomeBadge } from './outcome-badge.tsx';

interface ResultProps {
  /** The parameters sent (those that differ from the national defaults). */
  sent: Record<string, ParamValue>;
  answer: WhatIfResult;
  parameters: readonly ParameterDef[];
  query: BoardQuery;
}

/** The result block. */
export function WhatIfResultView({ sent, answer, parameters, query }: ResultProps) {
  const { t, lang, formatNumber } = useI18n();
  const words = { on: t.critSwitchOn, off: t.critSwitchOff, none: t.critParamOff };
  const { base, whatIf, changed } = answer;
  const rows = [
    { label: t.critOutcome('pass'), base: base.counts.passed, whatIf: whatIf.counts.passed },
    { label: t.critOutcome('fail'), base: base.counts.failed, whatIf: whatIf.counts.failed },
    { label: t.critOutcome('missing'), base: base.counts.missing, whatIf: whatIf.counts.missing },
  ];
  const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '0');
  return (
    <div className="crit-whatif-result" data-testid="whatif-result" role="status">
      <p className="crit-whatif-label" data-testid="whatif-label">
        {t.critWhatIfLabel}
      </p>
      <p className="muted">
        {t.critWhatIfParams(
          Object.entries(sent)
            .map(([key, value]) => {
              const p = parameters.find((x) => x.key === key);
              return `${p ? pick(p.name, lang) : key} = ${paramValueText(value, p?.type ?? 'number', words, formatNumber)}`;
            })
            .join('; '),
        )}
      </p>
      <div className="crit-compare">
        <div>
          <span className="field-label">{t.critWhatIfNational}</span>
          <p className="crit-compare-text" data-testid="whatif-base">
            {pick(base.text, lang)}
          </p>
        </div>
        <div>
          <span className="field-label">{t.critWhatIfTrial}</span>
          <p className="crit-compare-text" data-testid="whatif-text">
            {pick(whatIf.text, lang)}
          </p>
        </div>
      </div>
      <table className="data-table compact-table">
        <thead>
          <tr>
            <th scope="col">{t.critColOutcome}</th>
            <th scope="col" className="num">
              {t.critWhatIfNational}
            </th>
            <th scope="col" className="num">
              {t.critWhatIfTrial}
            </th>
            <th scope="col" className="num">
              {t.critColDifference}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatNumber(r.base)}</td>
              <td className="num">{formatNumber(r.whatIf)}</td>
              <td className="num">{signed(r.whatIf - r.base)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>
        {t.critWhatIfChanged} <span className="count">{formatNumber(changed.length)}</span>
      </h3>
      {changed.length === 0 ? <p className="muted">{t.critWhatIfNoChange}</p> : null}
      {changed.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table stack-on-phone" data-testid="whatif-changes">
            <thead>
              <tr>
                <th scope="col">{t.critColCommune}</th>
                <th scope="col">{t.critWhatIfFrom}</th>
                <th scope="col">{t.critWhatIfTo}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((c) => (
                <tr key={c.code} data-code={c.code}>
                  <th scope="row">
                    <Link to={communePath(c.code, query.date, query.set)}>{c.name}</Link> <span className="unit-code">({c.code})</span>
                  </th>
                  <td data-label={t.critWhatIfFrom}>
                    <OutcomeBadge outcome={asOutcome(c.from)} compact />
                  </td>
                  <td data-label={t.critWhatIfTo}>
                    <OutcomeBadge outcome={asOutcome(c.to)} compact />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
