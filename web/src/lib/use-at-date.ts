/**
 * The date the UI looks at: the `?at=YYYY-MM-DD` query parameter, today (in Vietnam) when absent.
 * Links made with `linkTo` keep it, so the date survives navigation.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayInVietnam } from '../../../src/domain/units/dates.ts';

export interface AtDate {
  /** The effective date, ISO. */
  at: string;
  today: string;
  /** The `at` parameter when present but not a real date (the UI then shows today and says so). */
  invalidParam: string | null;
  /** Sets the date; null returns to the default (today) by removing the parameter. */
  setAt(iso: string | null): void;
  /** `path` with the current `?at=` (or `at` when given). */
  linkTo(path: string, at?: string): string;
}

/** Reads and updates the `?at=` date of the current location. */
export function useAtDate(): AtDate {
  const [params, setParams] = useSearchParams();
  const raw = params.get('at');
  const today = todayInVietnam();
  const isValid = raw !== null && isIsoDate(raw);
  const at = isValid ? raw : today;

  const setAt = useCallback(
    (iso: string | null) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (iso === null) next.delete('at');
        else next.set('at', iso);
        return next;
      }),
    [setParams],
  );

  const linkTo = useCallback(
    (path: string, override?: string) => {
      const date = override ?? (isValid ? raw : null);
      return date ? `${path}?at=${date}` : path;
    },
    [isValid, raw],
  );

  return { at, today, invalidParam: raw !== null && !isValid ? raw : null, setAt, linkTo };
}
