/** Where a unit version stands against a date, and a date inside its validity to link to. */
import { addDays } from '../../../src/domain/units/dates.ts';
import type { UnitStatus, UnitView } from '../../../src/services/units/unit-views.ts';

type Validity = Pick<UnitView, 'validFrom' | 'validTo'>;

/** In force, ended (validTo before `at`) or not yet in force (validFrom after `at`). */
export function statusOn(unit: Validity, at: string): UnitStatus {
  if (unit.validTo !== null && unit.validTo < at) return 'ended';
  if (unit.validFrom !== null && unit.validFrom > at) return 'not_yet';
  return 'in_force';
}

/** `at` itself when the unit is in force then, else the nearest day on which it is (its last or first day). */
export function dateWithinValidity(unit: Validity, at: string): string {
  if (unit.validTo !== null && unit.validTo < at) return unit.validTo;
  if (unit.validFrom !== null && unit.validFrom > at) return unit.validFrom;
  return at;
}

/** The first day a unit is no longer in force (the day after validTo), or null while it is open-ended. */
export function firstDayEnded(unit: Validity): string | null {
  return unit.validTo === null ? null : addDays(unit.validTo, 1);
}
