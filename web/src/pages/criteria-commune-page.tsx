/**
 * Screen `/criteria/communes/:code?date=&set=`: one commune's NTM ICT criterion on a review date — the set
 * and guidance applied, the overall result, a card per sub-criterion with its reasons, gaps, missing
 * values and condition tree, and the commune's history across versions of the rules.
 */
import { Link, useParams } from 'react-router';
import { useCriteriaCatalogue, useCriteriaEvaluation, useProvenance } from '../api/criteria.ts';
import { useCatalogue } from '../api/indicators.ts';
import { ConfidenceLegend } from '../components/criteria/confidence-tag.tsx';
import { CriteriaDemoBanner } from '../components/criteria/criteria-demo-banner.tsx';
import { CriteriaHistoryTable } from '../components/criteria/criteria-history-table.tsx';
import { CriteriaPickers } from '../components/criteria/criteria-pickers.tsx';
import { EvaluationHeader } from '../components/criteria/evaluation-header.tsx';
import { SubCriterionCard } from '../components/criteria/sub-criterion-card.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { lastDateWithCriterion, setsInForce } from '../lib/criteria-dates.ts';
import { namedUnit } from '../lib/criteria-format.ts';
import { useCriteriaParams } from '../lib/criteria-params.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The commune page. */
export function CriteriaCommunePage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const params = useCriteriaParams();
  const { date, set, update } = params;
  const catalogue = useCriteriaCatalogue();
  const indicators = useCatalogue();
  const sets = catalogue.data?.sets;
  const evaluation = useCriteriaEvaluation({ unit: code, date, set });
  const provenance = useProvenance(code, date);
  const e = evaluation.data;
  useDocumentTitle(e ? `${namedUnit(e.unit, lang)} (${e.unit.code}) · ${t.critBoardTitle}` : code);

  const changeDate = (iso: string) => {
    const keepSet = set && sets ? setsInForce(sets, iso).some((s) => s.id === set) : false;
    update({ date: iso, set: keepSet ? set : undefined });
  };

  return (
    <article className="criteria-page criteria-commune">
      {params.invalidDate !== null ? (
        <p className="notice" role="status">
          {t.critUrlDateInvalid(params.invalidDate)}
        </p>
      ) : null}
      {evaluation.isLoading ? <Loading label={t.critLoading} /> : null}
      {evaluation.error ? (
        <div className="panel" data-testid="evaluation-error">
          <h1>{t.critCommuneErrorTitle(code)}</h1>
          <ErrorPanel error={evaluation.error} onRetry={evaluation.retry} />
          <Link to={`/units/${encodeURIComponent(code)}?at=${date}`}>{t.critUnitPage}</Link>
        </div>
      ) : null}
      {e ? <EvaluationHeader evaluation={e} setParam={set} suggestedDate={sets ? lastDateWithCriterion(sets, date) : null} onDate={changeDate} /> : null}
      <CriteriaPickers province={null} date={date} set={set} sets={sets} onDate={changeDate} onSet={(id) => update({ set: id })} />
      {provenance.hasDemo && e && e.factCount > 0 ? <CriteriaDemoBanner /> : null}
      {e && e.subCriteria.length > 0 ? (
        <section aria-labelledby="crit-subs-heading" data-testid="evaluation-subs">
          <div className="panel-head">
            <h2 id="crit-subs-heading">{t.critSubsHeading}</h2>
          </div>
          <ConfidenceLegend />
          {e.subCriteria.map((s) => (
            <SubCriterionCard key={s.id} sub={s} communeCode={e.unit.code} catalogue={indicators.data} />
          ))}
        </section>
      ) : null}
      <CriteriaHistoryTable code={code} shown={{ date, setId: e?.setId ?? set ?? '' }} sets={sets} />
    </article>
  );
}
