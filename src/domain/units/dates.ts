/** Calendar dates as ISO strings ('YYYY-MM-DD'), the only date form passed between layers. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date in ISO form (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Parses a date typed by a user: ISO (2025-07-01) or Vietnamese (01/07/2025, 1/7/2025). */
export function parseUserDate(value: string): string | undefined {
  const v = value.trim();
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Adds `days` (may be negative) to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in Vietnam (UTC+7), as ISO. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** True when a validity interval [from, to] (inclusive, nulls open) contains `date`. */
export function isInForce(validFrom: string | null, validTo: string | null, date: string): boolean {
  return (validFrom === null || validFrom <= date) && (validTo === null || validTo >= date);
}
