/** Every version of a unit code, oldest first, marking the one the page shows. */
import type { UnitView } from '../../../src/services/units/unit-views.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ValidityRange } from './validity.tsx';

/** The version history table. */
export function VersionHistory({ versions, shownId }: { versions: UnitView[]; shownId: number }) {
  const { t, lang } = useI18n();
  return (
    <section className="panel" data-testid="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">
        {t.versionsHeading} <span className="count">{versions.length}</span>
      </h2>
      <div className="table-scroll">
        <table className="data-table stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t.colValidity}</th>
              <th scope="col">{t.colName}</th>
              <th scope="col">{t.colType}</th>
              <th scope="col" className="nowrap">
                {t.colParent}
              </th>
              <th scope="col">{t.colCodeList}</th>
              <th scope="col">{t.colSource}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} className={v.id === shownId ? 'row-current' : undefined} aria-current={v.id === shownId ? 'true' : undefined}>
                <td className="nowrap" data-label={t.colValidity}>
                  <ValidityRange unit={v} />
                  {v.id === shownId ? <span className="tag tag-current">{t.versionShown}</span> : null}
                </td>
                <td className="nowrap" data-label={t.colName}>
                  {v.fullName}
                </td>
                <td className="nowrap" data-label={t.colType}>
                  {lang === 'vi' ? v.typeVi : v.typeEn}
                </td>
                <td data-label={t.colParent}>{v.parentCode ?? '—'}</td>
                <td className="nowrap" data-label={t.colCodeList}>
                  {t.codeListName(v.codeList)}
                </td>
                <td className="source" data-label={t.colSource}>
                  {v.source}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
