/** A React hook around fetchJson: loads a URL, cancels stale requests, exposes loading/error/retry. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, fetchJson } from './http.ts';

export interface ApiState<T> {
  /** The answer for the current URL (or, with keepPrevious, the last answer while the next loads). */
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  retry(): void;
}

interface Loaded<T> {
  url: string;
  data?: T;
  error?: ApiError;
}

/** Loads `url` as JSON whenever it changes; null loads nothing. */
export function useApi<T>(url: string | null, options: { keepPrevious?: boolean } = {}): ApiState<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    fetchJson<T>(url, controller.signal).then(
      (data) => setLoaded({ url, data }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ url, error: err instanceof ApiError ? err : new ApiError(0, 'network', String(err)) });
      },
    );
    return () => controller.abort();
  }, [url, attempt]);

  const retry = useCallback(() => {
    setLoaded((prev) => (prev ? { url: prev.url, ...(prev.data !== undefined ? { data: prev.data } : {}) } : prev));
    setAttempt((n) => n + 1);
  }, []);

  const isCurrent = loaded !== undefined && loaded.url === url;
  const isLoading = url !== null && (!isCurrent || (loaded.data === undefined && loaded.error === undefined));
  const data = isCurrent || options.keepPrevious ? loaded?.data : undefined;
  return { data, error: isCurrent ? loaded.error : undefined, isLoading, retry };
}
