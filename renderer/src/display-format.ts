/**
 * How the domain's values look on screen, the way Danish clinics write them. Dates stay strings
 * end to end: cutting `YYYY-MM-DD` apart never shifts a day with the time zone.
 */

/** `0101701234` → `010170-1234`. Anything else is shown as it came. */
export function formatCpr(cpr: string): string {
  return /^\d{10}$/.test(cpr) ? `${cpr.slice(0, 6)}-${cpr.slice(6)}` : cpr;
}

/** `2026-05-31` → `31-05-2026`. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : isoDate;
}

/** An ISO timestamp as the local date and time it happened: `31-05-2026 14:05`. */
export function formatTimestamp(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}-${pad(date.getMonth() + 1)}-${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
