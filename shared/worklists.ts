import { z } from 'zod';
import { isoDateSchema, sexSchema } from './care-plan';
import { clinicalFlagSchema } from './clinical-attention';
import { contactStatusSchema, contactSummarySchema, type ContactSummary } from './contact-workflow';
import {
  checkKinds,
  checkStateSchema,
  checkStatusSchema,
  isFlagged,
  type CheckKind,
  type CheckState,
  type CheckStatus,
} from './follow-up-states';

/**
 * The lists the GP and the nurse work from. The first three hold exactly the patients with that
 * follow-up flag who are not snoozed, removed or new (in their grace period).
 */
export const worklistNames = ['annual_overdue', 'eye_missing', 'foot_missing', 'due_soon', 'clinical', 'remind_tomorrow', 'all'] as const;
export const worklistNameSchema = z.enum(worklistNames);
export type WorklistName = z.infer<typeof worklistNameSchema>;

export const checkOfList: Partial<Record<WorklistName, CheckKind>> = {
  annual_overdue: 'annual',
  eye_missing: 'eye',
  foot_missing: 'foot',
};

export const ageBands = ['<40', '40-59', '60-74', '75+'] as const;
export const ageBandSchema = z.enum(ageBands);
export type AgeBand = z.infer<typeof ageBandSchema>;

export function ageBandOf(age: number): AgeBand {
  if (age < 40) return '<40';
  if (age < 60) return '40-59';
  return age < 75 ? '60-74' : '75+';
}

export const worklistCheckSchema = checkStatusSchema.extend({ contact: contactSummarySchema });
export type WorklistCheck = z.infer<typeof worklistCheckSchema>;

/** One active patient as every list sees them. */
export const worklistEntrySchema = z.object({
  cpr: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  gp: z.string().nullable(),
  sex: sexSchema,
  age: z.number().int(),
  ageBand: ageBandSchema,
  diabetesType: z.union([z.literal(1), z.literal(2)]),
  checks: z.object({ annual: worklistCheckSchema, eye: worklistCheckSchema, foot: worklistCheckSchema }),
  clinical: z.array(clinicalFlagSchema),
  graceUntil: isoDateSchema.nullable(),
  vulnerable: z.boolean(),
  contactPerson: z.string().nullable(),
});
export type WorklistEntry = z.infer<typeof worklistEntrySchema>;

export const worklistSorts = ['urgency', 'name', 'cpr', 'gp', 'age'] as const;
export const worklistSortSchema = z.enum(worklistSorts);
export type WorklistSort = z.infer<typeof worklistSortSchema>;

export const worklistFiltersSchema = z
  .object({
    gp: z.string().max(200).optional(),
    diabetesType: z.union([z.literal(1), z.literal(2)]).optional(),
    ageBand: ageBandSchema.optional(),
    state: checkStateSchema.optional(),
    contactStatus: contactStatusSchema.optional(),
    vulnerable: z.boolean().optional(),
    /** Part of a name or a CPR number, with or without the dash. */
    search: z.string().max(100).optional(),
  })
  .strict();
export type WorklistFilters = z.infer<typeof worklistFiltersSchema>;

/** The checks a list is about: one for the flag lists, all three otherwise. */
function checksOf(list: WorklistName): readonly CheckKind[] {
  const check = checkOfList[list];
  return check ? [check] : checkKinds;
}

function isRecallable(entry: WorklistEntry, check: CheckKind): boolean {
  const status = entry.checks[check];
  return entry.graceUntil === null && !status.contact.hidden && isFlagged(status.state);
}

/** Whether a patient is on a list; `tomorrow` is the day after the practice's today, for reminders. */
export function isOnList(entry: WorklistEntry, list: WorklistName, tomorrow: string): boolean {
  switch (list) {
    case 'annual_overdue':
    case 'eye_missing':
    case 'foot_missing':
      return isRecallable(entry, checkOfList[list] as CheckKind);
    case 'due_soon':
      return checkKinds.some((check) => entry.checks[check].state === 'due_soon' && !entry.checks[check].contact.hidden);
    case 'clinical':
      return entry.clinical.length > 0;
    case 'remind_tomorrow':
      return checkKinds.some((check) => isBookedFor(entry.checks[check].contact, tomorrow));
    case 'all':
      return true;
  }
}

