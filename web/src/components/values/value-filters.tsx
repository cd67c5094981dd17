/** The filters of the values table: indicator (grouped by area), period, area unit, level, series, unit text. */
import { useEffect, useId, useRef, useState } from 'react';
import { INDICATOR_LEVELS } from '../../../../src/domain/indicators/indicator-types.ts';
import { periodEnd, tryParsePeriod } from '../../../../src/domain/periods/period.ts';
import { SERIES } from '../../../../src/domain/values/value-types.ts';
import type { Catalogue } from '../../api/indicators.ts';
import { useValuePeriods } from '../../api/values.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { periodName } from '../../lib/period-input.ts';
import { useAtDate } from '../../lib/use-at-date.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { hasFilters, type ValueFiltersState } from '../../lib/use-value-filters.ts';
import { UnitPicker } from '../unit-picker.tsx';

const TEXT_DEBOUNCE_MS = 300;

/** The filter form; every change goes straight to the address. */
export function ValueFilters({ state, catalogue }: { state: ValueFiltersState; catalogue: Catalogue | undefined }) {
  const { t, lang } = useI18n();
  const { at } = useAtDate();
  const id = useId();
  const { filters, setFilter, clearAll } = state;
  const periods = useValuePeriods(filters.indicator);
  const period = filters.period ? tryParsePeriod(filters.period) : undefined;
  const periodOptions = periods.data?.periods.map((p) => p.period) ?? [];
  if (filters.period && !periodOptions.includes(filters.period)) periodOptions.unshift(filters.period);

  const [text, setText] = useState(filters.q ?? '');
  const debounced = useDebouncedValue(text.trim(), TEXT_DEBOUNCE_MS);
  const pushed = useRef(filters.q ?? '');
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    setFilter('q', debounced || undefined);
  }, [debounced, setFilter]);
  // The address changed by other means (back button, "Xoá bộ lọc"): show what it says.
  useEffect(() => {
    const q = filters.q ?? '';
    if (q === pushed.current) return;
    pushed.current = q;
    setText(q);
  }, [filters.q]);

  return (
    <form className="panel filters" aria-label={t.filtersLabel} onSubmit={(e) => e.preventDefault()} data-testid="value-filters">
      <div className="filter-grid">
        <div className="field filter-wide">
          <label htmlFor={`${id}-indicator`} className="field-label">
            {t.filterIndicator}
          </label>
          <select
            id={`${id}-indicator`}
            className="input"
            data-testid="filter-indicator"
            value={filters.indicator ?? ''}
            onChange={(e) => setFilter('indicator', e.target.value)}
          >
            <option value="">{t.indicatorAll}</option>
            {catalogue?.areas.map((area) => (
              <optgroup key={area.code} label={area[lang]}>
                {catalogue.indicators
                  .filter((i) => i.area === area.code)
                  .map((i) => (
                    <option key={i.code} value={i.code}>
                      {lang === 'vi' ? i.nameVi : i.nameEn}
                    </option>
                  ))}
              </optgroup>
            ))}
            {filters.indicator && catalogue && !catalogue.indicators.some((i) => i.code === filters.indicator) ? (
              <option value={filters.indicator}>{filters.indicator}</option>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`} className="field-label">
            {t.filterPeriod}
          </label>
          <select
            id={`${id}-period`}
            className="input"
            data-testid="filter-period"
            value={filters.period ?? ''}
            onChange={(e) => setFilter('period', e.target.value)}
          >
            <option value="">{t.periodLatest}</option>
            {periodOptions.map((p) => (
              <option key={p} value={p}>
                {periodName(p, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`} className="field-label">
            {t.filterLevel}
          </label>
          <select
            id={`${id}-level`}
            className="input"
            data-testid="filter-level"
            value={filters.level ?? ''}
            onChange={(e) => setFilter('level', e.target.value)}
          >
            <option value="">{t.levelAll}</option>
            {INDICATOR_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t.levelName(level)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-series`} className="field-label">
            {t.filterSeries}
          </label>
          <select
            id={`${id}-series`}
            className="input"
            data-testid="filter-series"
            value={filters.series ?? ''}
            onChange={(e) => setFilter('series', e.target.value)}
          >
            <option value="">{t.seriesAll}</option>
            {SERIES.map((s) => (
              <option key={s} value={s}>
                {t.seriesName(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-q`} className="field-label">
            {t.filterText}
          </label>
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            data-testid="filter-text"
            autoComplete="off"
            placeholder={t.filterTextPlaceholder}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="filter-wide filter-area">
          <UnitPicker
            label={t.filterArea}
            hint={t.filterAreaHint}
            code={filters.area ?? null}
            onChange={(code) => setFilter('area', code ?? undefined)}
            at={period ? periodEnd(period) : at}
            testId="filter-area"
          />
        </div>
      </div>
      <div className="filter-actions">
        {filters.batch !== undefined ? (
          <span className="filter-chip" data-testid="filter-batch">
            {t.filterBatch(String(filters.batch))}
            <button
              type="button"
              className="chip-remove"
              aria-label={`${t.clearFilter}: ${t.filterBatch(String(filters.batch))}`}
              onClick={() => setFilter('batch', undefined)}
            >
              ×
            </button>
          </span>
        ) : null}
        {hasFilters(filters) ? (
          <button type="button" className="button button-secondary button-small" onClick={clearAll} data-testid="clear-filters">
            {t.clearFilters}
          </button>
        ) : null}
      </div>
    </form>
  );
}
