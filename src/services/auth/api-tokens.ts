/**
 * API tokens (operators' systems, the CLI against a server): `ictm_` + 32 random bytes, shown once at
 * creation; the table keeps the SHA-256 and the first 12 characters. A token acts as its account, with
 * the account's role and operator, in its own scope (within the account's) or the account's; it expires
 * and can be revoked (kept, with who and when). Creation and revocation are audited, never the token.
 */
import { listUnitsOutsideScope } from '../../db/queries/access/scope-units.ts';
import { findTokenById, findTokenCredential, insertToken, listTokens as selectTokens, revokeTokens, touchToken } from '../../db/queries/auth/api-tokens.ts';
import { findUserById, type UserRow } from '../../db/queries/auth/app-users.ts';
import { isRole } from '../../domain/access/roles.ts';
import { notSignedIn, outsideScope, principalOf, requireAction } from '../access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { auditedToken, presentToken, type TokenView } from './account-views.ts';
import { requireWithinPrincipalScope, resolveScopeUnit, type ScopeInput } from './account-scope.ts';
import { requireManageable, requireUser } from './accounts.ts';
import { needsSignedInUser, tokenInvalid, tokenNotFound } from './auth-errors.ts';
import { recordAuthEvent } from './record-auth-event.ts';
import type { Authenticated } from './sessions.ts';
import { API_TOKEN_PREFIX, newApiToken, sha256Hex } from './secrets.ts';

export interface CreateTokenInput {
  name: string;
  /** 1 to 366 days. */
  expiresInDays: number;
  /** A unit within the account's scope; absent: the account's scope. */
  scope?: ScopeInput | null | undefined;
  /** Whose token: absent = the signed-in account; another account needs an administrator in scope (or the installation). */
  user?: string | undefined;
}

/** The one time a token is shown: keep it now, it cannot be shown again. */
export interface CreatedToken {
  token: string;
  info: TokenView;
}

/** The account a token request concerns: the caller itself, or one it manages. */
async function tokenOwner(ctx: ServiceContext, username: string | undefined): Promise<UserRow> {
  const p = principalOf(ctx);
  if (p.kind === 'public') throw notSignedIn();
  if (username !== undefined && username.trim().toLowerCase() !== p.username) {
    requireAction(ctx, 'users.manage'); // before the lookup: others cannot probe which usernames exist
    const user = await requireUser(ctx, username);
    await requireManageable(ctx, user);
    return user;
  }
  if (p.kind !== 'user' || p.userId === null) {
    throw invalidInput('name the account the token is for (user)', 'hãy ghi tài khoản sở hữu mã truy cập (user)', [{ field: 'user', message: 'required' }]);
  }
  return (await findUserById(ctx.db, p.userId))!;
}

/** Creates a token for the caller (or, for an administrator, an account in its scope); returns it once. */
export async function createApiToken(ctx: ServiceContext, input: CreateTokenInput): Promise<CreatedToken> {
  // A token never makes tokens: a leaked one must not be able to outlive its own expiry.
  if (principalOf(ctx).via === 'token') throw needsSignedInUser('creating an API token', 'tạo mã truy cập API');
  const owner = await tokenOwner(ctx, input.user);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100)
    throw invalidInput('a token name has 1 to 100 characters', 'tên mã truy cập có từ 1 đến 100 ký tự', [{ field: 'name', message: 'length 1..100' }]);
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > 366) {
    throw invalidInput('expiresInDays must be a whole number of days from 1 to 366', 'expiresInDays phải là số ngày nguyên từ 1 đến 366', [
      { field: 'expiresInDays', message: '1..366' },
    ]);
  }
  const scope = input.scope ? await resolveScopeUnit(ctx.db, input.scope) : null;
  if (scope && owner.scopeUnitId !== null && (await listUnitsOutsideScope(ctx.db, owner.scopeUnitId, [scope.id])).length > 0) {
    throw outsideScope([`${scope.code} (${owner.username})`]);
  }
  await requireWithinPrincipalScope(ctx.db, principalOf(ctx), scope?.id ?? owner.scopeUnitId, scope?.code ?? owner.username);
  const token = newApiToken();
  return ctx.db.transaction(async (tx) => {
    const id = await insertToken(tx, {
      userId: owner.id,
      name,
      prefix: token.slice(0, 12),
      tokenHash: sha256Hex(token),
      scopeUnitId: scope?.id ?? null,
      createdBy: ctx.actor,
      expiresInDays: input.expiresInDays,
    });
    const row = (await findTokenById(tx, id))!;
    await recordAuthEvent(tx, ctx, [row.scopeUnitId ?? owner.scopeUnitId], {
      action: 'token.create',
      entity: 'api_token',
      entityKey: String(id),
      after: auditedToken(row),
    });
    return { token, info: presentToken(row) };
  });
}

