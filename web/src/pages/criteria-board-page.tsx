/**
 * Screen `/criteria?province=&date=&set=` (Tiêu chí NTM): a province's NTM ICT criterion on a review date —
 * the headline "x/y xã đạt tiêu chí số 8", per sub-criterion and per district, the board of communes, a
 * what-if on the parameters (never stored), the villages without coverage, and recording the result.
 */
import { useEffect } from 'react';
import { useCriteriaCatalogue, useCriteriaSummary, useDefaultProvince, useProvenance, type BoardQuery } from '../api/criteria.ts';
import { CoverageSection } from '../components/criteria/coverage-section.tsx';
import { CriteriaBoardTable } from '../components/criteria/criteria-board-table.tsx';
import { CriteriaDemoBanner } from '../components/criteria/criteria-demo-banner.tsx';
import { CriteriaHeadline, isCountable } from '../components/criteria/criteria-headline.tsx';
import { CriteriaPickers } from '../components/criteria/criteria-pickers.tsx';
import { DistrictTable } from '../components/criteria/district-table.tsx';
import { ProvinceNotice } from '../components/criteria/province-notice.tsx';
import { RecordPanel } from '../components/criteria/record-panel.tsx';
import { SubCriteriaTallies } from '../components/criteria/sub-criteria-tallies.tsx';
import { WhatIfPanel } from '../components/criteria/what-if-panel.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { lastDateWithCriterion, setsInForce } from '../lib/criteria-dates.ts';
import { useCriteriaParams } from '../lib/criteria-params.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The board page. */
export function CriteriaBoardPage() {
  const { t, lang } = useI18n();
  const params = useCriteriaParams();
  const { province, date, set, update } = params;
  const catalogue = useCriteriaCatalogue();
  const sets = catalogue.data?.sets;
  const fallback = useDefaultProvince(province ? null : date);

  // Without a province in the address, open the first one with values, and write it (and the date) there.
  useEffect(() => {
    if (!province && fallback.code) update({ province: fallback.code, date }, true);
  }, [province, fallback.code, date, update]);

  const query: BoardQuery | null = province ? { province, date, set } : null;
  const summary = useCriteriaSummary(query);
  const provenance = useProvenance(province ?? null, date);
  const data = summary.data;
  useDocumentTitle(data?.area ? `${t.critBoardTitle} · ${data.area.name}` : t.critBoardTitle);

  const changeDate = (iso: string) => {
    // A set chosen for the old date stays only while it is in force on the new one; districts end on 01/07/2025.
    const keepSet = set && sets ? setsInForce(sets, iso).some((s) => s.id === set) : false;
    update({ date: iso, set: keepSet ? set : undefined, district: undefined });
  };
  const changeProvince = (code: string) => update({ province: code, district: undefined });
  const changeSet = (id: string | undefined) => update({ set: id, outcome: undefined });

  return (
    <div className="criteria-page">
      <h1 className="page-title">{t.critBoardTitle}</h1>
      <p className="page-intro muted">{t.critBoardIntro}</p>
      {params.invalidDate !== null ? (
        <p className="notice" role="status">
          {t.critUrlDateInvalid(params.invalidDate)}
        </p>
      ) : null}
      {catalogue.error ? <ErrorPanel error={catalogue.error} onRetry={catalogue.retry} compact /> : null}
      <CriteriaPickers province={province ?? ''} date={date} set={set} sets={sets} onProvince={changeProvince} onDate={changeDate} onSet={changeSet} />

      {!province && !fallback.error ? <Loading label={t.critFindingProvince} /> : null}
      {fallback.error ? <ErrorPanel error={fallback.error} /> : null}
      {province ? <ProvinceNotice code={province} date={date} onProvince={changeProvince} /> : null}
      {provenance.hasDemo ? <CriteriaDemoBanner /> : null}
      {provenance.hasValues === false && data ? (
        <p className="notice" role="status" data-testid="criteria-no-values">
          {t.critNoValues}
        </p>
      ) : null}
      {summary.isLoading ? <Loading label={t.critLoading} /> : null}
      {summary.error ? <ErrorPanel error={summary.error} onRetry={summary.retry} /> : null}

      {data && query ? (
        <>
          <CriteriaHeadline summary={data} suggestedDate={sets ? lastDateWithCriterion(sets, date) : null} onDate={changeDate} />
          {isCountable(data) ? (
            <>
              <SubCriteriaTallies summary={data} />
              <DistrictTable summary={data} onDistrict={(code) => update({ district: code })} />
              <CriteriaBoardTable summary={data} outcome={params.outcome} district={params.district} onFilter={(patch) => update(patch, true)} />
              {catalogue.data ? <WhatIfPanel key={`${province}|${date}|${set ?? ''}|${lang}`} query={query} parameters={catalogue.data.parameters} /> : null}
            </>
          ) : null}
          <CoverageSection province={data.area?.code ?? query.province} date={date} />
          {isCountable(data) ? <RecordPanel key={`${province}|${date}|${set ?? ''}`} query={query} summary={data} /> : null}
        </>
      ) : null}
    </div>
  );
}
