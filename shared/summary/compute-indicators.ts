import { isFollowedInPractice } from '../active-patients';
import type { CarePlan, IsoDate } from '../care-plan';
import { windowStart, type FollowUpWindows } from '../follow-up-rules';
import type { CarriedFields, ValueField } from '../extract-columns';
import { ageBand, ageOn, breakdownFields, breakdownKeys, hba1cBand, type BreakdownId, type BreakdownKey } from './breakdowns';
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

/**
 * The exact counts before disclosure control. They never leave the practice as they are.
 * `population` (N) is the type 2 patients followed in general practice, TværSam's population;
 * type 1 patients are counted apart in `type1`. An indicator or breakdown whose field the
 * extract has no column for is null: not available, never 0.
 */
export interface RawSummaryTable {
  population: number;
  type1: number;
  indicators: Record<IndicatorId, number | null>;
  breakdowns: { [B in BreakdownId]: Record<BreakdownKey<B>, number> | null };
}

/** The fields each indicator is computed from: without a column for one of them it is not available. */
export const indicatorFields: Record<IndicatorId, readonly ValueField[]> = {
  annual_check: ['annual_check'],
  rehab_offered: ['rehab'],
  foot_exam: ['foot_exam'],
  eye_exam: ['eye_exam'],
  bp_systolic_below_130: ['bp_systolic'],
  bp_diastolic_below_80: ['bp_diastolic'],
  smoking_registered: ['smoking'],
  statin: ['statin'],
  hba1c_below_59: ['hba1c'],
  hba1c_75_or_above: ['hba1c'],
  bp_registered: ['bp_systolic', 'bp_diastolic'],
  ualb_registered: ['ualb'],
};

/** N, TværSam's population: type 2 patients followed in general practice. */
export function isInSummaryPopulation(patient: Pick<SummaryPatient, 'primarySite' | 'diabetesType'>): boolean {
  return isFollowedInPractice(patient.primarySite) && patient.diabetesType === 2;
}

export function isIndicatorAvailable(id: IndicatorId, carried: CarriedFields): boolean {
  return indicatorFields[id].every((field) => carried.has(field));
}

function isBreakdownAvailable(id: BreakdownId, carried: CarriedFields): boolean {
  const field = breakdownFields[id];
  return field === undefined || carried.has(field);
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
 * The indicators and breakdowns as of `asOf` over the type 2 patients of the current extract who
 * are followed in general practice (hospital patients are left out here, whoever calls; type 1
 * patients are only counted). `carried`: the fields the extract has columns for.
 */
export function computeSummaryTable(
  patients: Iterable<SummaryPatient>,
  asOf: IsoDate,
  windows: FollowUpWindows,
  carried: CarriedFields,
): RawSummaryTable {
  const available = indicatorIds.filter((id) => isIndicatorAvailable(id, carried));
  const countsOf = <B extends BreakdownId>(id: B) => (isBreakdownAvailable(id, carried) ? zeros(breakdownKeys[id]) : null);
  const indicators = Object.fromEntries(indicatorIds.map((id) => [id, available.includes(id) ? 0 : null])) as Record<IndicatorId, number | null>;
  const breakdowns = { sex: countsOf('sex'), ageBand: countsOf('ageBand'), hba1cBand: countsOf('hba1cBand') };
  const table: RawSummaryTable = { population: 0, type1: 0, indicators, breakdowns };
  const starts = windowStarts(asOf, windows);
  for (const patient of patients) {
    if (!isInSummaryPopulation(patient)) {
      if (isFollowedInPractice(patient.primarySite)) table.type1++;
      continue;
    }
    table.population++;
    const hits = hitsWithin(patient, starts);
    for (const id of available) if (hits[id]) (indicators[id] as number)++;
    if (breakdowns.sex) breakdowns.sex[patient.sex]++;
    if (breakdowns.ageBand) breakdowns.ageBand[ageBand(ageOn(patient.birthDate, asOf))]++;
    if (breakdowns.hba1cBand) breakdowns.hba1cBand[hba1cBand(patient.hba1c)]++;
  }
  return table;
}
