import type { CarePlan } from '../../shared/care-plan';
import { isFollowedInPractice } from '../../shared/active-patients';
import type { SnapshotRow } from '../db/queries';
import { visibleName } from '../../shared/display-text';

function yesNo(value: number | null): boolean | null {
  return value === null ? null : value === 1;
}

/**
 * A stored snapshot back in the domain's terms (the fields the rules read). The names lose any
 * zero-width or bidi-control characters here, so every worklist, panel, list, letter and SMS
 * built from the plan shows them as they read (`shared/display-text.ts`).
 */
export function planFromSnapshotRow(row: SnapshotRow): Omit<CarePlan, 'cpr' | 'birthDate' | 'sex'> {
  return {
    name: visibleName(row.name),
    practice: row.practice,
    gp: visibleName(row.gp),
    diabetesType: row.diabetes_type,
    primarySite: row.primary_site,
    hba1c: row.hba1c,
    hba1cDate: row.hba1c_date,
    hba1cTarget: row.hba1c_target,
    bpSystolic: row.bp_systolic,
    bpDiastolic: row.bp_diastolic,
    ualb: row.ualb as CarePlan['ualb'],
    smoking: yesNo(row.smoking),
    aceAt2: yesNo(row.ace_at2),
    statin: yesNo(row.statin),
    annualCheck: row.annual_check,
    eyeExam: row.eye_exam,
    footExam: row.foot_exam,
    rehab: yesNo(row.rehab),
    phone: row.phone,
  };
}

/** A snapshot of the latest extract is an active patient's when followed in general practice (`shared/active-patients.ts`). */
export function isActiveSnapshot(row: Pick<SnapshotRow, 'primary_site'>): boolean {
  return isFollowedInPractice(row.primary_site);
}