function isBookedFor(contact: ContactSummary, day: string): boolean {
  return contact.status === 'booked' && contact.appointment === day;
}

const digitsOnly = /\D/g;

function matchesSearch(entry: WorklistEntry, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase('da');
  if (needle === '') return true;
  const digits = needle.replace(digitsOnly, '');
  if (digits.length > 0 && digits.length === needle.replace(/[\s-]/g, '').length) return entry.cpr.includes(digits);
  return (entry.name ?? '').toLocaleLowerCase('da').includes(needle);
}

export function matchesFilters(entry: WorklistEntry, list: WorklistName, filters: WorklistFilters): boolean {
  if (filters.gp !== undefined && entry.gp !== filters.gp) return false;
  if (filters.diabetesType !== undefined && entry.diabetesType !== filters.diabetesType) return false;
  if (filters.ageBand !== undefined && entry.ageBand !== filters.ageBand) return false;
  if (filters.vulnerable !== undefined && entry.vulnerable !== filters.vulnerable) return false;
  const checks = checksOf(list);
  if (filters.state !== undefined && !checks.some((check) => entry.checks[check].state === filters.state)) return false;
  if (
    filters.contactStatus !== undefined &&
    !checks.some((check) => entry.checks[check].contact.status === filters.contactStatus)
  ) {
    return false;
  }
  return filters.search === undefined || matchesSearch(entry, filters.search);
}

const stateRank: Record<CheckState, number> = { never: 0, overdue_long: 1, overdue: 2, due_soon: 3, ok: 4 };

/** How urgent a check is: lower sorts first. Never done first, then the longest overdue. */
function urgencyOf(status: CheckStatus): [number, number] {
  return [stateRank[status.state], -(status.daysOverdue ?? 0)];
}

function urgencyOfEntry(entry: WorklistEntry, list: WorklistName): [number, number] {
  return checksOf(list)
    .map((check) => urgencyOf(entry.checks[check]))
    .reduce((best, next) => (next[0] < best[0] || (next[0] === best[0] && next[1] < best[1]) ? next : best));
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

export function compareEntries(list: WorklistName, sort: WorklistSort): (a: WorklistEntry, b: WorklistEntry) => number {
  // Danish order (Æ, Ø, Å last); patients without a name after everyone with one.
  const byName = (a: WorklistEntry, b: WorklistEntry) =>
    (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || collator.compare(a.name ?? '', b.name ?? '') || a.cpr.localeCompare(b.cpr);
  switch (sort) {
    case 'urgency':
      return (a, b) => {
        const [rankA, daysA] = urgencyOfEntry(a, list);
        const [rankB, daysB] = urgencyOfEntry(b, list);
        return rankA - rankB || daysA - daysB || byName(a, b);
      };
    case 'name':
      return byName;
    case 'cpr':
      return (a, b) => a.cpr.localeCompare(b.cpr);
    case 'gp':
      return (a, b) => collator.compare(a.gp ?? '', b.gp ?? '') || byName(a, b);
    case 'age':
      return (a, b) => a.age - b.age || byName(a, b);
  }
}

export type WorklistCounts = Record<WorklistName, number>;

export const worklistCountsSchema = z.object(
  Object.fromEntries(worklistNames.map((name) => [name, z.number().int()])) as Record<WorklistName, z.ZodNumber>,
);

export interface WorklistSelection {
  list: WorklistName;
  filters: WorklistFilters;
  sort: WorklistSort;
  descending: boolean;
}

/**
 * One list, filtered and sorted, with the count of every list under the same filters, so each
 * tab can show how many it holds.
 */
export function selectWorklist(
  entries: readonly WorklistEntry[],
  selection: WorklistSelection,
  tomorrow: string,
): { rows: WorklistEntry[]; counts: WorklistCounts } {
  const counts = Object.fromEntries(worklistNames.map((name) => [name, 0])) as WorklistCounts;
  const rows: WorklistEntry[] = [];
  for (const entry of entries) {
    for (const name of worklistNames) {
      if (!isOnList(entry, name, tomorrow) || !matchesFilters(entry, name, selection.filters)) continue;
      counts[name]++;
      if (name === selection.list) rows.push(entry);
    }
  }
  const compare = compareEntries(selection.list, selection.sort);
  rows.sort(selection.descending ? (a, b) => compare(b, a) : compare);
  return { rows, counts };
}
