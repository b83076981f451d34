import type { FlaggedPatient } from '../../shared/contract';
import { followUpFlags, type FollowUpFlag } from '../../shared/follow-up-rules';

/** The patient list shows every flagged patient, or those with one given flag. */
export type FlagFilter = 'all' | FollowUpFlag;
export const flagFilters: readonly FlagFilter[] = ['all', ...followUpFlags];

export type FilterCounts = Record<FlagFilter, number>;

export function countByFlag(patients: readonly FlaggedPatient[]): FilterCounts {
  const counts: FilterCounts = { all: patients.length, annual_overdue: 0, eye_missing: 0, foot_missing: 0 };
  for (const patient of patients) for (const flag of patient.flags) counts[flag]++;
  return counts;
}

const collator = new Intl.Collator('da', { sensitivity: 'base' });

/** By name in Danish order (Æ, Ø, Å last), patients without a name at the end, then by CPR. */
export function sortByName(patients: readonly FlaggedPatient[]): FlaggedPatient[] {
  return [...patients].sort((a, b) => {
    if (a.name === null || b.name === null) return a.name === b.name ? a.cpr.localeCompare(b.cpr) : a.name === null ? 1 : -1;
    return collator.compare(a.name, b.name) || a.cpr.localeCompare(b.cpr);
  });
}

/**
 * A search of digits (with or without the dash) looks in the CPR number; anything else in the
 * name, ignoring case. An empty search matches everyone.
 */
export function filterPatients(patients: readonly FlaggedPatient[], flag: FlagFilter, query: string): FlaggedPatient[] {
  const text = query.trim();
  const cprDigits = /^[\d\s-]+$/.test(text) ? text.replace(/\D/g, '') : null;
  const nameNeedle = text.toLocaleLowerCase('da');
  return patients.filter((patient) => {
    if (flag !== 'all' && !patient.flags.includes(flag)) return false;
    if (text === '') return true;
    if (cprDigits !== null) return patient.cpr.includes(cprDigits);
    return (patient.name ?? '').toLocaleLowerCase('da').includes(nameNeedle);
  });
}
