/** Validity dates: "chưa ghi nhận" for an unknown start, "≤ date" when bounded by a reference list. */
import type { UnitView } from '../../../src/services/units/unit-views.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface ValidDateProps {
  date: string | null;
  isExact: boolean;
  /** What an absent date means here: start not recorded, or still in force. */
  whenNull: 'unknown' | 'open';
}

/** One end of a validity interval. */
export function ValidDate({ date, isExact, whenNull }: ValidDateProps) {
  const { t, formatDate } = useI18n();
  if (date === null) {
    return <span className="muted">{whenNull === 'unknown' ? t.validFromUnknown : t.validToOpen}</span>;
  }
  if (isExact) return <time dateTime={date}>{formatDate(date)}</time>;
  return (
    <time dateTime={date} className="approx-date" title={t.inexactTooltip} data-tooltip={t.inexactTooltip} tabIndex={0}>
      <span aria-hidden="true">≤ </span>
      <span className="visually-hidden">{`${t.atMost} `}</span>
      {formatDate(date)}
    </time>
  );
}

/** "from – to" of a unit version. */
export function ValidityRange({ unit }: { unit: Pick<UnitView, 'validFrom' | 'validTo' | 'validFromExact' | 'validToExact'> }) {
  return (
    <span className="validity">
      <ValidDate date={unit.validFrom} isExact={unit.validFromExact} whenNull="unknown" />
      {' – '}
      <ValidDate date={unit.validTo} isExact={unit.validToExact} whenNull="open" />
    </span>
  );
}
