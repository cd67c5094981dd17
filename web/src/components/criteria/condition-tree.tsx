/**
 * A sub-criterion's evaluated conditions as a nested list: each condition's outcome and requirement, what
 * was found (with the values read and the period each was reported for), what is lacking, and for the
 * village checks the villages that fail or lack data.
 */
import type { ConditionResult } from '../../api/criteria.ts';
import type { Catalogue } from '../../api/indicators.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { factValueText, namedUnit, pick } from '../../lib/criteria-format.ts';
import { periodName } from '../../lib/period-input.ts';
import { OutcomeBadge } from './outcome-badge.tsx';

interface TreeProps {
  node: ConditionResult;
  /** The commune's code: facts of other units (villages) name their unit. */
  communeCode: string;
  catalogue: Catalogue | undefined;
}

/** The tree from `node` down. */
export function ConditionTree(props: TreeProps) {
  return (
    <ul className="crit-tree" data-testid="condition-tree">
      <ConditionNode {...props} />
    </ul>
  );
}

function ConditionNode({ node, communeCode, catalogue }: TreeProps) {
  const { t, lang, formatNumber } = useI18n();
  const indicatorOf = (code: string) => catalogue?.indicators.find((i) => i.code === code);
  return (
    <li className="crit-node" data-condition={node.id} data-outcome={node.outcome}>
      <div className="crit-node-head">
        {node.notApplied ? <span className="tag">{t.critNotApplied}</span> : <OutcomeBadge outcome={node.outcome} compact />}
        <span className="crit-node-need">
          {node.kind === 'all' && node.children ? t.critAllOf : node.kind === 'any' && node.children ? t.critAnyOf : null}
          {pick(node.need, lang)}
        </span>
      </div>
      {node.found ? (
        <p className="crit-node-line">
          <span className="crit-node-key">{t.critFound}</span> {pick(node.found, lang)}
        </p>
      ) : null}
      {node.outcome !== 'pass' && node.lack && !node.notApplied ? (
        <p className="crit-node-line">
          <span className="crit-node-key">{t.critLack}</span> {pick(node.lack, lang)}
        </p>
      ) : null}
      {node.gap ? (
        <p className="crit-node-line">
          <span className="crit-node-key">{t.critGapLine}</span> {pick(node.gap, lang)}
        </p>
      ) : null}
      {node.facts && node.facts.length > 0 ? (
        <ul className="crit-facts">
          {node.facts.map((f, i) => {
            const indicator = indicatorOf(f.fact);
            return (
              <li key={`${f.unitCode}|${f.fact}|${i}`} data-fact={f.fact}>
                {f.unitCode !== communeCode ? <span className="unit-code">{f.unitCode} · </span> : null}
                <span>{indicator ? (lang === 'vi' ? indicator.nameVi : indicator.nameEn) : f.fact}</span>:{' '}
                <strong>{factValueText(f.value, indicator, lang, { yes: t.yes, no: t.no }, formatNumber)}</strong>
                {f.period ? <span className="muted"> · {t.critPeriodOf(periodName(f.period, lang))}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {node.villages ? (
        <div className="crit-villages">
          {!node.found || node.villages.fromCounts ? (
            <p className="crit-node-line">
              {node.found ? null : t.critVillagesPassing(formatNumber(node.villages.passing), formatNumber(node.villages.total))}
              {node.villages.fromCounts ? <span className="muted"> {t.critFromCounts}</span> : null}
            </p>
          ) : null}
          {node.villages.failing.length > 0 ? (
            <>
              <p className="crit-node-line crit-node-key">{t.critFailingVillages(formatNumber(node.villages.failing.length))}</p>
              <ul className="crit-village-list" data-testid="failing-villages">
                {node.villages.failing.map((v) => (
                  <li key={v.code}>
                    <strong>{namedUnit(v, lang)}</strong> <span className="unit-code">({v.code})</span>
                    {node.villageLacks?.[v.code] ? <> — {pick(node.villageLacks[v.code], lang)}</> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {node.villages.missing.length > 0 ? (
            <>
              <p className="crit-node-line crit-node-key">{t.critMissingVillages(formatNumber(node.villages.missing.length))}</p>
              <ul className="crit-village-list">
                {node.villages.missing.map((v) => (
                  <li key={v.code}>
                    {namedUnit(v, lang)} <span className="unit-code">({v.code})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {node.children && node.children.length > 0 ? (
        <ul className="crit-tree">
          {node.children.map((child) => (
            <ConditionNode key={child.id} node={child} communeCode={communeCode} catalogue={catalogue} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
