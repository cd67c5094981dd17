/** Figures attached to a unit (population, area…), or an explicit "chưa có số liệu". */
import type { UnitAttributeView } from '../../../src/services/units/unit-views.ts';
import { formatAttributeValue } from '../../../src/domain/units/unit-attributes.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ValidDate } from './validity.tsx';

/** The attributes table. */
export function AttributeTable({ attributes }: { attributes: UnitAttributeView[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="panel" data-testid="attributes" aria-labelledby="attributes-heading">
      <h2 id="attributes-heading">{t.attributesHeading}</h2>
      {attributes.length === 0 ? (
        <p className="muted empty-note">{t.attributesNone}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t.colAttribute}</th>
                <th scope="col" className="num">
                  {t.colValue}
                </th>
                <th scope="col">{t.colValidity}</th>
                <th scope="col">{t.colSource}</th>
              </tr>
            </thead>
            <tbody>
              {attributes.map((a) => (
                <tr key={`${a.attribute}-${a.validFrom}`}>
                  <th scope="row">{t.attributeName(a.attribute)}</th>
                  <td className="num" data-label={t.colValue}>
                    {formatAttributeValue(a.attribute, a.value, i18n.lang)}
                  </td>
                  <td className="nowrap" data-label={t.colValidity}>
                    <ValidDate date={a.validFrom} isExact whenNull="unknown" /> – <ValidDate date={a.validTo} isExact whenNull="open" />
                  </td>
                  <td className="source" data-label={t.colSource}>
                    {a.source}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
