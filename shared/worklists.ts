import { z } from 'zod';
import { asOfChoiceSchema } from './as-of';
import { isoDateSchema, sexSchema } from './care-plan';
import { clinicalFlagSchema } from './clinical-attention';
import { contactStatusSchema, contactSummarySchema, patientLevelReasons, type ContactSummary } from './contact-workflow';
import { notReachedSchema } from './not-reached';
import {
  checkKindSchema,
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
 * follow-up flag who are not snoozed, removed or new (in their grace period); `flagged` holds
 * everyone on at least one of them, the number Oversigt shows as "med flag".
 */
export const worklistNames = [
  'annual_overdue',
  'eye_missing',
  'foot_missing',
  'due_soon',
  'not_reached',
  'no_booking',
  'clinical',
  'remind_tomorrow',
  'flagged',
  'all',
] as const;
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
  /** On *Ikke nået* (`not-reached.ts`), with the next step; null when not. */
  notReached: notReachedSchema.nullable(),
  /** The checks due for booking without a future appointment (`booked-ahead.ts`). */
  unbooked: z.array(checkKindSchema),
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

/** A list as the user sees it: which list, filtered how, in what order, as of which date. */
export const worklistSelectionSchema = z.object({
  list: worklistNameSchema,
  filters: worklistFiltersSchema.default({}),
  sort: worklistSortSchema.default('urgency'),
  descending: z.boolean().default(false),
  /** The app's lists are as of today unless the user chooses the extract's date. */
  asOf: asOfChoiceSchema.default('today'),
});

/** The checks a list is about: one for the flag lists, all three otherwise. */
function checksOf(list: WorklistName): readonly CheckKind[] {
  const check = checkOfList[list];
  return check ? [check] : checkKinds;
}

function isRecallable(entry: WorklistEntry, check: CheckKind): boolean {
  const status = entry.checks[check];
  return entry.graceUntil === null && !status.contact.hidden && isFlagged(status.state);
}

/**
 * A list that needs a check's column the extract lacks cannot be made: it says so rather than
 * showing no one. A list over all checks can be made while one of them is carried.
 */
export function isListUnknown(list: WorklistName, absentChecks: readonly CheckKind[]): boolean {
  const check = checkOfList[list];
  if (check !== undefined) return absentChecks.includes(check);
  const overChecks: readonly WorklistName[] = ['due_soon', 'not_reached', 'no_booking', 'flagged'];
  return overChecks.includes(list) && checkKinds.every((kind) => absentChecks.includes(kind));
}

/** Moved away or died (a removal that covers every check): on no list but *Alle*, where the history is found. */
function hasLeftThePractice(entry: WorklistEntry): boolean {
  return checkKinds.some((check) => {
    const contact = entry.checks[check].contact;
    return contact.status === 'removed' && contact.removalReason !== null && patientLevelReasons.includes(contact.removalReason);
  });
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
      return entry.clinical.length > 0 && !hasLeftThePractice(entry);
    case 'remind_tomorrow':
      return checkKinds.some((check) => isBookedFor(entry.checks[check].contact, tomorrow));
    case 'not_reached':
      return entry.notReached !== null && !hasLeftThePractice(entry);
    case 'no_booking':
      return entry.unbooked.length > 0 && !hasLeftThePractice(entry);
    case 'flagged':
      // A check's episode can start again after a move or death was recorded; the patient stays off.
      return checkKinds.some((check) => isRecallable(entry, check)) && !hasLeftThePractice(entry);
    case 'all':
      return true;
  }
}

function isBookedFor(contact: ContactSummary, day: string): boolean {
  return contact.status === 'booked' && contact.appointment === day;
}

/**
 * A search of digits (with or without the dash) looks in the CPR number; anything else in the
 * name, ignoring case. Prepared once per request, not once per patient.
 */
function searchMatcher(search: string | undefined): ((entry: WorklistEntry) => boolean) | null {
  const needle = (search ?? '').trim().toLowerCase();
  if (needle === '') return null;
  if (/^[\d\s-]+$/.test(needle)) {
    const digits = needle.replace(/\D/g, '');
    return (entry) => entry.cpr.includes(digits);
  }
  return (entry) => entry.name !== null && entry.name.toLowerCase().includes(needle);
}

/** The filters that do not depend on the list (who the patient is), as one prepared test. */
function patientFilter(filters: WorklistFilters): (entry: WorklistEntry) => boolean {
  const search = searchMatcher(filters.search);
  return (entry) =>
    (filters.gp === undefined || entry.gp === filters.gp) &&
    (filters.diabetesType === undefined || entry.diabetesType === filters.diabetesType) &&
    (filters.ageBand === undefined || entry.ageBand === filters.ageBand) &&
    (filters.vulnerable === undefined || entry.vulnerable === filters.vulnerable) &&
    (search === null || search(entry));
}

/** The filters on state and contact look at the list's own checks. */
function matchesCheckFilters(entry: WorklistEntry, list: WorklistName, filters: WorklistFilters): boolean {
  const checks = checksOf(list);
  if (filters.state !== undefined && !checks.some((check) => entry.checks[check].state === filters.state)) return false;
  return (
    filters.contactStatus === undefined ||
    checks.some((check) => entry.checks[check].contact.status === filters.contactStatus)
  );
}

