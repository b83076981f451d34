import { z } from 'zod';
import type { CarePlan, IsoDate } from './care-plan';
import { isActivePatient } from './active-patients';
import { subtractMonthsClamped } from './calendar-dates';
import type { CarriedFields } from './extract-columns';

export const followUpFlags = ['annual_overdue', 'eye_missing', 'foot_missing'] as const;
export const followUpFlagSchema = z.enum(followUpFlags);
export type FollowUpFlag = z.infer<typeof followUpFlagSchema>;

export const followUpWindowsSchema = z.object({
  annualCheckMonths: z.number().int().min(1).max(120),
  eyeExamMonths: z.number().int().min(1).max(120),
  footExamMonths: z.number().int().min(1).max(120),
});
export type FollowUpWindows = z.infer<typeof followUpWindowsSchema>;

/** The windows of `extract-format.md`; a practice may change them in settings. */
export const defaultFollowUpWindows: FollowUpWindows = {
  annualCheckMonths: 15,
  eyeExamMonths: 24,
  footExamMonths: 24,
};

/** What decides whether a patient is followed up at all. */
export interface FollowUpSubject {
  plan: Pick<CarePlan, 'primarySite' | 'annualCheck' | 'eyeExam' | 'footExam'>;
  /** False when the patient was not in the latest extract. */
  inLatestExtract: boolean;
}

/** The oldest date that still counts as inside a window ending at `asOf`; the boundary itself is inside. */
export function windowStart(asOf: IsoDate, months: number): IsoDate {
  return subtractMonthsClamped(asOf, months);
}

function isMissingSince(lastDone: IsoDate | null, asOf: IsoDate, months: number): boolean {
  return lastDone === null || lastDone < windowStart(asOf, months);
}

/**
 * The follow-up flags of one patient as of `asOf`. Patients followed at hospital, or absent
 * from the latest extract, are not the practice's to recall and get none; a check whose column
 * the latest extract lacks (`carried`) raises no flag for anyone.
 */
export function followUpFlagsFor(
  subject: FollowUpSubject,
  asOf: IsoDate,
  windows: FollowUpWindows,
  carried: CarriedFields,
): FollowUpFlag[] {
  if (!isActivePatient({ primarySite: subject.plan.primarySite, inLatestExtract: subject.inLatestExtract })) return [];
  const flags: FollowUpFlag[] = [];
  const { plan } = subject;
  if (carried.has('annual_check') && isMissingSince(plan.annualCheck, asOf, windows.annualCheckMonths)) flags.push('annual_overdue');
  if (carried.has('eye_exam') && isMissingSince(plan.eyeExam, asOf, windows.eyeExamMonths)) flags.push('eye_missing');
  if (carried.has('foot_exam') && isMissingSince(plan.footExam, asOf, windows.footExamMonths)) flags.push('foot_missing');
  return flags;
}
