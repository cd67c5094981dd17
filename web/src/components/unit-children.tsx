/** The first 200 units one level down, on a day the unit is in force, each linked to its page. */
import { useUnitList } from '../api/units.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorPanel, Loading } from './feedback.tsx';
import { UnitLink } from './unit-link.tsx';
import { DemoBadge } from './values/demo-badge.tsx';

const CHILD_LIMIT = 200;

interface UnitChildrenProps {
  code: string;
  /** A date inside the shown version's validity (the children of an ended unit are those it last had). */
  at: string;
  /** Whether the date differs from the page date (then it is stated). */
  isOtherDate: boolean;
  childCount: number;
}

/** The children panel of the unit page. */
export function UnitChildren({ code, at, isOtherDate, childCount }: UnitChildrenProps) {
  const { t, formatDate, formatNumber } = useI18n();
  const list = useUnitList(childCount > 0 ? { at, parent: code, limit: CHILD_LIMIT } : null);
  const total = list.data?.total ?? childCount;
  return (
    <section className="panel" data-testid="children" aria-labelledby="children-heading">
      <h2 id="children-heading">
        {t.childrenHeading} <span className="count">{formatNumber(total)}</span>
      </h2>
      {isOtherDate && childCount > 0 ? <p className="muted">{t.childrenOnDate(formatDate(at))}</p> : null}
      {childCount === 0 ? <p className="muted">{t.childrenNone}</p> : null}
      {list.isLoading ? <Loading /> : null}
      {list.error ? <ErrorPanel error={list.error} onRetry={list.retry} compact /> : null}
      {list.data ? (
        <>
          {list.data.total > list.data.items.length ? (
            <p className="muted">{t.childrenShown(formatNumber(list.data.items.length), formatNumber(list.data.total))}</p>
          ) : null}
          <ul className="child-list">
            {list.data.items.map((child) => (
              <li key={child.code}>
                <UnitLink unit={child} />
                {child.source === 'demo' ? (
                  <>
                    {' '}
                    <DemoBadge />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