/** The caller's own tokens; an administrator may name an account in its scope; the installation sees all. */
export async function listApiTokens(ctx: ServiceContext, input: { user?: string | undefined } = {}): Promise<TokenView[]> {
  const p = principalOf(ctx);
  if (p.kind === 'public') throw notSignedIn();
  const now = new Date();
  if (input.user === undefined && p.kind === 'system') return (await selectTokens(ctx.db, {})).map((t) => presentToken(t, now));
  const owner = await tokenOwner(ctx, input.user);
  return (await selectTokens(ctx.db, { userId: owner.id })).map((t) => presentToken(t, now));
}

/** Revokes a token: its owner, or an administrator whose scope holds the owner. Kept and audited. */
export async function revokeApiToken(ctx: ServiceContext, id: number): Promise<TokenView> {
  const p = principalOf(ctx);
  if (p.kind === 'public') throw notSignedIn();
  const row = await findTokenById(ctx.db, id);
  if (!row) throw tokenNotFound(id);
  if (p.kind !== 'system' && p.userId !== row.userId) {
    requireAction(ctx, 'users.manage');
    const owner = (await findUserById(ctx.db, row.userId))!;
    await requireManageable(ctx, owner);
  }
  if (row.revokedAt) return presentToken(row);
  return ctx.db.transaction(async (tx) => {
    await revokeTokens(tx, [id], ctx.actor);
    const after = (await findTokenById(tx, id))!;
    const owner = (await findUserById(tx, row.userId))!;
    await recordAuthEvent(tx, ctx, [row.scopeUnitId ?? owner.scopeUnitId], {
      action: 'token.revoke',
      entity: 'api_token',
      entityKey: String(id),
      before: auditedToken(row),
      after: auditedToken(after),
    });
    return presentToken(after);
  });
}

const TOKEN_SHAPE = /^ictm_[\w-]{43}$/;

/** The account a presented token acts as; refuses (401 token_invalid) an unknown, expired or revoked token, or a disabled account. */
export async function resolveApiToken(ctx: ServiceContext, token: string): Promise<Authenticated> {
  if (!token.startsWith(API_TOKEN_PREFIX) || !TOKEN_SHAPE.test(token)) throw tokenInvalid('unknown');
  const t = await findTokenCredential(ctx.db, sha256Hex(token));
  if (!t) throw tokenInvalid('unknown');
  if (t.revoked) throw tokenInvalid('revoked');
  if (t.expired) throw tokenInvalid('expired');
  if (!t.active || !isRole(t.role)) throw tokenInvalid('inactive');
  if (!t.lastUsedAt || Date.now() - t.lastUsedAt.getTime() > 60_000) await touchToken(ctx.db, t.id);
  return {
    principal: {
      kind: 'user',
      userId: t.userId,
      username: t.username,
      role: t.role,
      scopeUnitId: t.scopeUnitId ?? t.userScopeUnitId,
      operatorCode: t.operatorCode,
      via: 'token',
      tokenId: t.id,
    },
    actor: `token:${t.username}/${t.name}`,
  };
}
