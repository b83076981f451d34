/**
 * When the app starts, a daily backup is due unless one was already taken on the same calendar
 * day (the machine's local time, which is the practice's). A pure function of the clock and the
 * newest backup's time, so the rule is tested without waiting for days to pass.
 */
export function isDailyBackupDue(now: Date, newestBackupAt: Date | null): boolean {
  if (newestBackupAt === null) return true;
  if (newestBackupAt.getTime() > now.getTime()) return false;
  return localDay(now) !== localDay(newestBackupAt);
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}
