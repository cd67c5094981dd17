/** Use case: the units in force on a date, by level and/or parent (the tree and `units list`). */
import { listUnitsInForce } from '../../db/queries/units/list-units-in-force.ts';
import { isIsoDate } from '../../domain/units/dates.ts';
import { isUnitLevel, type UnitLevel } from '../../domain/units/unit-types.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { presentUnit } from './present-unit.ts';
import type { UnitList } from './unit-views.ts';

export interface ListUnitsInput {
  at: string;
  level?: string | undefined;
  parent?: string | undefined;
  /** Rows to return; undefined = all (the CLI lists all 3,321 communes). */
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Lists the units in force on `at`; with neither level nor parent, the provinces. */
export async function listUnits(ctx: ServiceContext, input: ListUnitsInput): Promise<UnitList> {
  const at = requireDate(input.at, 'at');
  const level = input.level === undefined ? undefined : requireLevel(input.level);
  const parent = input.parent?.trim() || undefined;
  const effectiveLevel: UnitLevel | undefined = level ?? (parent ? undefined : 'province');
  const { rows, total } = await listUnitsInForce(ctx.db, {
    at,
    level: effectiveLevel,
    parentCode: parent,
    limit: input.limit ?? 1_000_000,
    offset: input.offset ?? 0,
  });
  return { at, total, items: rows.map((r) => ({ ...presentUnit(r), childCount: r.childCount })) };
}

/** Checks an ISO date parameter, naming the field when it is wrong. */
export function requireDate(value: string, field: string): string {
  if (!isIsoDate(value)) {
    throw invalidInput(`${field} must be a date YYYY-MM-DD, got "${value}"`, `${field} phải là ngày dạng YYYY-MM-DD, nhận được "${value}"`, [
      { field, value, message: 'expected YYYY-MM-DD' },
    ]);
  }
  return value;
}

function requireLevel(value: string): UnitLevel {
  if (!isUnitLevel(value)) {
    throw invalidInput(
      `level must be province, district, commune or village, got "${value}"`,
      `cấp phải là province, district, commune hoặc village, nhận được "${value}"`,
      [{ field: 'level', value, message: 'expected province|district|commune|village' }],
    );
  }
  return value;
}
