/** The unit a criteria request names: a province in force on the date, or a commune. */
import { isInForce } from '../../domain/units/dates.ts';
import { findUnitVersions } from '../../db/queries/units/find-unit-versions.ts';
import type { UnitRow } from '../../db/queries/units/unit-columns.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput, unitNotFound } from '../errors.ts';

/** The version of the unit with `code` in force on `date`; undefined when the code is unknown. */
export async function findUnitAt(ctx: ServiceContext, code: string, date: string): Promise<UnitRow | undefined> {
  const versions = await findUnitVersions(ctx.db, code);
  return versions.find((v) => isInForce(v.validFrom, v.validTo, date));
}

/** The province a summary is asked for: a province in force on the date, else a clear error. */
export async function findAreaUnit(ctx: ServiceContext, code: string, date: string): Promise<UnitRow> {
  const versions = await findUnitVersions(ctx.db, code);
  if (versions.length === 0) throw unitNotFound(code);
  const unit = versions.find((v) => isInForce(v.validFrom, v.validTo, date));
  if (!unit) {
    const last = versions[versions.length - 1];
    throw invalidInput(
      `unit ${code} is not in force on ${date}${last?.validTo ? ` (it ended on ${last.validTo})` : ''}`,
      `đơn vị ${code} không có hiệu lực ngày ${date}${last?.validTo ? ` (hết hiệu lực ngày ${last.validTo})` : ''}`,
      [{ field: 'province', value: code, message: 'not in force on the date', messageVi: 'không có hiệu lực vào ngày này' }],
    );
  }
  if (unit.level !== 'province') {
    throw invalidInput(`${code} is a ${unit.level}, not a province`, `${code} không phải là tỉnh`, [
      { field: 'province', value: code, message: 'must be a province code', messageVi: 'phải là mã tỉnh' },
    ]);
  }
  return unit;
}