export function matchesFilters(entry: WorklistEntry, list: WorklistName, filters: WorklistFilters): boolean {
  return patientFilter(filters)(entry) && matchesCheckFilters(entry, list, filters);
}

const stateRank: Record<CheckState, number> = { never: 0, overdue_long: 1, overdue: 2, due_soon: 3, ok: 4, not_in_extract: 5 };
const daysSpan = 1_000_000;

/** How urgent a check is, as one number: lower sorts first. Never done first, then the longest overdue. */
function urgencyOf(status: CheckStatus): number {
  return stateRank[status.state] * daysSpan * 2 - (status.daysOverdue ?? 0);
}

/** The most urgent of the list's checks. */
export function urgencyKey(entry: WorklistEntry, list: WorklistName): number {
  let best = Number.POSITIVE_INFINITY;
  for (const check of checksOf(list)) best = Math.min(best, urgencyOf(entry.checks[check]));
  return best;
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

export function compareEntries(list: WorklistName, sort: WorklistSort): (a: WorklistEntry, b: WorklistEntry) => number {
  // Danish order (Æ, Ø, Å last); patients without a name after everyone with one.
  const byName = (a: WorklistEntry, b: WorklistEntry) =>
    (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || collator.compare(a.name ?? '', b.name ?? '') || a.cpr.localeCompare(b.cpr);
  switch (sort) {
    case 'urgency': {
      // Computed once per row, not once per comparison, and ties broken by CPR rather than by
      // collation: 100,000 rows sort in tens of milliseconds.
      const keys = new Map<WorklistEntry, number>();
      const keyOf = (entry: WorklistEntry) => {
        let key = keys.get(entry);
        if (key === undefined) keys.set(entry, (key = urgencyKey(entry, list)));
        return key;
      };
      return (a, b) => keyOf(a) - keyOf(b) || (a.cpr < b.cpr ? -1 : a.cpr > b.cpr ? 1 : 0);
    }
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

export type WorklistSelection = Omit<z.output<typeof worklistSelectionSchema>, 'asOf'>;

/** The lists a patient is on, one bit per list in `worklistNames` order; computed once per entry. */
export function listMask(entry: WorklistEntry, tomorrow: string): number {
  let mask = 0;
  worklistNames.forEach((name, bit) => {
    if (isOnList(entry, name, tomorrow)) mask |= 1 << bit;
  });
  return mask;
}

/** How many patients each list holds under the filters, so each tab can show it. */
export function countLists(entries: readonly WorklistEntry[], masks: ArrayLike<number>, filters: WorklistFilters): WorklistCounts {
  const tally = new Array<number>(worklistNames.length).fill(0);
  const checkFiltered = filters.state !== undefined || filters.contactStatus !== undefined;
  const matches = patientFilter(filters);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as WorklistEntry;
    if (!matches(entry)) continue;
    const mask = masks[index] ?? 0;
    for (let bit = 0; bit < worklistNames.length; bit++) {
      if ((mask & (1 << bit)) === 0) continue;
      if (checkFiltered && !matchesCheckFilters(entry, worklistNames[bit] as WorklistName, filters)) continue;
      tally[bit]!++;
    }
  }
  return Object.fromEntries(worklistNames.map((name, bit) => [name, tally[bit] ?? 0])) as WorklistCounts;
}

/** Everyone on a list in the list's order, before any filter: the part worth keeping between requests. */
export function sortedList(entries: readonly WorklistEntry[], list: WorklistName, sort: WorklistSort, tomorrow: string): WorklistEntry[] {
  return entries.filter((entry) => isOnList(entry, list, tomorrow)).sort(compareEntries(list, sort));
}

/**
 * One patient's entry changed: takes the old one out of a sorted list and puts the new one in
 * its place by binary search, if it is still on the list. Cheaper than sorting 100,000 again.
 */
export function replaceInSorted(
  sorted: WorklistEntry[],
  previous: WorklistEntry,
  next: WorklistEntry,
  list: WorklistName,
  sort: WorklistSort,
  tomorrow: string,
): void {
  const at = sorted.indexOf(previous);
  if (at !== -1) sorted.splice(at, 1);
  if (!isOnList(next, list, tomorrow)) return;
  const compare = compareEntries(list, sort);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle] as WorklistEntry, next) <= 0) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, next);
}

/** The filtered rows of a sorted list, in order or reversed. */
export function filterSorted(sorted: readonly WorklistEntry[], list: WorklistName, filters: WorklistFilters, descending: boolean): WorklistEntry[] {
  const matches = patientFilter(filters);
  const checkFiltered = filters.state !== undefined || filters.contactStatus !== undefined;
  const rows = sorted.filter((entry) => matches(entry) && (!checkFiltered || matchesCheckFilters(entry, list, filters)));
  return descending ? rows.reverse() : rows;
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
  return {
    rows: filterSorted(sortedList(entries, selection.list, selection.sort, tomorrow), selection.list, selection.filters, selection.descending),
    counts: countLists(
      entries,
      entries.map((entry) => listMask(entry, tomorrow)),
      selection.filters,
    ),
  };
}
