/**
 * Accounts and API tokens (`/api/users…`, `/api/me/password`, `/api/tokens…`, issue #6): administrators
 * list, create and change the accounts of their scope; everyone changes their own password and manages
 * their own tokens. A created token is in the answer of its creation only.
 */
import type { AccountView, TokenView } from '../../../src/services/auth/account-views.ts';
import { requestJsonBody, withQuery } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';

export type ApiToken = TokenView;

/** The accounts within the administrator’s scope (null loads nothing); retry() reloads them. */
export function useAccounts(enabled: boolean): ApiState<{ accounts: AccountView[] }> {
  return useApi<{ accounts: AccountView[] }>(enabled ? '/api/users' : null, { keepPrevious: true });
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: string;
  /** A unit code (a commune for officers, a province for the others); null: the whole country. */
  scope: string | null;
  operatorCode?: string | null;
  password?: string;
}

/** Creates an account. */
export function createAccount(input: NewAccount): Promise<AccountView> {
  return requestJsonBody<AccountView>('POST', '/api/users', input);
}

export interface AccountChanges {
  displayName?: string;
  role?: string;
  scope?: string | null;
  operatorCode?: string | null;
  active?: boolean;
  reason?: string;
}

const userUrl = (username: string) => `/api/users/${encodeURIComponent(username)}`;

/** Changes an account (name, role, scope, operator, disabled/enabled). */
export function updateAccount(username: string, changes: AccountChanges): Promise<AccountView> {
  return requestJsonBody<AccountView>('PATCH', userUrl(username), changes);
}

/** Sets another account's password (its sessions end). */
export function setAccountPassword(username: string, password: string): Promise<AccountView> {
  return requestJsonBody<AccountView>('POST', `${userUrl(username)}/password`, { password });
}

/** Lifts a lock-out after failed sign-ins. */
export function unlockAccount(username: string): Promise<AccountView> {
  return requestJsonBody<AccountView>('POST', `${userUrl(username)}/unlock`);
}

/** Changes the signed-in account's own password (its other sessions end). */
export function changeOwnPassword(currentPassword: string, newPassword: string): Promise<AccountView> {
  return requestJsonBody<AccountView>('POST', '/api/me/password', { currentPassword, newPassword });
}

/** The signed-in account's tokens (null loads nothing). */
export function useTokens(enabled: boolean): ApiState<{ tokens: ApiToken[] }> {
  return useApi<{ tokens: ApiToken[] }>(enabled ? withQuery('/api/tokens', {}) : null, { keepPrevious: true });
}

/** Creates a token: the answer is the only time it is shown. */
export function createToken(name: string, expiresInDays: number): Promise<{ token: string; info: ApiToken }> {
  return requestJsonBody<{ token: string; info: ApiToken }>('POST', '/api/tokens', { name, expiresInDays });
}

/** Revokes a token (it stays listed, marked revoked). */
export function revokeToken(id: number): Promise<ApiToken> {
  return requestJsonBody<ApiToken>('DELETE', `/api/tokens/${id}`);
}
