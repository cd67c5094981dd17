/** A link to a unit page that keeps the date (or moves it into the linked unit's validity). */
import { Link } from 'react-router';
import type { UnitView } from '../../../src/services/units/unit-views.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useAtDate } from '../lib/use-at-date.ts';
import { dateWithinValidity } from '../lib/unit-dates.ts';

interface UnitLinkProps {
  unit: Pick<UnitView, 'code' | 'name' | 'typeVi' | 'typeEn' | 'validFrom' | 'validTo'>;
  /** Link on a day the unit is in force (for predecessors and successors) instead of keeping `?at=`. */
  moveIntoValidity?: boolean;
}

/** "Tỉnh Thái Nguyên (19)" as a link to /units/19?at=…. */
export function UnitLink({ unit, moveIntoValidity = false }: UnitLinkProps) {
  const { lang } = useI18n();
  const { at, linkTo } = useAtDate();
  const target = moveIntoValidity
    ? linkTo(`/units/${encodeURIComponent(unit.code)}`, dateWithinValidity(unit, at))
    : linkTo(`/units/${encodeURIComponent(unit.code)}`);
  return (
    <Link to={target} className="unit-link">
      <span className="unit-type">{lang === 'vi' ? unit.typeVi : unit.typeEn}</span> <span className="unit-name">{unit.name}</span>{' '}
      <span className="unit-code">({unit.code})</span>
    </Link>
  );
}
