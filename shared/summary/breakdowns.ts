import type { IsoDate } from '../care-plan';
import type { ValueField } from '../extract-columns';
import { splitIsoDate } from '../calendar-dates';

/**
 * The counts by group that the summary publishes. Each breakdown splits the whole population, so
 * its cells add up to N: that sum is a relation disclosure control must respect.
 * HbA1c is published in bands only: a minimum, maximum or median would be one person's value.
 * N is the type 2 patients followed in general practice, so there is no breakdown by diabetes
 * type: type 1 patients are counted apart (`type1`).
 */
export const breakdownKeys = {
  sex: ['M', 'K'],
  ageBand: ['under_40', '40_59', '60_74', '75_or_over'],
  hba1cBand: ['below_59', '59_74', '75_or_above', 'not_registered'],
} as const;

export type BreakdownId = keyof typeof breakdownKeys;
export const breakdownIds = Object.keys(breakdownKeys) as BreakdownId[];
export type BreakdownKey<B extends BreakdownId> = (typeof breakdownKeys)[B][number];

export const breakdownNames: Record<BreakdownId, string> = {
  sex: 'Køn',
  ageBand: 'Alder',
  hba1cBand: 'HbA1c (mmol/mol)',
};

export const breakdownKeyNames: { [B in BreakdownId]: Record<BreakdownKey<B>, string> } = {
  sex: { M: 'Mænd', K: 'Kvinder' },
  ageBand: { under_40: 'Under 40 år', '40_59': '40-59 år', '60_74': '60-74 år', '75_or_over': '75 år og derover' },
  hba1cBand: { below_59: 'Under 59', '59_74': '59-74', '75_or_above': '75 og derover', not_registered: 'Ikke registreret' },
};

/** Whole years of age on `asOf`: the birthday itself counts as reached. */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const born = splitIsoDate(birthDate);
  const on = splitIsoDate(asOf);
  if (!born || !on) throw new RangeError(`Not a calendar date: ${birthDate} / ${asOf}`);
  const beforeBirthday = on.month < born.month || (on.month === born.month && on.day < born.day);
  return on.year - born.year - (beforeBirthday ? 1 : 0);
}

export function ageBand(age: number): BreakdownKey<'ageBand'> {
  if (age < 40) return 'under_40';
  if (age < 60) return '40_59';
  if (age < 75) return '60_74';
  return '75_or_over';
}

export function hba1cBand(hba1c: number | null): BreakdownKey<'hba1cBand'> {
  if (hba1c === null) return 'not_registered';
  if (hba1c < 59) return 'below_59';
  if (hba1c < 75) return '59_74';
  return '75_or_above';
}

/** The field a breakdown is read from, where an extract may lack it: then the breakdown is not available. */
export const breakdownFields: Partial<Record<BreakdownId, ValueField>> = { hba1cBand: 'hba1c' };
