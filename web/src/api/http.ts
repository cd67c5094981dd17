/**
 * JSON over fetch, with the server's `{ error: { code, message } }` turned into an ApiError, and the one
 * place where the session's CSRF token is added: every request that may change state (POST, PUT, PATCH,
 * DELETE) carries `x-csrf-token` (issue #6). The token comes from the session answer (sign-in, first-run
 * setup, GET /api/auth/session); a 403 csrf_refused refreshes it from GET /api/auth/session and retries once.
 */
import type { AccountView } from '../../../src/services/auth/account-views.ts';

/** A failed API call: HTTP status (0 when the server could not be reached), stable code, message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's Vietnamese wording of the message, when it sent one. */
  readonly messageVi: string | undefined;
  /** The server's per-item details (each refused submission, each broken password rule…). */
  readonly details: ApiErrorDetail[];

  constructor(status: number, code: string, message: string, messageVi?: string, details: ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messageVi = messageVi;
    this.details = details;
  }
}

/** One item of an error's `details`. */
export interface ApiErrorDetail {
  field?: string;
  value?: string;
  code?: string;
  message?: string;
  messageVi?: string;
}

/** What GET /api/auth/session answers: the account signed in (null: nobody) and its CSRF token. */
export interface SessionAnswer {
  user: AccountView | null;
  via: string;
  csrfToken: string | null;
}

export const CSRF_HEADER = 'x-csrf-token';
const SESSION_URL = '/api/auth/session';

let csrfToken: string | null = null;
const sessionListeners = new Set<(session: SessionAnswer) => void>();

/** Keeps the CSRF token of the current session (null: signed out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token to send, if a session is known. */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Calls `listener` with every session answer read here (after a refused token); returns the unsubscribe. */
export function onSessionRead(listener: (session: SessionAnswer) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Reads who is signed in, keeps the CSRF token and tells the listeners (the session context). */
export async function readSession(signal?: AbortSignal): Promise<SessionAnswer> {
  const session = await fetchJson<SessionAnswer>(SESSION_URL, signal);
  setCsrfToken(session.csrfToken);
  for (const listener of sessionListeners) listener(session);
  return session;
}

/** True for an answer that refused the CSRF token (stale after a sign-in elsewhere, or never read). */
export function isCsrfRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === 'csrf_refused';
}

/**
 * Runs `send` (which reads the token through currentCsrfToken()), and on a 403 csrf_refused reads the
 * session again and runs it once more. Shared by JSON requests and the upload (XMLHttpRequest).
 */
export async function withCsrfRetry<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (err) {
    if (!isCsrfRefusal(err)) throw err;
    await readSession();
    return send();
  }
}

/**
 * A 401 while a session was believed open means it ended (idle, expired, signed out elsewhere): read the
 * session again, so that the pages turn to what the public sees and offer to sign in.
 */
function noticeSessionEnd(error: ApiError): ApiError {
  if (error.status === 401 && error.code === 'not_signed_in' && csrfToken !== null) {
    setCsrfToken(null);
    readSession().catch(() => {
      // Unreachable server: the page shows its own error.
    });
  }
  return error;
}

/** Fetches `url` and parses JSON; throws ApiError for a network failure or a 4xx/5xx answer. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null, credentials: 'same-origin' });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw noticeSessionEnd(apiErrorFromBody(response.status, response.statusText, body));
  if (body === undefined) throw new ApiError(response.status, 'invalid_json', 'The server did not answer with JSON');
  return body as T;
}

export type ChangeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a state-changing request (with a JSON body when `body` is given), with the CSRF token, and parses
 * the JSON answer (undefined for 204); throws ApiError like fetchJson.
 */
export function requestJson<T>(method: ChangeMethod, url: string, body?: unknown): Promise<T | undefined> {
  return withCsrfRetry(async () => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = currentCsrfToken();
    if (token) headers[CSRF_HEADER] = token;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch (err) {
      throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
    }
    if (response.status === 204) return undefined;
    const answer: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw noticeSessionEnd(apiErrorFromBody(response.status, response.statusText, answer));
    return answer as T;
  });
}

/** Like requestJson, for answers that must have a body. */
export async function requestJsonBody<T>(method: ChangeMethod, url: string, body?: unknown): Promise<T> {
  const answer = await requestJson<T>(method, url, body);
  if (answer === undefined) throw new ApiError(204, 'invalid_json', 'The server did not answer with JSON');
  return answer;
}

/** Sends a bodiless POST or DELETE and parses the JSON answer (undefined for 204); throws ApiError like fetchJson. */
export function sendJson<T>(method: 'POST' | 'DELETE', url: string): Promise<T | undefined> {
  return requestJson<T>(method, url);
}

/** The ApiError for a 4xx/5xx answer, from its `{ error }` body when it has one. */
export function apiErrorFromBody(status: number, statusText: string, body: unknown): ApiError {
  const error = readErrorBody(body);
  return new ApiError(status, error?.code ?? `http_${status}`, error?.message || statusText, error?.messageVi, error?.details ?? []);
}

/** Any thrown value as an ApiError. */
export function toApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
}

/** Builds a path with a query string, leaving out undefined and null parameters. */
export function withQuery(path: string, params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

function readErrorBody(body: unknown): { code: string; message: string; messageVi?: string; details: ApiErrorDetail[] } | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message, messageVi, details } = error as { code?: unknown; message?: unknown; messageVi?: unknown; details?: unknown };
  return {
    code: typeof code === 'string' ? code : 'error',
    message: typeof message === 'string' ? message : '',
    ...(typeof messageVi === 'string' ? { messageVi } : {}),
    details: Array.isArray(details) ? details.filter((d): d is ApiErrorDetail => typeof d === 'object' && d !== null) : [],
  };
}
