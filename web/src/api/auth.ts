/**
 * Sign-in API (`/api/auth/*`, issue #6): sign in and out, first-run setup, who is signed in. Every answer
 * that carries a CSRF token hands it to http.ts, which adds it to each request that changes state.
 */
import type { AccountView } from '../../../src/services/auth/account-views.ts';
import { readSession, requestJsonBody, setCsrfToken, type SessionAnswer } from './http.ts';
import { useApi, type ApiState } from './use-api.ts';

export type Account = AccountView;

/** What a sign-in or the first-run setup answers. */
export interface SignedIn {
  user: Account;
  csrfToken: string;
  expiresAt: string;
}

/** Signs in (the server sets the HttpOnly cookie), keeps the CSRF token, then reads the session again. */
export async function signIn(username: string, password: string): Promise<SessionAnswer> {
  const signed = await requestJsonBody<SignedIn>('POST', '/api/auth/login', { username, password });
  setCsrfToken(signed.csrfToken);
  return readSession();
}

/** Signs out (the server ends the session and clears the cookie), then reads the session again. */
export async function signOut(): Promise<SessionAnswer> {
  try {
    await requestJsonBody<{ ok: boolean }>('POST', '/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
  return readSession();
}

/** Whether the installation still waits for its first administrator (null loads nothing). */
export function useSetupNeeded(): ApiState<{ needed: boolean }> {
  return useApi<{ needed: boolean }>('/api/auth/setup');
}

export interface SetupInput {
  code: string;
  username: string;
  displayName: string;
  password: string;
}

/** Creates the first national administrator with the setup code printed by `ictmon serve`, and signs it in. */
export async function completeSetup(input: SetupInput): Promise<SessionAnswer> {
  const signed = await requestJsonBody<SignedIn>('POST', '/api/auth/setup', input);
  setCsrfToken(signed.csrfToken);
  return readSession();
}
