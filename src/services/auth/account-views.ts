/** Presenters of accounts and tokens: the only shapes that leave the services (never a hash, never a token). */
import type { TokenRow } from '../../db/queries/auth/api-tokens.ts';
import type { UserRow } from '../../db/queries/auth/app-users.ts';
import { isRole, roleName, type Role } from '../../domain/access/roles.ts';

/** The unit an account or token is scoped to (the version it was given); null is the whole country. */
export interface ScopeView {
  id: number;
  code: string;
  level: string;
  name: string;
  fullName: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface AccountView {
  username: string;
  displayName: string;
  role: Role;
  roleVi: string;
  roleEn: string;
  scope: ScopeView | null;
  operatorCode: string | null;
  active: boolean;
  hasPassword: boolean;
  /** Locked after repeated failed sign-ins, until `lockedUntil` (ISO). */
  locked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  createdAt: string;
  createdBy: string;
  passwordChangedAt: string | null;
}

export interface TokenView {
  id: number;
  username: string;
  name: string;
  /** The first 12 characters of the token, to tell tokens apart. */
  prefix: string;
  scope: ScopeView | null;
  state: 'active' | 'expired' | 'revoked';
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
}

type ScopeColumns = Pick<UserRow, 'scopeUnitId' | 'scopeCode' | 'scopeLevel' | 'scopeName' | 'scopeFullName' | 'scopeValidFrom' | 'scopeValidTo'>;

function presentScope(r: ScopeColumns): ScopeView | null {
  if (r.scopeUnitId === null) return null;
  return {
    id: r.scopeUnitId,
    code: r.scopeCode ?? '',
    level: r.scopeLevel ?? '',
    name: r.scopeName ?? '',
    fullName: r.scopeFullName ?? '',
    validFrom: r.scopeValidFrom,
    validTo: r.scopeValidTo,
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Presents an account. */
export function presentAccount(u: UserRow, now: Date = new Date()): AccountView {
  const role: Role = isRole(u.role) ? u.role : 'inspector';
  const locked = u.lockedUntil !== null && u.lockedUntil.getTime() > now.getTime();
  return {
    username: u.username,
    displayName: u.displayName,
    role,
    roleVi: roleName(role, u.scopeUnitId === null).vi,
    roleEn: roleName(role, u.scopeUnitId === null).en,
    scope: presentScope(u),
    operatorCode: u.operatorCode,
    active: u.active,
    hasPassword: u.passwordHash !== null,
    locked,
    lockedUntil: locked ? iso(u.lockedUntil) : null,
    failedLogins: u.failedLogins,
    createdAt: u.createdAt.toISOString(),
    createdBy: u.createdBy,
    passwordChangedAt: iso(u.passwordChangedAt),
  };
}

/** Presents a token (its prefix, never the token). */
export function presentToken(t: TokenRow, now: Date = new Date()): TokenView {
  return {
    id: t.id,
    username: t.username,
    name: t.name,
    prefix: t.prefix,
    scope: presentScope(t),
    state: t.revokedAt ? 'revoked' : t.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active',
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy,
    expiresAt: t.expiresAt.toISOString(),
    revokedAt: iso(t.revokedAt),
    revokedBy: t.revokedBy,
    lastUsedAt: iso(t.lastUsedAt),
  };
}

/** What an audit event records of an account: no hash, no counters. */
export function auditedAccount(u: UserRow): Record<string, unknown> {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    scope: u.scopeCode,
    scopeName: u.scopeFullName,
    operatorCode: u.operatorCode,
    active: u.active,
  };
}

/** What an audit event records of a token: never the token or its hash. */
export function auditedToken(t: TokenRow): Record<string, unknown> {
  return {
    id: t.id,
    user: t.username,
    name: t.name,
    prefix: t.prefix,
    scope: t.scopeCode,
    expiresAt: t.expiresAt.toISOString(),
    ...(t.revokedAt ? { revokedAt: t.revokedAt.toISOString() } : {}),
  };
}
