/** JSON over fetch, with the server's `{ error: { code, message } }` turned into an ApiError. */

/** A failed API call: HTTP status (0 when the server could not be reached), stable code, message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's Vietnamese wording of the message, when it sent one. */
  readonly messageVi: string | undefined;

  constructor(status: number, code: string, message: string, messageVi?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messageVi = messageVi;
  }
}

/** Fetches `url` and parses JSON; throws ApiError for a network failure or a 4xx/5xx answer. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw apiErrorFromBody(response.status, response.statusText, body);
  if (body === undefined) throw new ApiError(response.status, 'invalid_json', 'The server did not answer with JSON');
  return body as T;
}

/** Sends a bodiless POST or DELETE and parses the JSON answer (undefined for 204); throws ApiError like fetchJson. */
export async function sendJson<T>(method: 'POST' | 'DELETE', url: string): Promise<T | undefined> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { accept: 'application/json' } });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  if (response.status === 204) return undefined;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw apiErrorFromBody(response.status, response.statusText, body);
  return body as T;
}

/** The ApiError for a 4xx/5xx answer, from its `{ error }` body when it has one. */
export function apiErrorFromBody(status: number, statusText: string, body: unknown): ApiError {
  const error = readErrorBody(body);
  return new ApiError(status, error?.code ?? `http_${status}`, error?.message || statusText, error?.messageVi);
}

/** Builds a path with a query string, leaving out undefined and null parameters. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

function readErrorBody(body: unknown): { code: string; message: string; messageVi?: string } | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message, messageVi } = error as { code?: unknown; message?: unknown; messageVi?: unknown };
  return {
    code: typeof code === 'string' ? code : 'error',
    message: typeof message === 'string' ? message : '',
    ...(typeof messageVi === 'string' ? { messageVi } : {}),
  };
}
