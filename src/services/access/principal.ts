/**
 * Who is acting, and the checks every service runs before it changes (or shows unpublished) data. A
 * service context without a principal is the installation itself: the local CLI that owns the data
 * directory (or the database), the demo loader, the tests. HTTP requests always carry one (an account
 * signed in by session or token, the local CLI by the server's owner key, or the public).
 */
import type { Queryable } from '../../db/database.ts';
import { listUnitsOutsideScope } from '../../db/queries/access/scope-units.ts';
import { ACTIONS, NATIONAL_ACTIONS, roleMay, type Action, type Role } from '../../domain/access/roles.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';

export interface Principal {
  kind: 'system' | 'user' | 'public';
  userId: number | null;
  username: string | null;
  role: Role | null;
  /** admin_unit id of the scope; null: the whole country. */
  scopeUnitId: number | null;
  /** Operators: the network (`operator` breakdown value) they submit for. */
  operatorCode: string | null;
  /** How the principal was established. */
  via: 'local' | 'owner' | 'session' | 'token' | 'none';
  tokenId: number | null;
}

/** The installation itself (local CLI, owner key, demo loader): may do anything; its actions are still audited. */
export const SYSTEM_PRINCIPAL: Principal = Object.freeze({
  kind: 'system',
  userId: null,
  username: null,
  role: null,
  scopeUnitId: null,
  operatorCode: null,
  via: 'local',
  tokenId: null,
});

/** Anyone without an account: reads published figures only. */
export const PUBLIC_PRINCIPAL: Principal = Object.freeze({
  kind: 'public',
  userId: null,
  username: null,
  role: null,
  scopeUnitId: null,
  operatorCode: null,
  via: 'none',
  tokenId: null,
});

export function principalOf(ctx: ServiceContext): Principal {
  return ctx.principal ?? SYSTEM_PRINCIPAL;
}

export function isSystem(ctx: ServiceContext): boolean {
  return principalOf(ctx).kind === 'system';
}

/** Whether the context may take `action` at all (scope aside): the system always, the public never. */
export function may(ctx: ServiceContext, action: Action): boolean {
  const p = principalOf(ctx);
  if (p.kind === 'system') return true;
  if (p.kind === 'public' || !p.role) return false;
  if (NATIONAL_ACTIONS.has(action) && p.scopeUnitId !== null) return false;
  return roleMay(p.role, action);
}

/** Refuses (401 for the public, 403 for an account whose role or scope does not allow it) unless `may`. */
export function requireAction(ctx: ServiceContext, action: Action): Principal {
  const p = principalOf(ctx);
  if (p.kind === 'system') return p;
  if (p.kind === 'public') throw notSignedIn();
  if (!may(ctx, action)) {
    const national = NATIONAL_ACTIONS.has(action) && roleMay(p.role!, action);
    throw new AppError(
      'forbidden',
      403,
      national
        ? `${action} concerns the whole installation: it needs an account scoped to the whole country`
        : `the role ${p.role} may not do this (${action}: ${(ACTIONS[action] as readonly string[]).join(', ')})`,
      national
        ? `thao tác này áp dụng cho toàn hệ thống: cần tài khoản có phạm vi toàn quốc`
        : `vai trò ${p.role} không được thực hiện thao tác này (${action})`,
    );
  }
  return p;
}

/** Refuses (403, naming them) when any of the units is outside the principal's scope. `q`: the transaction to read in, if one is open. */
export async function requireUnitsInScope(
  ctx: ServiceContext,
  unitIds: readonly number[],
  describe: (unitId: number) => string = (id) => `#${id}`,
  q: Queryable = ctx.db,
): Promise<void> {
  const p = principalOf(ctx);
  if (p.kind === 'system' || p.scopeUnitId === null || unitIds.length === 0) {
    if (p.kind === 'public') throw notSignedIn();
    return;
  }
  const outside = await listUnitsOutsideScope(q, p.scopeUnitId, unitIds);
  if (outside.length > 0) throw outsideScope(outside.map(describe));
}

export function notSignedIn(): AppError {
  return new AppError('not_signed_in', 401, 'sign in first: this needs an account', 'cần đăng nhập: thao tác này cần tài khoản');
}

export function outsideScope(units: readonly string[]): AppError {
  const shown = units.slice(0, 20);
  const more = units.length > shown.length ? ` (+${units.length - shown.length})` : '';
  return new AppError(
    'outside_scope',
    403,
    `outside your scope: ${shown.join(', ')}${more}`,
    `ngoài phạm vi được giao: ${shown.join(', ')}${more}`,
    shown.map((u) => ({ field: 'unit', value: u, code: 'outside_scope', message: `${u} is outside your scope`, messageVi: `${u} ngoài phạm vi được giao` })),
  );
}
