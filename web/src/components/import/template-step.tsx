/** Step 1 of the import: choose an area, a unit and a period, and download the XLSX or CSV template. */
import { useId, useState } from 'react';
import type { IndicatorArea, IndicatorLevel } from '../../../../src/domain/indicators/indicator-types.ts';
import { periodEnd } from '../../../../src/domain/periods/period.ts';
import type { Catalogue } from '../../api/indicators.ts';
import { templateUrl, type TemplateFormat } from '../../api/values.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { readPeriodInput } from '../../lib/period-input.ts';
import { useAtDate } from '../../lib/use-at-date.ts';
import { PeriodField } from '../period-field.tsx';
import { UnitPicker } from '../unit-picker.tsx';

const FORMATS: TemplateFormat[] = ['xlsx', 'csv'];

/** The template panel. */
export function TemplateStep({ catalogue }: { catalogue: Catalogue | undefined }) {
  const { t, lang } = useI18n();
  const { at } = useAtDate();
  const id = useId();
  const [area, setArea] = useState<IndicatorArea | ''>('');
  const [unit, setUnit] = useState<string | null>(null);
  const [periodText, setPeriodText] = useState('');
  const period = readPeriodInput(periodText);
  // Units are searched on the period's last day (the units a report for that period is about).
  const unitDate = period.period ? periodEnd(period.period) : at;
  const levels = area && catalogue ? levelsOfArea(catalogue, area) : [];
  const isReady = area !== '' && unit !== null && period.canonical !== undefined;

  return (
    <section className="panel import-step" aria-labelledby={`${id}-heading`} data-testid="template-step">
      <h2 id={`${id}-heading`}>{t.templateHeading}</h2>
      <p className="muted">{t.templateHint}</p>
      <div className="form-stack">
        <div className="field">
          <label htmlFor={`${id}-area`} className="field-label">
            {t.areaLabel}
          </label>
          <select
            id={`${id}-area`}
            className="input"
            data-testid="template-area"
            value={area}
            aria-describedby={`${id}-levels`}
            onChange={(e) => setArea(e.target.value as IndicatorArea | '')}
          >
            <option value="">{t.areaChoose}</option>
            {catalogue?.areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a[lang]}
              </option>
            ))}
          </select>
          <p id={`${id}-levels`} className="hint">
            {levels.length > 0 ? t.areaLevels(levels.map((l) => t.levelName(l).toLocaleLowerCase(lang)).join(', ')) : null}
          </p>
        </div>
        <PeriodField label={t.periodLabel} hint={t.periodHint} value={periodText} onChange={setPeriodText} testId="template-period" />
        <UnitPicker label={t.templateUnitLabel} hint={t.templateUnitHint} code={unit} onChange={setUnit} at={unitDate} testId="template-unit" />
      </div>
      <div className="actions">
        {FORMATS.map((format) =>
          isReady ? (
            <a
              key={format}
              className={format === 'xlsx' ? 'button' : 'button button-secondary'}
              href={templateUrl(area, unit, period.canonical!, format)}
              download
              data-testid={`template-download-${format}`}
            >
              {format === 'xlsx' ? t.downloadXlsx : t.downloadCsv}
            </a>
          ) : (
            <button key={format} type="button" className={format === 'xlsx' ? 'button' : 'button button-secondary'} disabled aria-describedby={`${id}-needs`}>
              {format === 'xlsx' ? t.downloadXlsx : t.downloadCsv}
            </button>
          ),
        )}
        {isReady ? null : (
          <span id={`${id}-needs`} className="hint">
            {t.templateNeeds}
          </span>
        )}
      </div>
    </section>
  );
}

/** The levels the area's indicators are collected at, coarse to fine as the catalogue lists them. */
function levelsOfArea(catalogue: Catalogue, area: IndicatorArea): IndicatorLevel[] {
  const levels = new Set<IndicatorLevel>();
  for (const indicator of catalogue.indicators) if (indicator.area === area) for (const level of indicator.levels) levels.add(level);
  return (['province', 'commune', 'village'] as const).filter((l) => levels.has(l));
}
