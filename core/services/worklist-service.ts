import { resolveAsOf, type AsOfChoice } from '../../shared/as-of';
import { addDays, danishDateOf } from '../../shared/calendar-dates';
import type { ContactEvent } from '../../shared/contact-workflow';
import { absentChecksOf, checkKindSchema, type CheckKind } from '../../shared/follow-up-states';
import { worklistEntryFor, type WorklistClock } from '../../shared/worklist-entry';
import {
  countLists,
  listMask,
  filterSorted,
  replaceInSorted,
  sortedList,
  worklistNames,
  type WorklistName,
  type WorklistSort,
  type WorklistCounts,
  type WorklistEntry,
  type WorklistSelection,
} from '../../shared/worklists';
import type { AppContext } from '../app-context';
import type { PatientSnapshotRow } from '../db/queries';
import type { ContactEventRow, PatientMarkRow } from '../db/recall-queries';
import { carriedFieldsOfBatch } from './batch-fields';
import { getRecallSettings } from './recall-settings-service';
import { getFollowUpWindows } from './settings-service';
import { isActiveSnapshot, planFromSnapshotRow } from './snapshot-rows';

export function contactEventFromRow(row: ContactEventRow): ContactEvent {
  return {
    id: row.id,
    cpr: row.cpr,
    checks: row.checks.split(',').map((check) => checkKindSchema.parse(check)),
    on: row.on_date,
    action: row.action,
    channel: row.channel,
    date: row.date,
    reason: row.reason,
    note: row.note,
    batchId: row.batch_id,
    mailingId: row.mailing_id,
    recordedAt: row.recorded_at,
    actor: row.actor,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
  };
}

interface EntrySet {
  clockKey: string;
  dataVersion: number;
  ownChanges: number;
  clock: WorklistClock;
  entries: WorklistEntry[];
  indexOf: Map<string, number>;
  /** The lists each entry is on (`listMask`), side by side with `entries`; 16 bits leave room for more lists. */
  masks: Uint16Array;
  gps: string[];
  /** Each list in each order, sorted once and reused until the entries change. */
  sorted: Map<string, WorklistEntry[]>;
}

// Every active patient's entry is computed once per change of data, settings or day, then lists
// and filters are answered from memory: that is what keeps 100,000 patients under 200 ms.
const cache = new WeakMap<AppContext, EntrySet>();

/**
 * The practice's clock for the lists: rules on `asOf` (by default the latest extract's date, the
 * CLI's documented default; the app asks for today), snoozes and reminders on today.
 */
export function worklistClock(ctx: AppContext, asOf: AsOfChoice = 'extract'): WorklistClock | null {
  const current = ctx.queries.currentBatch();
  if (!current) return null;
  const today = danishDateOf(ctx.now());
  return {
    asOf: resolveAsOf(asOf, today, current.extract_date),
    today,
    windows: getFollowUpWindows(ctx),
    settings: getRecallSettings(ctx),
    currentBatchId: current.id,
    earliestExtractDate: ctx.recall.earliestExtractDate() ?? current.extract_date,
    carried: carriedFieldsOfBatch(current),
  };
}

function entryFromRow(row: PatientSnapshotRow, events: ContactEvent[], mark: PatientMarkRow | undefined, clock: WorklistClock): WorklistEntry {
  return worklistEntryFor(
    {
      cpr: row.cpr,
      birthDate: row.birth_date,
      sex: row.sex,
      firstExtractDate: row.first_extract_date,
      plan: planFromSnapshotRow(row),
      events,
      vulnerable: mark?.vulnerable === 1,
      contactPerson: mark?.contact_person ?? null,
    },
    clock,
  );
}

function computeEntries(ctx: AppContext, clock: WorklistClock): WorklistEntry[] {
  const eventsByCpr = new Map<string, ContactEvent[]>();
  for (const row of ctx.recall.activeContactEvents()) {
    const list = eventsByCpr.get(row.cpr);
    if (list) list.push(contactEventFromRow(row));
    else eventsByCpr.set(row.cpr, [contactEventFromRow(row)]);
  }
  const marks = new Map(ctx.recall.allMarks().map((mark) => [mark.cpr, mark]));
  const entries: WorklistEntry[] = [];
  for (const row of ctx.queries.patientSnapshotsForBatch(clock.currentBatchId as number)) {
    if (!isActiveSnapshot(row)) continue;
    entries.push(entryFromRow(row, eventsByCpr.get(row.cpr) ?? [], marks.get(row.cpr), clock));
  }
  return entries;
}

/** Every active patient (in the latest extract, followed in general practice) with their states. */
export function worklistEntries(ctx: AppContext, asOf?: AsOfChoice): EntrySet | null {
  const clock = worklistClock(ctx, asOf);
  if (!clock) return null;
  // A Set writes as {} in JSON: the carried fields are spelled out (they follow the batch anyway).
  const clockKey = JSON.stringify({ ...clock, carried: [...clock.carried] });
  const { dataVersion, ownChanges } = ctx.recall.recallFingerprint();
  const cached = cache.get(ctx);
  if (cached?.clockKey === clockKey && cached.dataVersion === dataVersion && cached.ownChanges === ownChanges) return cached;
  const entries = computeEntries(ctx, clock);
  const gps = [...new Set(entries.map((entry) => entry.gp).filter((gp): gp is string => gp !== null))].sort((a, b) => a.localeCompare(b, 'da'));
  const tomorrow = addDays(clock.today, 1);
  // The default order of every list is ready before anyone asks: the first click on a tab
  // then only filters.
  const sorted = new Map(worklistNames.map((list) => [sortKeyOf(list, 'urgency', tomorrow), sortedList(entries, list, 'urgency', tomorrow)]));
  const fresh = {
    clockKey,
    dataVersion,
    ownChanges,
    clock,
    entries,
    indexOf: new Map(entries.map((entry, index) => [entry.cpr, index])),
    masks: Uint16Array.from(entries, (entry) => listMask(entry, tomorrow)),
    gps,
    sorted,
  };
  cache.set(ctx, fresh);
  return fresh;
}

