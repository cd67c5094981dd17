/**
 * The board: one row per commune (xã) with its outcome on each sub-criterion and overall, the first reason
 * (all of them on expand) and what it lacks; filtered by outcome and district (kept in the address).
 * Wards and towns are not NTM units and are listed apart.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import { findUnitType } from '../../../../src/domain/units/unit-types.ts';
import type { AnyOutcome, CommuneLine, CriteriaSummary } from '../../api/criteria.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { pick } from '../../lib/criteria-format.ts';
import { communePath, type CriteriaParamKey } from '../../lib/criteria-params.ts';
import { OutcomeBadge } from './outcome-badge.tsx';

interface BoardTableProps {
  summary: CriteriaSummary;
  outcome: AnyOutcome | undefined;
  district: string | undefined;
  onFilter(patch: Partial<Record<CriteriaParamKey, string | undefined>>): void;
}

/** True for the units the NTM criteria judge (xã, đặc khu), false for phường and thị trấn. */
export function isRuralCommune(line: Pick<CommuneLine, 'typeCode'>): boolean {
  return findUnitType(line.typeCode)?.isRuralCommune === true;
}

/** The filters, the table and the out-of-scope list. */
export function CriteriaBoardTable({ summary, outcome, district, onFilter }: BoardTableProps) {
  const { t, lang, formatNumber } = useI18n();
  const id = useId();
  const inScope = summary.communes.filter(isRuralCommune);
  const outOfScope = summary.communes.filter((c) => !isRuralCommune(c));
  const rows = inScope.filter((c) => (!outcome || c.outcome === outcome) && (!district || c.districtCode === district));
  const subIds = summary.subCriteria.map((s) => s.id);
  const hasDistricts = summary.byDistrict.length > 0;
  const setParam = summary.setKind === 'base' ? undefined : summary.setId;

  return (
    <section className="panel" aria-labelledby="crit-board-heading" data-testid="criteria-board">
      <div className="panel-head">
        <h2 id="crit-board-heading">{t.critBoardHeading}</h2>
        <span className="muted" role="status" data-testid="criteria-board-count">
          {t.critBoardShown(formatNumber(rows.length), formatNumber(inScope.length))}
        </span>
      </div>
      <form className="crit-filters" onSubmit={(e) => e.preventDefault()} aria-label={t.critFiltersLabel}>
        <div className="field">
          <label htmlFor={`${id}-outcome`} className="field-label">
            {t.critFilterOutcome}
          </label>
          <select
            id={`${id}-outcome`}
            className="input"
            data-testid="filter-outcome"
            value={outcome ?? ''}
            onChange={(e) => onFilter({ outcome: e.target.value })}
          >
            <option value="">{t.critFilterAll}</option>
            {(['pass', 'fail', 'missing'] as const).map((o) => (
              <option key={o} value={o}>
                {t.critOutcome(o)}
              </option>
            ))}
          </select>
        </div>
        {hasDistricts ? (
          <div className="field">
            <label htmlFor={`${id}-district`} className="field-label">
              {t.critFilterDistrict}
            </label>
            <select
              id={`${id}-district`}
              className="input"
              data-testid="filter-district"
              value={district ?? ''}
              onChange={(e) => onFilter({ district: e.target.value })}
            >
              <option value="">{t.critFilterAllDistricts}</option>
              {summary.byDistrict.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name} ({d.code})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {outcome || district ? (
          <button type="button" className="button button-secondary button-small" onClick={() => onFilter({ outcome: undefined, district: undefined })}>
            {t.clearFilters}
          </button>
        ) : null}
      </form>

      {rows.length === 0 ? <p className="muted empty-note">{t.critBoardNone}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table crit-table stack-on-phone" data-testid="criteria-table">
            <caption className="visually-hidden">{t.critBoardHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.critColCommune}</th>
                {hasDistricts ? <th scope="col">{t.critColDistrict}</th> : null}
                {summary.subCriteria.map((s) => (
                  <th key={s.id} scope="col" className="crit-sub-col" title={pick(s.name, lang)}>
                    {s.id}
                  </th>
                ))}
                <th scope="col">{t.critColOverall}</th>
                <th scope="col">{t.critColReasons}</th>
                <th scope="col">{t.critColGaps}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.code} data-code={c.code} data-outcome={c.outcome}>
                  <th scope="row">
                    <Link to={communePath(c.code, summary.date, setParam)} data-testid="commune-link">
                      {c.name}
                    </Link>{' '}
                    <span className="unit-code">({c.code})</span>
                  </th>
                  {hasDistricts ? <td data-label={t.critColDistrict}>{c.districtName ?? '—'}</td> : null}
                  {subIds.map((sub) => {
                    const o = c.sub[sub];
                    return (
                      <td key={sub} className={`crit-cell crit-cell-${o ?? 'none'}`} data-label={sub} data-sub={sub}>
                        {o ? <OutcomeBadge outcome={o} compact /> : '—'}
                      </td>
                    );
                  })}
                  <td data-label={t.critColOverall} data-testid="overall">
                    <OutcomeBadge outcome={c.outcome} />
                  </td>
                  <td className="crit-reasons" data-label={t.critColReasons}>
                    <ExpandableList items={c.reasons.map((r) => pick(r, lang))} testId="first-reason" moreLabel={t.critMoreReasons} />
                  </td>
                  <td className="crit-gaps" data-label={t.critColGaps}>
                    <ExpandableList items={c.gaps.map((g) => pick(g, lang))} testId="first-gap" moreLabel={t.critMoreGaps} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {outOfScope.length > 0 ? (
        <details className="disclosure crit-out-of-scope" data-testid="criteria-out-of-scope">
          <summary>{t.critOutOfScopeHeading(formatNumber(outOfScope.length))}</summary>
          <p className="hint">{t.critOutOfScopeHint}</p>
          <ul className="crit-inline-list">
            {outOfScope.map((c) => (
              <li key={c.code}>
                {findUnitType(c.typeCode)?.[lang] ?? c.typeCode} {c.name} <span className="unit-code">({c.code})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** The first item, and the others behind "+n". */
function ExpandableList({ items, testId, moreLabel }: { items: string[]; testId: string; moreLabel: (n: string) => string }) {
  const { formatNumber } = useI18n();
  const [first, ...rest] = items;
  if (first === undefined) return <span className="muted">—</span>;
  return (
    <>
      <span data-testid={testId}>{first}</span>
      {rest.length > 0 ? (
        <details className="crit-more">
          <summary>{moreLabel(formatNumber(rest.length))}</summary>
          <ul>
            {rest.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
