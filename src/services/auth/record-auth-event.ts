/** Writes the audit event of an account, session or token change (in the caller's transaction). */
import type { Queryable } from '../../db/database.ts';
import { insertAuthEvent, type AuthEvent } from '../../db/queries/auth/insert-auth-event.ts';
import type { ServiceContext } from '../context.ts';
import { provincesOfScopes } from './account-scope.ts';

/** Records `event` as done by the context's actor from its address; the provinces are those of `scopes` (null = the whole country). */
export async function recordAuthEvent(
  tx: Queryable,
  ctx: ServiceContext,
  scopes: readonly (number | null)[],
  event: Omit<AuthEvent, 'actor' | 'ip' | 'provinceIds'>,
): Promise<void> {
  await insertAuthEvent(tx, { ...event, actor: ctx.actor, ip: ctx.ip ?? null, provinceIds: await provincesOfScopes(tx, scopes) });
}
