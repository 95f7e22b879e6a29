/**
 * Calendar checks that `Date.parse` does not make: it rolls 2025-02-30 over to
 * 2025-03-02, so a date is real only if reading it back gives the same day.
 */
const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** True when the string starts with a real YYYY-MM-DD day (the time part, if any, is not checked here). */
export function isRealDay(value: string): boolean {
  const match = YEAR_MONTH_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
