/**
 * Who is signed in (issue #6), for every page: the account (null for the public), whether it is known
 * yet, and what its role may do (`can('submission.review')`), from the same table of roles and actions
 * the server checks (src/domain/access/roles.ts). The server decides; the UI only hides what would be
 * refused. Signing in and out goes through here, so the header and the pages follow at once.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { NATIONAL_ACTIONS, roleMay, type Action } from '../../../src/domain/access/roles.ts';
import { signIn as apiSignIn, signOut as apiSignOut, completeSetup as apiSetup, type Account, type SetupInput } from '../api/auth.ts';
import { onSessionRead, readSession, type SessionAnswer } from '../api/http.ts';

export interface Session {
  /** 'loading' until the first answer of GET /api/auth/session. */
  status: 'loading' | 'ready';
  /** The signed-in account; null for the public. */
  user: Account | null;
  /** Whether the signed-in account's role may take `action` (the server still checks its scope). */
  can(action: Action): boolean;
  signIn(username: string, password: string): Promise<Account | null>;
  signOut(): Promise<void>;
  setup(input: SetupInput): Promise<Account | null>;
  /** Reads the session again (after a password change, or a 401 from a page). */
  refresh(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Provides the session to the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [answer, setAnswer] = useState<SessionAnswer | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  // Every session answer read anywhere (a refused CSRF token re-reads it) updates who is signed in.
  useEffect(() => onSessionRead(setAnswer), []);

  useEffect(() => {
    const controller = new AbortController();
    readSession(controller.signal).catch(() => {
      // Unreachable server: the pages say so themselves; the header shows the sign-in link.
      if (!controller.signal.aborted) setAnswer({ user: null, via: 'none', csrfToken: null });
    });
    return () => controller.abort();
  }, [attempt]);

  const user = answer?.user ?? null;
  const can = useCallback(
    (action: Action) => {
      if (!user || !user.active) return false;
      if (NATIONAL_ACTIONS.has(action) && user.scope !== null) return false;
      return roleMay(user.role, action);
    },
    [user],
  );

  const value = useMemo<Session>(
    () => ({
      status: answer === undefined ? 'loading' : 'ready',
      user,
      can,
      signIn: async (username, password) => (await apiSignIn(username, password)).user,
      signOut: async () => {
        await apiSignOut();
      },
      setup: async (input) => (await apiSetup(input)).user,
      refresh: () => setAttempt((n) => n + 1),
    }),
    [answer, user, can],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session: the account signed in and what it may do. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
