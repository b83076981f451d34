import { z } from 'zod';
import type { IsoDate } from './care-plan';
import { addDays, daysBetween, subtractMonthsClamped } from './calendar-dates';
import type { CarriedFields, ValueField } from './extract-columns';
import { windowStart, type FollowUpFlag, type FollowUpWindows } from './follow-up-rules';

/** The three checks a care plan follows, each with the flag it raises when missed. */
export const checkKinds = ['annual', 'eye', 'foot'] as const;
export const checkKindSchema = z.enum(checkKinds);
export type CheckKind = z.infer<typeof checkKindSchema>;

export const flagOfCheck: Record<CheckKind, FollowUpFlag> = {
  annual: 'annual_overdue',
  eye: 'eye_missing',
  foot: 'foot_missing',
};

/** The field (and so the column) each check is read from. */
export const fieldOfCheck: Record<CheckKind, ValueField> = {
  annual: 'annual_check',
  eye: 'eye_exam',
  foot: 'foot_exam',
};

/** The checks whose column the extract lacks: nothing is known of them, for anyone. */
export function absentChecksOf(carried: CarriedFields): CheckKind[] {
  return checkKinds.filter((check) => !carried.has(fieldOfCheck[check]));
}

export function windowMonthsOf(check: CheckKind, windows: FollowUpWindows): number {
  if (check === 'annual') return windows.annualCheckMonths;
  return check === 'eye' ? windows.eyeExamMonths : windows.footExamMonths;
}

/**
 * Graded rather than one red mark, as the best recall tools do: a check is ok, due soon,
 * overdue, overdue for over a year, or never registered. `overdue`, `overdue_long` and
 * `never` are exactly the cases where the follow-up flag is raised. `not_in_extract`: the
 * extract has no column for the check, so nothing is known (never a flag, on no list).
 */
export const checkStates = ['ok', 'due_soon', 'overdue', 'overdue_long', 'never', 'not_in_extract'] as const;
export const checkStateSchema = z.enum(checkStates);
export type CheckState = z.infer<typeof checkStateSchema>;

export const checkStatusSchema = z.object({
  check: checkKindSchema,
  state: checkStateSchema,
  lastDone: z.string().nullable(),
  windowMonths: z.number().int(),
  /** The oldest date that still counts as inside the window on the as-of date. */
  windowStart: z.string(),
  /** The first as-of date on which the check counts as overdue; null when never done. */
  overdueFrom: z.string().nullable(),
  /** Days since `overdueFrom` (negative: days until it); null when never done. */
  daysOverdue: z.number().int().nullable(),
});
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export function isFlagged(state: CheckState): boolean {
  return state === 'overdue' || state === 'overdue_long' || state === 'never';
}

/**
 * The first date A on which `lastDone` falls before A − months. Clamping to month ends makes
 * A − months stand still for a few days at a month's end, so step from the plain month sum.
 */
export function overdueFromDate(lastDone: IsoDate, months: number): IsoDate {
  const key = `${lastDone}|${months}`;
  let result = overdueFromCache.get(key);
  if (result === undefined) {
    result = subtractMonthsClamped(lastDone, -months);
    while (!(lastDone < windowStart(result, months))) result = addDays(result, 1);
    if (overdueFromCache.size >= 200_000) overdueFromCache.clear();
    overdueFromCache.set(key, result);
  }
  return result;
}

// Many patients share a date; the answer for a date never changes, so it is kept.
const overdueFromCache = new Map<string, IsoDate>();

export interface StateRules {
  /** A check that turns overdue within this many days of the as-of date is due soon. */
  dueSoonDays: number;
}

/**
 * The graded state of one check as of `asOf`; the boundary date itself is inside the window.
 * `carried` is false when the extract has no column for the check.
 */
export function checkStatusFor(
  check: CheckKind,
  lastDone: IsoDate | null,
  asOf: IsoDate,
  windows: FollowUpWindows,
  rules: StateRules,
  carried: boolean,
): CheckStatus {
  const months = windowMonthsOf(check, windows);
  const start = windowStart(asOf, months);
  if (!carried) {
    return { check, state: 'not_in_extract', lastDone: null, windowMonths: months, windowStart: start, overdueFrom: null, daysOverdue: null };
  }
  if (lastDone === null) {
    return { check, state: 'never', lastDone, windowMonths: months, windowStart: start, overdueFrom: null, daysOverdue: null };
  }
  const overdueFrom = overdueFromDate(lastDone, months);
  const daysOverdue = daysBetween(overdueFrom, asOf);
  let state: CheckState;
  if (lastDone >= start) state = daysOverdue + rules.dueSoonDays >= 0 ? 'due_soon' : 'ok';
  else state = overdueFrom <= subtractMonthsClamped(asOf, 12) ? 'overdue_long' : 'overdue';
  return { check, state, lastDone, windowMonths: months, windowStart: start, overdueFrom, daysOverdue };
}

export interface GraceSubject {
  /** The extract date of the first extract the patient was in. */
  firstExtractDate: IsoDate;
  /** The extract date of the practice's first extract: its patients are not new. */
  earliestExtractDate: IsoDate;
}

/**
 * New patients get time to be seen before they are recalled. Everyone in the practice's first
 * extract is an existing patient, or the first import would empty every list for months.
 * Returns the last day of the grace period, or null when the patient is not in one.
 */
export function graceUntil(subject: GraceSubject, asOf: IsoDate, graceMonths: number): IsoDate | null {
  if (graceMonths === 0 || subject.firstExtractDate <= subject.earliestExtractDate) return null;
  const end = addDays(subtractMonthsClamped(subject.firstExtractDate, -graceMonths), -1);
  return asOf <= end && subject.firstExtractDate <= asOf ? end : null;
}
