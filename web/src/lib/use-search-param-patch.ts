/** The address's query as state: read it, and patch some keys (an empty value removes the key). */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type SearchPatch<K extends string> = (patch: Partial<Record<K, string | undefined>>, replace?: boolean) => void;

/** The current search parameters and a function that sets or removes some of them. */
export function useSearchParamPatch<K extends string>(): { params: URLSearchParams; update: SearchPatch<K> } {
  const [params, setParams] = useSearchParams();
  const update = useCallback<SearchPatch<K>>(
    (patch, replace = false) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch) as Array<[string, string | undefined]>) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace },
      ),
    [setParams],
  );
  return { params, update };
}
