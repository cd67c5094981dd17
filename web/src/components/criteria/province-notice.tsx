/** Said when the board's province is not in force on the date (e.g. Bắc Kạn after 01/07/2025): its successors, to switch to. */
import { useUnitDetail } from '../../api/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The notice with one button per successor (or predecessor, when the province did not exist yet). */
export function ProvinceNotice({ code, date, onProvince }: { code: string; date: string; onProvince(code: string): void }) {
  const { t, formatDate } = useI18n();
  const detail = useUnitDetail(code, date);
  const data = detail.data;
  if (!data || data.status === 'in_force') return null;
  const links = data.status === 'ended' ? data.successors : data.predecessors;
  return (
    <div className="notice crit-province-notice" role="status" data-testid="province-notice">
      <p>{t.critProvinceNotInForceOn(`${data.unit.name} (${data.unit.code})`, formatDate(date))}</p>
      {links.length > 0 ? (
        <p className="actions">
          {links.map((l) => (
            <button key={l.unit.code} type="button" className="button button-secondary button-small" onClick={() => onProvince(l.unit.code)}>
              {t.critSwitchProvince(`${l.unit.name} (${l.unit.code})`)}
            </button>
          ))}
        </p>
      ) : null}
    </div>
  );
}
