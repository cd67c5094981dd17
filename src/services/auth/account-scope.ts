/**
 * The scope of an account or token: a unit code (and the date whose version is meant) resolved to the
 * admin_unit version in force then; which levels each role may be scoped to; and the rule that an
 * administrator only gives scopes inside its own.
 */
import { listProvincesOfUnits, listUnitsOutsideScope } from '../../db/queries/access/scope-units.ts';
import type { Queryable } from '../../db/database.ts';
import { findUnitVersions } from '../../db/queries/units/find-unit-versions.ts';
import type { UnitRow } from '../../db/queries/units/unit-columns.ts';
import type { Role } from '../../domain/access/roles.ts';
import { DIMENSIONS } from '../../domain/indicators/catalogue/dimensions.ts';
import { isInForce, parseUserDate, todayInVietnam } from '../../domain/units/dates.ts';
import { outsideScope, type Principal } from '../access/principal.ts';
import { invalidInput, unitNotFound } from '../errors.ts';

/** A scope as people give it: a unit code, and the date whose version is meant (default today). */
export interface ScopeInput {
  code: string;
  at?: string | undefined;
}

/** The unit version a scope names, in force on its date. */
export async function resolveScopeUnit(q: Queryable, input: ScopeInput): Promise<UnitRow> {
  const at = input.at === undefined || input.at === '' ? todayInVietnam() : parseUserDate(input.at);
  if (!at) throw invalidInput(`scopeAt must be a date (YYYY-MM-DD or dd/mm/yyyy), got "${input.at}"`, `scopeAt phải là ngày, nhận được "${input.at}"`);
  const code = input.code.trim();
  const versions = await findUnitVersions(q, code);
  if (versions.length === 0) throw unitNotFound(code);
  const unit = versions.find((v) => isInForce(v.validFrom, v.validTo, at));
  if (!unit) {
    throw invalidInput(
      `unit ${code} is not in force on ${at}: give the date of the version meant (scopeAt)`,
      `đơn vị ${code} không còn hiệu lực vào ngày ${at}: hãy ghi ngày của phiên bản cần dùng (scopeAt)`,
      [{ field: 'scope', value: code, code: 'scope.not_in_force', message: `not in force on ${at}` }],
    );
  }
  return unit;
}

/** The levels each role may be scoped to, and whether it may have the whole country. */
const ROLE_SCOPES: Record<Role, { levels: readonly string[]; national: boolean }> = {
  officer: { levels: ['commune'], national: false },
  reviewer: { levels: ['province'], national: true },
  admin: { levels: ['province'], national: true },
  inspector: { levels: ['province'], national: true },
  operator: { levels: ['province'], national: true },
};

/** Refuses a scope the role cannot have (an officer needs a commune; the others a province or the whole country). */
export function requireRoleScope(role: Role, unit: { level: string; code: string } | null): void {
  const rule = ROLE_SCOPES[role];
  if (unit === null ? rule.national : rule.levels.includes(unit.level)) return;
  const allowed = [...rule.levels, ...(rule.national ? ['the whole country'] : [])].join(' or ');
  const allowedVi = [...rule.levels.map((l) => (l === 'commune' ? 'xã' : 'tỉnh')), ...(rule.national ? ['toàn quốc'] : [])].join(' hoặc ');
  const given = unit === null ? 'the whole country' : `${unit.level} ${unit.code}`;
  throw invalidInput(
    `a ${role} account is scoped to a ${allowed}, not ${given}`,
    `tài khoản vai trò ${role} phải có phạm vi ${allowedVi}, không phải ${unit === null ? 'toàn quốc' : unit.code}`,
    [{ field: 'scope', value: unit?.code ?? '', code: 'scope.level', message: `expected ${allowed}` }],
  );
}

const OPERATOR_CODES = DIMENSIONS.find((d) => d.code === 'operator')?.values.map((v) => v.value) ?? [];

/** An operator's network (a value of the catalogue's `operator` dimension); null for the other roles. */
export function requireOperatorCode(role: Role, operatorCode: string | null | undefined): string | null {
  const code = operatorCode?.trim().toLowerCase() || null;
  if (role !== 'operator') {
    if (code !== null)
      throw invalidInput('only operator accounts have an operator code', 'chỉ tài khoản doanh nghiệp mới có mã doanh nghiệp', [
        { field: 'operatorCode', value: code, message: 'not an operator' },
      ]);
    return null;
  }
  if (code === null || !OPERATOR_CODES.includes(code)) {
    throw invalidInput(
      `an operator account needs its operator: one of ${OPERATOR_CODES.join(', ')}`,
      `tài khoản doanh nghiệp cần mã doanh nghiệp: một trong ${OPERATOR_CODES.join(', ')}`,
      [{ field: 'operatorCode', value: code ?? '', code: 'operator.unknown', message: `expected one of ${OPERATOR_CODES.join(', ')}` }],
    );
  }
  return code;
}

/** Refuses (403) a scope outside the acting account's own: a provincial administrator never gives the whole country. */
export async function requireWithinPrincipalScope(q: Queryable, p: Principal, unitId: number | null, label: string): Promise<void> {
  if (p.kind === 'system' || p.scopeUnitId === null) return;
  if (unitId === null) throw outsideScope([label]);
  const outside = await listUnitsOutsideScope(q, p.scopeUnitId, [unitId]);
  if (outside.length > 0) throw outsideScope([label]);
}

/** The provinces an audit event about these scopes concerns; null when one of them is the whole country. */
export async function provincesOfScopes(q: Queryable, unitIds: readonly (number | null)[]): Promise<number[] | null> {
  if (unitIds.some((id) => id === null)) return null;
  return listProvincesOfUnits(q, unitIds as number[]);
}
