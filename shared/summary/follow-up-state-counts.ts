import type { IsoDate } from '../care-plan';
import type { FollowUpWindows } from '../follow-up-rules';
import type { CarriedFields } from '../extract-columns';
import { checkKinds, checkStates, checkStatusFor, fieldOfCheck, type CheckKind, type CheckState, type StateRules } from '../follow-up-states';
import { isInSummaryPopulation, type SummaryPatient } from './compute-indicators';

export type FollowUpStateCounts = Record<CheckKind, Record<CheckState, number>>;

/**
 * How many patients are in each graded follow-up state (ok, due soon, overdue, overdue over a
 * year, never registered, not in the extract) per check, over the summary's population (N). For the
 * practice's own dashboard: the network summary publishes the indicators, not these.
 */
export function followUpStateCounts(
  patients: Iterable<Pick<SummaryPatient, 'primarySite' | 'diabetesType' | 'annualCheck' | 'eyeExam' | 'footExam'>>,
  asOf: IsoDate,
  windows: FollowUpWindows,
  rules: StateRules,
  carried: CarriedFields,
): FollowUpStateCounts {
  const counts = Object.fromEntries(
    checkKinds.map((check) => [check, Object.fromEntries(checkStates.map((state) => [state, 0]))]),
  ) as FollowUpStateCounts;
  for (const patient of patients) {
    if (!isInSummaryPopulation(patient)) continue;
    const lastDone: Record<CheckKind, IsoDate | null> = { annual: patient.annualCheck, eye: patient.eyeExam, foot: patient.footExam };
    for (const check of checkKinds) {
      counts[check][checkStatusFor(check, lastDone[check], asOf, windows, rules, carried.has(fieldOfCheck[check])).state]++;
    }
  }
  return counts;
}
