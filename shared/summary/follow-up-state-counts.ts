import type { IsoDate } from '../care-plan';
import type { FollowUpWindows } from '../follow-up-rules';
import { checkKinds, checkStates, checkStatusFor, type CheckKind, type CheckState, type StateRules } from '../follow-up-states';
import type { SummaryPatient } from './compute-indicators';

export type FollowUpStateCounts = Record<CheckKind, Record<CheckState, number>>;

/**
 * How many patients are in each graded follow-up state (ok, due soon, overdue, overdue over a
 * year, never registered) per check, over the patients followed in general practice. For the
 * practice's own dashboard: the network summary publishes the indicators, not these.
 */
export function followUpStateCounts(
  patients: Iterable<Pick<SummaryPatient, 'primarySite' | 'annualCheck' | 'eyeExam' | 'footExam'>>,
  asOf: IsoDate,
  windows: FollowUpWindows,
  rules: StateRules,
): FollowUpStateCounts {
  const counts = Object.fromEntries(
    checkKinds.map((check) => [check, Object.fromEntries(checkStates.map((state) => [state, 0]))]),
  ) as FollowUpStateCounts;
  for (const patient of patients) {
    if (patient.primarySite !== 'general_practice') continue;
    const lastDone: Record<CheckKind, IsoDate | null> = { annual: patient.annualCheck, eye: patient.eyeExam, foot: patient.footExam };
    for (const check of checkKinds) counts[check][checkStatusFor(check, lastDone[check], asOf, windows, rules).state]++;
  }
  return counts;
}
