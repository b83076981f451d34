import { isIsoDate } from '../../shared/calendar-dates';

/** The host's clock: every "today" and every timestamp the app writes comes from one of these. */
export type Clock = () => Date;

export const realClock: Clock = () => new Date();

/**
 * A clock whose day is `today` (in Copenhagen) and whose time still runs, so timestamps keep their
 * order (audit trail, backups, undo of the latest import). It starts at noon UTC, 13:00 or 14:00 in
 * Copenhagen: ten hours before it could cross midnight, far beyond any test run.
 */
export function clockStartingOn(today: string, elapsedMs: () => number = () => performance.now()): Clock {
  const start = Date.parse(`${today}T12:00:00Z`);
  const startedAt = elapsedMs();
  return () => new Date(start + (elapsedMs() - startedAt));
}

/** `--today ÅÅÅÅ-MM-DD` of the browser host, for tests that need a known day; without it, the real clock. */
export function clockFromOption(today: string | undefined): Clock {
  if (today === undefined) return realClock;
  if (!isIsoDate(today)) {
    throw new Error(`--today skal være en dato som ÅÅÅÅ-MM-DD, fx 2026-11-23; '${today}' er ikke en dato.`);
  }
  return clockStartingOn(today);
}
