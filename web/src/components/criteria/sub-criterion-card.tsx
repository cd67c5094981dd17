/**
 * One sub-criterion of a commune's evaluation: outcome, rule id and confidence tag, the reasons, what the
 * commune needs to add ("Cần bổ sung"), the values missing ("Thiếu số liệu"), the villages that fail, and the
 * condition tree on expand.
 */
import type { ConditionResult, SubCriterionResult } from '../../api/criteria.ts';
import type { Catalogue } from '../../api/indicators.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { namedUnit, pick } from '../../lib/criteria-format.ts';
import { ConditionTree } from './condition-tree.tsx';
import { ConfidenceTag } from './confidence-tag.tsx';
import { OutcomeBadge } from './outcome-badge.tsx';

/** The failing villages named anywhere in a condition tree, with what each lacks. */
export function failingVillages(
  node: ConditionResult,
): Array<{ code: string; name: string; typeCode?: string | undefined; lack?: ConditionResult['need'] | undefined }> {
  const own = node.notApplied
    ? []
    : (node.villages?.failing ?? []).map((v) => ({ code: v.code, name: v.name, typeCode: v.typeCode, lack: node.villageLacks?.[v.code] }));
  return [...own, ...(node.children ?? []).flatMap(failingVillages)];
}

/** The card. */
export function SubCriterionCard({ sub, communeCode, catalogue }: { sub: SubCriterionResult; communeCode: string; catalogue: Catalogue | undefined }) {
  const { t, lang, formatNumber } = useI18n();
  const villages = failingVillages(sub.condition);
  return (
    <article
      className={`panel crit-card crit-card-${sub.outcome}`}
      data-testid="sub-card"
      data-sub={sub.id}
      data-outcome={sub.outcome}
      aria-labelledby={`sub-${sub.id}`}
    >
      <header className="crit-card-head">
        <h3 id={`sub-${sub.id}`}>
          <span className="crit-sub-id">{sub.id}</span> {pick(sub.name, lang)}
        </h3>
        <div className="crit-card-tags">
          <OutcomeBadge outcome={sub.outcome} testId="sub-outcome" />
          <span className="tag" title={t.critRuleTitle}>
            {sub.rule}
          </span>
          <ConfidenceTag confidence={sub.confidence} />
          {sub.local ? <span className="tag tag-partial">{t.critLocalRule}</span> : null}
        </div>
      </header>

      <ul className="crit-reason-list">
        {sub.reasons.map((r, i) => (
          <li key={i} data-testid="sub-reason">
            {pick(r, lang)}
          </li>
        ))}
      </ul>

      {sub.gaps.length > 0 ? (
        <div className="crit-block crit-block-gaps" data-testid="sub-gaps">
          <h4>{t.critGapsHeading}</h4>
          <ul>
            {sub.gaps.map((g, i) => (
              <li key={i}>{pick(g, lang)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {sub.missing.length > 0 ? (
        <div className="crit-block crit-block-missing" data-testid="sub-missing">
          <h4>{t.critMissingHeading}</h4>
          <ul>
            {sub.missing.map((m) => (
              <li key={`${m.unitCode}|${m.fact}`}>
                {m.unitCode !== communeCode ? <strong>{m.unitName}: </strong> : null}
                {pick(m.factName, lang)} <span className="unit-code">({m.fact})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {villages.length > 0 ? (
        <div className="crit-block" data-testid="sub-failing-villages">
          <h4>{t.critFailingVillages(formatNumber(villages.length))}</h4>
          <ul>
            {villages.map((v) => (
              <li key={v.code}>
                <strong>{namedUnit(v, lang)}</strong>
                {v.lack ? ` — ${pick(v.lack, lang)}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <details className="disclosure crit-tree-details">
        <summary>{t.critConditionsHeading}</summary>
        <ConditionTree node={sub.condition} communeCode={communeCode} catalogue={catalogue} />
      </details>
    </article>
  );
}
