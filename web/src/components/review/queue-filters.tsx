/**
 * The review queue's filters, kept in the address (`?state=submitted,returned&period=2025&unit=06`):
 * the states shown (by default what the role works on), the period, and a unit (its submissions and
 * those of the units under it).
 */
import { useEffect, useId, useState } from 'react';
import { SUBMISSION_STATES, type SubmissionState } from '../../api/review.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { readPeriodInput } from '../../lib/period-input.ts';
import { useSearchParamPatch } from '../../lib/use-search-param-patch.ts';
import { todayInVietnam } from '../../../../src/domain/units/dates.ts';
import { PeriodField } from '../period-field.tsx';
import { UnitPicker } from '../unit-picker.tsx';

export interface QueueFilters {
  states: SubmissionState[];
  period: string | undefined;
  unit: string | undefined;
  page: number;
}

type Key = 'state' | 'period' | 'unit' | 'page';

/** The filters read from the address, with `defaults` for the states when none are given. */
export function useQueueFilters(defaults: readonly SubmissionState[]): {
  filters: QueueFilters;
  update(patch: Partial<Record<Key, string | undefined>>): void;
} {
  const { params, update } = useSearchParamPatch<Key>();
  const given = (params.get('state') ?? '').split(',').filter((s): s is SubmissionState => (SUBMISSION_STATES as readonly string[]).includes(s));
  const page = Number(params.get('page') ?? '1');
  return {
    filters: {
      states: given.length > 0 ? given : [...defaults],
      period: params.get('period') || undefined,
      unit: params.get('unit') || undefined,
      page: Number.isInteger(page) && page > 0 ? page : 1,
    },
    update: (patch) => update({ page: undefined, ...patch }),
  };
}

/** The filter panel. */
export function QueueFilterPanel({ filters, update }: { filters: QueueFilters; update(patch: Partial<Record<Key, string | undefined>>): void }) {
  const { t } = useI18n();
  const id = useId();
  const [periodText, setPeriodText] = useState(filters.period ?? '');
  const period = readPeriodInput(periodText);

  // A period typed is applied once it reads as one (or is emptied).
  useEffect(() => {
    if (period.isInvalid) return;
    if ((period.canonical ?? undefined) !== filters.period) update({ period: period.canonical });
  }, [period.canonical, period.isInvalid, filters.period, update]);

  const toggle = (state: SubmissionState, on: boolean) => {
    const next = SUBMISSION_STATES.filter((s) => (s === state ? on : filters.states.includes(s)));
    if (next.length > 0) update({ state: next.join(',') });
  };

  return (
    <section className="panel queue-filters" aria-labelledby={`${id}-heading`} data-testid="queue-filters">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t.queueFilters}
      </h2>
      <div className="filter-grid">
        <fieldset className="field radio-group filter-wide">
          <legend className="field-label">{t.queueStates}</legend>
          {SUBMISSION_STATES.map((s) => (
            <label key={s} className="radio">
              <input type="checkbox" checked={filters.states.includes(s)} onChange={(e) => toggle(s, e.target.checked)} data-testid={`queue-state-${s}`} />
              {t.submissionStateName(s)}
            </label>
          ))}
        </fieldset>
        <PeriodField label={t.queuePeriod} hint={t.queuePeriodHint} value={periodText} onChange={setPeriodText} testId="queue-period" />
        <UnitPicker
          label={t.queueUnit}
          code={filters.unit ?? null}
          onChange={(code) => update({ unit: code ?? undefined })}
          at={todayInVietnam()}
          testId="queue-unit"
        />
      </div>
    </section>
  );
}
