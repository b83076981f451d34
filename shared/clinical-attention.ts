import { z } from 'zod';
import type { CarePlan, IsoDate } from './care-plan';
import { subtractMonthsClamped } from './calendar-dates';
import type { CarriedFields } from './extract-columns';

/**
 * Clinical-attention flags: values a GP would want to look at, kept apart from the follow-up
 * flags because they call for a consultation rather than a recall.
 */
export const clinicalFlags = [
  'hba1c_above_target',
  'hba1c_very_high',
  'bp_high',
  'smoking_unregistered',
  'no_statin',
  'albuminuria',
  'no_recent_hba1c',
  'no_bp',
] as const;
export const clinicalFlagSchema = z.enum(clinicalFlags);
export type ClinicalFlag = z.infer<typeof clinicalFlagSchema>;

/** Thresholds of the issue; shared by the rules and the explanations the UI shows. */
export const clinicalThresholds = {
  hba1cDefaultTarget: 53,
  hba1cVeryHigh: 75,
  systolic: 130,
  diastolic: 80,
  measurementMonths: 12,
} as const;

export type ClinicalSubject = Pick<
  CarePlan,
  'hba1c' | 'hba1cDate' | 'hba1cTarget' | 'bpSystolic' | 'bpDiastolic' | 'smoking' | 'statin' | 'ualb'
>;

/**
 * The clinical-attention flags of one care plan as of `asOf`. The extract carries no date for
 * the blood pressure, so "no BP in 12 months" can only be "no BP registered" (`no_bp`);
 * HbA1c has its date and is flagged when older than 12 months or missing. A rule whose field the
 * extract has no column for (`carried`) does not fire: an absent column says nothing of anyone.
 */
export function clinicalFlagsFor(plan: ClinicalSubject, asOf: IsoDate, carried: CarriedFields): ClinicalFlag[] {
  const flags: ClinicalFlag[] = [];
  if (plan.hba1c !== null) {
    if (plan.hba1c > (plan.hba1cTarget ?? clinicalThresholds.hba1cDefaultTarget)) flags.push('hba1c_above_target');
    if (plan.hba1c >= clinicalThresholds.hba1cVeryHigh) flags.push('hba1c_very_high');
  }
  if (
    (plan.bpSystolic !== null && plan.bpSystolic >= clinicalThresholds.systolic) ||
    (plan.bpDiastolic !== null && plan.bpDiastolic >= clinicalThresholds.diastolic)
  ) {
    flags.push('bp_high');
  }
  if (carried.has('smoking') && plan.smoking === null) flags.push('smoking_unregistered');
  if (carried.has('statin') && plan.statin !== true) flags.push('no_statin');
  if (plan.ualb !== null && plan.ualb !== '<30') flags.push('albuminuria');
  if (hasNoRecentHba1c(plan, asOf, carried)) flags.push('no_recent_hba1c');
  const bpCarried = carried.has('bp_systolic') || carried.has('bp_diastolic');
  if (bpCarried && plan.bpSystolic === null && plan.bpDiastolic === null) flags.push('no_bp');
  return flags;
}

/**
 * No HbA1c at all (where the extract has the value's column), or none dated within 12 months
 * (where it has the date's column). Without the date column a value's age is unknown.
 */
function hasNoRecentHba1c(plan: ClinicalSubject, asOf: IsoDate, carried: CarriedFields): boolean {
  if (carried.has('hba1c') && plan.hba1c === null) return true;
  if (!carried.has('hba1c_date')) return false;
  const measurementStart = subtractMonthsClamped(asOf, clinicalThresholds.measurementMonths);
  return plan.hba1cDate === null || plan.hba1cDate < measurementStart;
}
