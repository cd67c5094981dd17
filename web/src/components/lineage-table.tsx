/** Predecessors or successors of a unit: the other unit, coverage (toàn bộ / một phần), date, legal basis. */
import type { LineageLink } from '../../../src/services/units/unit-views.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { UnitLink } from './unit-link.tsx';

interface LineageTableProps {
  links: LineageLink[];
  caption: string;
  emptyText: string;
  testId: string;
}

/** A table of lineage links; each unit links to a date on which it is in force. */
export function LineageTable({ links, caption, emptyText, testId }: LineageTableProps) {
  const { t, formatDate } = useI18n();
  return (
    <section className="panel" data-testid={testId} aria-labelledby={`${testId}-heading`}>
      <h2 id={`${testId}-heading`}>
        {caption} <span className="count">{links.length}</span>
      </h2>
      {links.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{t.colUnit}</th>
                <th scope="col">{t.colCoverage}</th>
                <th scope="col">{t.colEffective}</th>
                <th scope="col">{t.colLegalBasis}</th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={`${link.unit.id}-${link.effectiveDate}`} data-code={link.unit.code}>
                  <td data-label={t.colUnit}>
                    <UnitLink unit={link.unit} moveIntoValidity />
                  </td>
                  <td data-label={t.colCoverage}>
                    <span className={link.coverage === 'full' ? 'tag tag-full' : 'tag tag-partial'}>
                      {link.coverage === 'full' ? t.coverageFull : t.coveragePartial}
                    </span>
                  </td>
                  <td className="nowrap" data-label={t.colEffective}>
                    <time dateTime={link.effectiveDate}>{formatDate(link.effectiveDate)}</time>
                  </td>
                  <td data-label={t.colLegalBasis}>{link.legalBasis ?? <span className="muted">{t.notRecorded}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
