import type { CarePlan, IsoDate } from '../care-plan';
import { defaultFollowUpWindows, windowStart, type FollowUpWindows } from '../follow-up-rules';
import { ageBand, ageOn, breakdownKeys, hba1cBand, type BreakdownId, type BreakdownKey } from './breakdowns';
import { indicatorIds, type IndicatorId } from './indicator-definitions';

/** What the summary reads of one patient: no CPR, name, phone or free text ever reaches it. */
export type SummaryPatient = Pick<
  CarePlan,
  | 'sex'
  | 'birthDate'
  | 'diabetesType'
  | 'primarySite'
  | 'hba1c'
  | 'bpSystolic'
  | 'bpDiastolic'
  | 'ualb'
  | 'smoking'
  | 'statin'
  | 'annualCheck'
  | 'eyeExam'
  | 'footExam'
  | 'rehab'
>;

/** The exact counts before disclosure control. They never leave the practice as they are. */
export interface RawSummaryTable {
  population: number;
  indicators: Record<IndicatorId, number>;
  breakdowns: { [B in BreakdownId]: Record<BreakdownKey<B>, number> };
}

/** The first day inside each window ending at `asOf`: worked out once per table, not per patient. */
interface WindowStarts {
  asOf: IsoDate;
  annual: IsoDate;
  eye: IsoDate;
  foot: IsoDate;
}

function windowStarts(asOf: IsoDate, windows: FollowUpWindows): WindowStarts {
  return {
    asOf,
    annual: windowStart(asOf, windows.annualCheckMonths),
    eye: windowStart(asOf, windows.eyeExamMonths),
    foot: windowStart(asOf, windows.footExamMonths),
  };
}

function within(date: IsoDate | null, start: IsoDate, asOf: IsoDate): boolean {
  // The boundary is inside the window, as for the follow-up flags; a date after `asOf` is not yet.
  return date !== null && date >= start && date <= asOf;
}

/** Whether one patient counts in each indicator's numerator. */
export function indicatorHits(patient: SummaryPatient, asOf: IsoDate, windows: FollowUpWindows): Record<IndicatorId, boolean> {
  return hitsWithin(patient, windowStarts(asOf, windows));
}

function hitsWithin(patient: SummaryPatient, starts: WindowStarts): Record<IndicatorId, boolean> {
  return {
    annual_check: within(patient.annualCheck, starts.annual, starts.asOf),
    rehab_offered: patient.rehab === true,
    foot_exam: within(patient.footExam, starts.foot, starts.asOf),
    eye_exam: within(patient.eyeExam, starts.eye, starts.asOf),
    bp_systolic_below_130: patient.bpSystolic !== null && patient.bpSystolic < 130,
    bp_diastolic_below_80: patient.bpDiastolic !== null && patient.bpDiastolic < 80,
    smoking_registered: patient.smoking !== null,
    statin: patient.statin === true,
    hba1c_below_59: patient.hba1c !== null && patient.hba1c < 59,
    hba1c_75_or_above: patient.hba1c !== null && patient.hba1c >= 75,
    bp_registered: patient.bpSystolic !== null && patient.bpDiastolic !== null,
    ualb_registered: patient.ualb !== null,
  };
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * The indicators and breakdowns as of `asOf` over the patients of the current extract who are
 * followed in general practice (hospital patients are left out here, whoever calls).
 */
export function computeSummaryTable(
  patients: Iterable<SummaryPatient>,
  asOf: IsoDate,
  windows: FollowUpWindows = defaultFollowUpWindows,
): RawSummaryTable {
  const table: RawSummaryTable = {
    population: 0,
    indicators: zeros(indicatorIds),
    breakdowns: {
      sex: zeros(breakdownKeys.sex),
      ageBand: zeros(breakdownKeys.ageBand),
      diabetesType: zeros(breakdownKeys.diabetesType),
      hba1cBand: zeros(breakdownKeys.hba1cBand),
    },
  };
  const starts = windowStarts(asOf, windows);
  for (const patient of patients) {
    if (patient.primarySite !== 'general_practice') continue;
    table.population++;
    const hits = hitsWithin(patient, starts);
    for (const id of indicatorIds) if (hits[id]) table.indicators[id]++;
    table.breakdowns.sex[patient.sex]++;
    table.breakdowns.ageBand[ageBand(ageOn(patient.birthDate, asOf))]++;
    table.breakdowns.diabetesType[patient.diabetesType === 1 ? 'type_1' : 'type_2']++;
    table.breakdowns.hba1cBand[hba1cBand(patient.hba1c)]++;
  }
  return table;
}
