/** The board's choices: the province (those in force on the date), the review date and the criteria set in force then. */
import { useId } from 'react';
import type { CriteriaSetView } from '../../api/criteria.ts';
import { useUnitList } from '../../api/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { setsInForce } from '../../lib/criteria-dates.ts';
import { ReviewDateField } from './review-date-field.tsx';

interface PickersProps {
  /** Null hides the province choice (the commune page). */
  province: string | null;
  date: string;
  set: string | undefined;
  sets: readonly CriteriaSetView[] | undefined;
  onProvince?(code: string): void;
  onDate(iso: string): void;
  onSet(id: string | undefined): void;
}

/** The pickers, in one panel. */
export function CriteriaPickers({ province, date, set, sets, onProvince, onDate, onSet }: PickersProps) {
  const { t } = useI18n();
  return (
    <div className="panel crit-pickers" data-testid="criteria-pickers">
      {province !== null && onProvince ? <ProvinceSelect code={province} date={date} onChange={onProvince} /> : null}
      <ReviewDateField value={date} onChange={onDate} />
      <SetSelect set={set} date={date} sets={sets} onChange={onSet} />
      <p className="hint crit-pickers-note">{t.critPickersNote}</p>
    </div>
  );
}

function ProvinceSelect({ code, date, onChange }: { code: string; date: string; onChange(code: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const provinces = useUnitList({ at: date, limit: 100 });
  const items = provinces.data?.items ?? [];
  const isListed = items.some((p) => p.code === code);
  return (
    <div className="field">
      <label htmlFor={`${id}-province`} className="field-label">
        {t.critProvinceLabel}
      </label>
      <select id={`${id}-province`} className="input" data-testid="criteria-province" value={code} onChange={(e) => onChange(e.target.value)}>
        {!isListed ? <option value={code}>{provinces.isLoading ? t.loading : t.critProvinceNotInForce(code)}</option> : null}
        {items.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name} ({p.code})
          </option>
        ))}
      </select>
    </div>
  );
}

function SetSelect({
  set,
  date,
  sets,
  onChange,
}: {
  set: string | undefined;
  date: string;
  sets: readonly CriteriaSetView[] | undefined;
  onChange(id: string | undefined): void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const inForce = sets ? setsInForce(sets, date) : [];
  const base = inForce.find((s) => s.kind === 'base');
  const isListed = set === undefined || inForce.some((s) => s.id === set);
  return (
    <div className="field">
      <label htmlFor={`${id}-set`} className="field-label">
        {t.critSetLabel}
      </label>
      <select
        id={`${id}-set`}
        className="input"
        data-testid="criteria-set"
        value={set === undefined || set === base?.id ? '' : set}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{base ? t.critSetDefault(base.id, base.name[lang]) : t.critSetInForce}</option>
        {inForce
          .filter((s) => s.kind !== 'base')
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.id} — {s.name[lang]}
            </option>
          ))}
        {!isListed && set ? <option value={set}>{t.critSetNotInForce(set)}</option> : null}
      </select>
    </div>
  );
}
