/**
 * Screen 2 (`/units/:code?at=`): a unit as on the date, with its status, ancestors, facts, lineage,
 * versions, attributes, indicator values and children; a commune links to its NTM criterion page.
 */
import { Link, useParams } from 'react-router';
import { findUnitType } from '../../../src/domain/units/unit-types.ts';
import type { UnitDetail } from '../../../src/services/units/unit-views.ts';
import { useUnitDetail } from '../api/units.ts';
import { AttributeTable } from '../components/attribute-table.tsx';
import { ErrorPanel, Loading } from '../components/feedback.tsx';
import { LineageTable } from '../components/lineage-table.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { UnitChildren } from '../components/unit-children.tsx';
import { UnitLink } from '../components/unit-link.tsx';
import { DemoBadge } from '../components/values/demo-badge.tsx';
import { UnitValues } from '../components/values/unit-values.tsx';
import { ValidityRange } from '../components/validity.tsx';
import { VersionHistory } from '../components/version-history.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { reviewDateWithin } from '../lib/criteria-dates.ts';
import { communePath } from '../lib/criteria-params.ts';
import { useAtDate } from '../lib/use-at-date.ts';
import { dateWithinValidity } from '../lib/unit-dates.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The unit page. */
export function UnitPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const { at, linkTo } = useAtDate();
  const detail = useUnitDetail(code, at);
  useDocumentTitle(detail.data ? `${detail.data.unit.fullName} (${detail.data.unit.code})` : code);

  if (detail.error?.status === 404) {
    return (
      <div className="panel not-found" data-testid="unit-not-found">
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText(code)}</p>
        <Link to={linkTo('/')}>{t.backToBrowser}</Link>
      </div>
    );
  }
  if (detail.error) return <ErrorPanel error={detail.error} onRetry={detail.retry} />;
  if (!detail.data) return <Loading />;
  return <UnitDetailView detail={detail.data} />;
}

function UnitDetailView({ detail }: { detail: UnitDetail }) {
  const { t, lang, formatDate } = useI18n();
  const { at, linkTo } = useAtDate();
  const { unit } = detail;
  const versionDate = dateWithinValidity(unit, at);
  const parent = detail.ancestors[detail.ancestors.length - 1];

  return (
    <article className="unit-page">
      <nav aria-label={t.breadcrumbLabel} className="breadcrumbs">
        <ol>
          <li>
            <Link to={linkTo('/')}>{t.allProvinces}</Link>
          </li>
          {detail.ancestors.map((a) => (
            <li key={a.id}>
              <Link to={linkTo(`/units/${encodeURIComponent(a.code)}`)}>{a.fullName}</Link>
            </li>
          ))}
          <li aria-current="page">{unit.fullName}</li>
        </ol>
      </nav>

      <header className="unit-head">
        <h1 data-testid="unit-title">
          {unit.fullName} <span className="title-code">({unit.code})</span>
        </h1>
        <div className="unit-status">
          <StatusBadge status={detail.status} unit={unit} />
          {detail.status !== 'in_force' ? (
            <Link to={linkTo(`/units/${encodeURIComponent(unit.code)}`, versionDate)} className="status-link">
              {t.viewOnDate(formatDate(versionDate))}
            </Link>
          ) : null}
          {findUnitType(unit.typeCode)?.isRuralCommune ? (
            <Link to={communePath(unit.code, reviewDateWithin(versionDate, unit.validFrom))} className="status-link" data-testid="unit-criterion-link">
              {t.unitCriterionLink} →
            </Link>
          ) : null}
        </div>
      </header>

      <div className="unit-grid">
        <section className="panel" data-testid="facts" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t.factsHeading}</h2>
          <dl className="facts">
            <dt>{t.factLevel}</dt>
            <dd>{t.levelName(unit.level)}</dd>
            <dt>{t.factType}</dt>
            <dd>{lang === 'vi' ? unit.typeVi : unit.typeEn}</dd>
            <dt>{t.factCode}</dt>
            <dd className="unit-code">{unit.code}</dd>
            <dt>{t.factCodeList}</dt>
            <dd>{t.codeListName(unit.codeList)}</dd>
            <dt>{t.factValidity}</dt>
            <dd data-testid="validity">
              <ValidityRange unit={unit} />
            </dd>
            <dt>{t.factParent}</dt>
            <dd>{parent ? <UnitLink unit={parent} /> : '—'}</dd>
            <dt>{t.factSource}</dt>
            <dd className="source">{unit.source === 'demo' ? <DemoBadge /> : unit.source}</dd>
          </dl>
        </section>
        <AttributeTable attributes={detail.attributes} />
      </div>

      <UnitValues code={unit.code} at={versionDate} />

      <LineageTable links={detail.predecessors} caption={t.predecessorsHeading} emptyText={t.predecessorsNone} testId="predecessors" />
      <LineageTable links={detail.successors} caption={t.successorsHeading} emptyText={t.successorsNone} testId="successors" />
      <UnitChildren code={unit.code} at={versionDate} isOtherDate={versionDate !== at} childCount={detail.childCount} />
      <VersionHistory versions={detail.versions} shownId={unit.id} />
    </article>
  );
}