/**
 * After this connection recorded something for one patient, recomputes only that patient's
 * entry, so a contact in a 100,000-patient list does not recompute everyone. Anything else
 * changed meanwhile (another connection's commit) leaves the cache to be rebuilt in full.
 */
export function refreshPatientEntry(ctx: AppContext, cpr: string): void {
  const cached = cache.get(ctx);
  const index = cached?.indexOf.get(cpr);
  if (!cached || index === undefined || cached.clock.currentBatchId === null) return;
  const { dataVersion, ownChanges } = ctx.recall.recallFingerprint();
  if (dataVersion !== cached.dataVersion) return;
  const row = ctx.recall.patientSnapshotInBatch(cached.clock.currentBatchId, cpr);
  if (!row) return;
  const events = ctx.recall.activeContactEventsOf(cpr).map(contactEventFromRow);
  const previous = cached.entries[index] as WorklistEntry;
  const entry = entryFromRow(row, events, ctx.recall.markOf(cpr), cached.clock);
  const tomorrow = addDays(cached.clock.today, 1);
  cached.entries[index] = entry;
  cached.masks[index] = listMask(entry, tomorrow);
  cached.ownChanges = ownChanges;
  for (const [key, sorted] of cached.sorted) {
    const [list, sort] = key.split('|') as [WorklistName, WorklistSort];
    replaceInSorted(sorted, previous, entry, list, sort, tomorrow);
  }
}

export interface WorklistQuery extends Omit<WorklistSelection, 'asOf'> {
  asOf?: AsOfChoice;
  offset: number;
  limit: number;
}

export interface WorklistPage {
  asOf: string | null;
  today: string;
  /** The latest extract's date, shown beside the as-of date. */
  extractDate: string | null;
  /** The checks the latest extract has no column for: their lists hold no one, and say why. */
  absentChecks: CheckKind[];
  total: number;
  counts: WorklistCounts;
  rows: WorklistEntry[];
  /** Every GP named in the latest extract, for the filter. */
  gps: string[];
}

const emptyCounts: WorklistCounts = {
  annual_overdue: 0,
  eye_missing: 0,
  foot_missing: 0,
  due_soon: 0,
  not_reached: 0,
  no_booking: 0,
  clinical: 0,
  remind_tomorrow: 0,
  flagged: 0,
  all: 0,
};

function sortKeyOf(list: WorklistName, sort: WorklistSort, tomorrow: string): string {
  return `${list}|${sort}|${tomorrow}`;
}

/** One page of a list: the renderer asks for the rows it is about to show. */
export function queryWorklist(ctx: AppContext, query: WorklistQuery): WorklistPage {
  const set = worklistEntries(ctx, query.asOf);
  const today = danishDateOf(ctx.now());
  if (!set) return { asOf: null, today, extractDate: null, absentChecks: [], total: 0, counts: emptyCounts, rows: [], gps: [] };
  const tomorrow = addDays(today, 1);
  const sortKey = sortKeyOf(query.list, query.sort, tomorrow);
  let sorted = set.sorted.get(sortKey);
  if (!sorted) set.sorted.set(sortKey, (sorted = sortedList(set.entries, query.list, query.sort, tomorrow)));
  const rows = filterSorted(sorted, query.list, query.filters, query.descending);
  const counts = countLists(set.entries, set.masks, query.filters);
  return {
    asOf: set.clock.asOf,
    today,
    extractDate: ctx.queries.currentBatch()?.extract_date ?? null,
    absentChecks: absentChecksOf(set.clock.carried),
    total: rows.length,
    counts,
    rows: rows.slice(query.offset, query.offset + query.limit),
    gps: set.gps,
  };
}

/**
 * How many patients each list holds, unfiltered: the one count Oversigt, the tabs and the CLI
 * share, so a card never says 212 while its list holds 210.
 */
export function worklistCounts(ctx: AppContext, asOf?: AsOfChoice): { asOf: string | null; counts: WorklistCounts; absentChecks: CheckKind[] } {
  const set = worklistEntries(ctx, asOf);
  if (!set) return { asOf: null, counts: emptyCounts, absentChecks: [] };
  return { asOf: set.clock.asOf, counts: countLists(set.entries, set.masks, {}), absentChecks: absentChecksOf(set.clock.carried) };
}

/** The whole list, for printing and export. */
export function fullWorklist(ctx: AppContext, selection: Omit<WorklistSelection, 'asOf'>, asOf?: AsOfChoice): WorklistEntry[] {
  return queryWorklist(ctx, { ...selection, ...(asOf ? { asOf } : {}), offset: 0, limit: Number.MAX_SAFE_INTEGER }).rows;
}
